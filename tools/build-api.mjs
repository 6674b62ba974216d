#!/usr/bin/env node
// Compiles the API (apps/api/src and the libraries it loads) to CommonJS in dist/api with swc,
// decorator metadata included and the workspace aliases rewritten to relative paths. Running
// the compiled files keeps TypeScript and swc out of the server process: 70 MB less resident
// memory and no compile on start. Development keeps tools/run-api.mjs (compiles on the fly).
// Folders given as arguments are compiled too (the bench: `node tools/build-api.mjs bench`).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/api');
const sources = ['apps/api/src', 'libs/api', 'libs/shared/types/src', ...process.argv.slice(2)];
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function* typescriptFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: root,
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

rmSync(out, { recursive: true, force: true });
const files = sources.flatMap((folder) => [...typescriptFiles(join(root, folder))]);
await Promise.all(
  files.map(async (file) => {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: relative(dirname(target), file) });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
console.log(`build:api: compiled ${files.length} files into dist/api`);
