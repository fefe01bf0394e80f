import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { nl } from '../../apps/web/src/i18n/nl';
import { nlRest } from '../../apps/web/src/i18n/nl-rest';
import { en } from '../../apps/web/src/i18n/en';
import { enRest } from '../../apps/web/src/i18n/en-rest';
import { pl } from '../../apps/web/src/i18n/pl';
import { ro } from '../../apps/web/src/i18n/ro';
import { bg } from '../../apps/web/src/i18n/bg';

const WEB = join(__dirname, '..', '..', 'apps', 'web', 'src');
type Texts = { readonly [key: string]: string | Texts };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' || name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files a module loads with it: its static imports of the app's own modules, and theirs (not `import()`). */
function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const base = join(dirname(file), specifier);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync);
      if (target) visit(target);
    }
  };
  entries.forEach(visit);
  return seen;
}

function merge(a: Texts, b: Texts): Texts {
  const out: Record<string, string | Texts> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = typeof value === 'object' && typeof out[key] === 'object' ? merge(out[key] as Texts, value) : value;
  return out;
}

function lookup(texts: Texts, path: string): string | Texts | undefined {
  return path.split('.').reduce<string | Texts | undefined>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), texts);
}

/** A key `t()` can draw from these texts: a string, or its plural forms (`key_one`, `key_other`). */
const drawable = (texts: Texts, key: string) => typeof lookup(texts, key) === 'string' || typeof lookup(texts, `${key}_other`) === 'string';

function leaves(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : leaves(value, `${prefix}${key}.`)));
}

const sections = new Set([...Object.keys(nl), ...Object.keys(nlRest)]);
/** The text keys a file names: whole keys ('worker.title'), and the known part of built ones (`role.${role}` → role). */
function keysIn(file: string): { whole: string[]; built: string[] } {
  const source = readFileSync(file, 'utf8');
  const known = (key: string) => sections.has(key.split('.')[0]);
  return {
    whole: [...source.matchAll(/'([a-zA-Z]+(?:\.[A-Za-z0-9_]+)+)'/g)].map((m) => m[1]).filter(known),
    built: [...source.matchAll(/`([a-zA-Z]+(?:\.[A-Za-z0-9_]+)*)\.\$\{/g)].map((m) => m[1]).filter(known),
  };
}

/** Where a key named in a file is missing from `texts`: `file: key`. */
function missing(files: Iterable<string>, texts: Texts): string[] {
  return [...files].flatMap((file) => {
    const { whole, built } = keysIn(file);
    const where = relative(WEB, file);
    return [...whole.filter((key) => !drawable(texts, key)), ...built.filter((key) => typeof lookup(texts, key) !== 'object').map((key) => `${key}.*`)].map((key) => `${where}: ${key}`);
  });
}

// Each language's texts come in two parts (apps/web/src/i18n/setup.ts): the first is all a worker's
// phone loads; the rest comes with the first screen beyond a worker's. A key a first screen names that
// is only in the rest would show as the key itself, so the split is checked here, file by file.
describe("the web app's texts", () => {
  const app = readFileSync(join(WEB, 'app.tsx'), 'utf8');
  const screens = (pattern: RegExp) => [...app.matchAll(pattern)].map((m) => join(WEB, `${m[1]}.tsx`));
  const firstScreens = screens(/screen\(\(\) => import\('\.\/([^']+)'\)/g);
  const restScreens = screens(/screen\(withRestOfTexts\(\(\) => import\('\.\/([^']+)'\)\)/g);
  const whole = { nl: merge(nl, nlRest), en: merge(en, enRest) };

  it('are found: screens of both kinds, and keys in them', () => {
    expect(firstScreens.map((f) => relative(WEB, f))).toEqual(expect.arrayContaining(['pages/my-instructions.tsx', 'pages/sign-in.tsx']));
    expect(restScreens.map((f) => relative(WEB, f))).toEqual(expect.arrayContaining(['pages/chain.tsx', 'pages/inspect-chain.tsx']));
    expect(keysIn(join(WEB, 'pages', 'my-instructions.tsx')).whole).toContain('worker.title');
    expect(keysIn(join(WEB, 'components', 'layout.tsx')).built).toContain('role');
  });

  it('every key a file names is in the Dutch and the English texts', () => {
    const files = sources(WEB);
    expect(missing(files, whole.nl)).toEqual([]);
    expect(missing(files, whole.en)).toEqual([]);
  });

  it('the first part has every key of the frame, the sign-in page and a worker\'s screens', () => {
    const first = staticClosure([join(WEB, 'main.tsx'), ...firstScreens]);
    expect(first.has(join(WEB, 'components', 'layout.tsx'))).toBe(true);
    expect([...first].filter((file) => restScreens.includes(file)).map((f) => relative(WEB, f))).toEqual([]);
    expect(missing(first, nl)).toEqual([]);
    expect(missing(first, en)).toEqual([]);
  });

  it('a text is in one part only', () => {
    expect(leaves(nl).filter((key) => lookup(nlRest, key) !== undefined)).toEqual([]);
  });

  it("the workers' languages translate first-part texts only (the rest falls back to English)", () => {
    const first = new Set(leaves(nl));
    for (const texts of [pl, ro, bg]) expect(leaves(texts).filter((key) => !first.has(key))).toEqual([]);
  });
});
