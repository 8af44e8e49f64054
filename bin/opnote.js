#!/usr/bin/env node
// Entry for `npx opnote`: npx puts node_modules/.bin (Node 24) first on PATH, so TypeScript runs directly.
// Plain JavaScript that parses on old Node, so a Node below 24 gets a clear message, not a syntax error.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `opnote: needs Node 24 or later (this is ${process.version}); run 'npm install' and use npx or npm scripts\n`,
  );
  process.exit(2);
}
// V8's on-disk compile cache, keyed by content, in node_modules/.cache (not the temp folder: opnote
// writes no file a user did not ask for there): a start after the first skips compiling opnote's
// TypeScript modules again, about a third of a CLI start. Off with NODE_DISABLE_COMPILE_CACHE=1; an
// unwritable folder only leaves it off.
const { enableCompileCache } = await import('node:module');
const { fileURLToPath } = await import('node:url');
enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/opnote-compile', import.meta.url)));
const { runFromProcess } = await import('../src/cli/main.ts');
await runFromProcess();
