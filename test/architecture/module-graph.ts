import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');
export const isTest = (file: string) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);
/** A path relative to the repository, with forward slashes. */
export const repoPath = (file: string) => relative(ROOT, file).split(sep).join('/');

export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(path) && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or requires (static, dynamic and type-only). */
export function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configFile).options;
}

/**
 * The repository's modules and who imports whom, resolved as the compiler resolves them (path aliases
 * included), with a type checker to follow an imported name through barrels to its declaration.
 */
export class ModuleGraph {
  readonly files: string[];
  private readonly options = compilerOptions();
  private readonly importers = new Map<string, Set<string>>();
  private program?: ts.Program;

  constructor(folders: readonly string[] = ['apps', 'libs', 'test']) {
    this.files = folders.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    for (const file of this.files) {
      for (const specifier of importsOf(file)) {
        const target = this.resolve(specifier, file);
        if (!target) continue;
        if (!this.importers.has(target)) this.importers.set(target, new Set());
        this.importers.get(target)!.add(file);
      }
    }
  }

  /** The .ts file a specifier names from `file`, or null for packages and node built-ins. */
  resolve(specifier: string, file: string): string | null {
    const resolved = ts.resolveModuleName(specifier, file, this.options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || (resolved.extension !== ts.Extension.Ts && resolved.extension !== ts.Extension.Tsx)) return null;
    return resolved.resolvedFileName.split('/').join(sep);
  }

  /** The other files that import `file`. */
  importersOf(file: string): string[] {
    return [...(this.importers.get(file) ?? [])].filter((importer) => importer !== file);
  }

  /**
   * `file: name` for every exported value (function, class, const, enum) declared in one of
   * `modules` that no other file imports, directly or through a barrel. Exported types are left
   * alone: they name the shapes of the values that are used.
   */
  unusedExports(modules: readonly string[]): string[] {
    this.program ??= ts.createProgram(this.files, { ...this.options, noEmit: true });
    const checker = this.program.getTypeChecker();
    const used = new Set<ts.Symbol>();
    const original = (symbol: ts.Symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    const useAllOf = (moduleSpecifier: ts.Expression) => {
      const moduleSymbol = checker.getSymbolAtLocation(moduleSpecifier);
      if (moduleSymbol) for (const exported of checker.getExportsOfModule(moduleSymbol)) used.add(original(exported));
    };
    for (const source of this.program.getSourceFiles()) {
      if (source.isDeclarationFile || source.fileName.includes('/node_modules/')) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isImportDeclaration(node) && node.importClause) {
          const { name, namedBindings } = node.importClause;
          if (name) {
            const symbol = checker.getSymbolAtLocation(name);
            if (symbol) used.add(original(symbol));
          }
          if (namedBindings && ts.isNamespaceImport(namedBindings)) useAllOf(node.moduleSpecifier);
          if (namedBindings && ts.isNamedImports(namedBindings)) {
            for (const element of namedBindings.elements) {
              const symbol = checker.getSymbolAtLocation(element.name);
              if (symbol) used.add(original(symbol));
            }
          }
        }
        // `await import('…')` and `import('…').Type`: everything the module exports counts as used
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) useAllOf(node.arguments[0]);
        if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) useAllOf(node.argument.literal);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    const VALUE = ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable | ts.SymbolFlags.Enum;
    return modules.flatMap((file) => {
      const source = this.program!.getSourceFile(file.split(sep).join('/'));
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) return [];
      return checker
        .getExportsOfModule(moduleSymbol)
        .filter((exported) => !(exported.flags & ts.SymbolFlags.Alias) && exported.flags & VALUE && !used.has(exported))
        .map((exported) => `${repoPath(file)}: ${exported.name}`);
    });
  }
}
