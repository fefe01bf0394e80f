import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const NAMED = /^\s*(query|mutation|subscription)\s+([A-Za-z_]\w*)/;
const DOCUMENT = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** Each operation's document as GraphQL Code Generator wrote it (src/gql/graphql.ts), by operation name. */
function generatedDocuments(): Map<string, string> {
  return new Map([...readFileSync(GENERATED, 'utf8').matchAll(DOCUMENT)].map(([, name, json]) => [name, json]));
}

/**
 * At build time, each `graphql(`…`)` of a screen becomes the document itself, as GraphQL Code Generator
 * wrote it, so every document travels in the chunk of the screen that uses it. Left alone, `graphql()`
 * looks documents up in one map of them all, and the generated module holding them is one unit for the
 * bundler: both would load with the first page (the preset's Babel plugin does this job, but Vite 8's
 * React plugin has no Babel). Types are untouched: the sources still call `graphql()`, and
 * web-codegen.spec.ts keeps the generated file in step with them.
 */
export function documentsPerScreen(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'schakel-documents-per-screen',
    // the dev server keeps graphql()'s map, which follows a re-run of the generator without a restart
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      return {
        code: code.replace(CALL, (call, body: string) => {
          const name = NAMED.exec(body)?.[2];
          const document = name ? documents.get(name) : undefined;
          if (!document) throw new Error(`${id}: no generated document for this operation (run npm run web:codegen):\n${call}`);
          return `(${document})`;
        }),
        map: null,
      };
    },
  };
}
