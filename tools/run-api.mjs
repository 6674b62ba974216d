#!/usr/bin/env node
// Runs a TypeScript entry point of the API with swc (decorator metadata included) and the
// workspace path aliases, so `npm start` needs no separate build step.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-api.mjs <entry.ts> [args…]');
  process.exit(2);
}
process.env.SWC_NODE_PROJECT ??= resolve(import.meta.dirname, '../tsconfig.base.json');
process.argv = [process.argv[0], resolve(entry), ...args];
const require = createRequire(import.meta.url);
require('@swc-node/register');
require(resolve(entry));
