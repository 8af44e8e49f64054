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
const { runFromProcess } = await import('../src/cli/main.ts');
await runFromProcess();
