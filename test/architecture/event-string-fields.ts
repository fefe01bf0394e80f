import { join } from 'node:path';
import * as ts from 'typescript';
import { ROOT } from './module-graph';

/** The union types of every event Schakel records, as the domain exports them. */
const EVENT_UNIONS = ['PartyEvent', 'CredentialEvent', 'ChainEvent', 'AccessEvent', 'AcknowledgementLinkEvent', 'NoticeEvent', 'WorkerPassEvent'];

/**
 * For each event type the domain declares: the paths of the string fields of its data (`content[].title`,
 * `victim.partyId`), read from the types themselves with the TypeScript compiler.
 */
export function stringFieldsOfEvents(): Map<string, string[]> {
  const entry = join(ROOT, 'libs', 'domain', 'src', 'index.ts');
  const program = ts.createProgram([entry], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.name, s]));
  const fields = new Map<string, string[]>();
  for (const name of EVENT_UNIONS) {
    const symbol = exports.get(name);
    if (!symbol) throw new Error(`the domain exports no ${name}`);
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const union = checker.getDeclaredTypeOfSymbol(target);
    for (const event of union.isUnion() ? union.types : [union]) {
      const typeName = checker.getTypeOfSymbol(event.getProperty('type')!) as ts.StringLiteralType;
      const data = checker.getTypeOfSymbol(event.getProperty('data')!);
      fields.set(typeName.value, [...new Set(stringPaths(checker, data, '', 0))].sort());
    }
  }
  return fields;
}

function stringPaths(checker: ts.TypeChecker, type: ts.Type, path: string, depth: number): string[] {
  if (depth > 6) return [];
  if (type.isUnion()) return type.types.flatMap((t) => stringPaths(checker, t, path, depth));
  // a union of string literals is an enum-like choice, never free text
  if (type.flags & ts.TypeFlags.StringLiteral) return [];
  if (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return [path];
  if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return [path];
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  if (checker.isArrayType(type)) return stringPaths(checker, checker.getTypeArguments(type as ts.TypeReference)[0], `${path}[]`, depth + 1);
  const index = type.getStringIndexType();
  if (index) return stringPaths(checker, index, `${path}.*`, depth + 1);
  return type.getProperties().flatMap((p) => stringPaths(checker, checker.getTypeOfSymbol(p), path ? `${path}.${p.name}` : p.name, depth + 1));
}
