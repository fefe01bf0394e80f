import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { allowedScripts, dependenciesDocument, productionDependencies } from './production-dependencies';

const root = path.resolve(__dirname, '../..');
writeFileSync(path.join(root, 'docs/dependencies.md'), dependenciesDocument(productionDependencies(root), allowedScripts(root)));
console.log('wrote docs/dependencies.md');
