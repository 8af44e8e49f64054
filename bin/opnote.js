#!/usr/bin/env node
// Entry for `npx opnote`: npx puts node_modules/.bin (Node 24) first on PATH, so TypeScript runs directly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `opnote: needs Node 24 or later (this is ${process.version}); run 'npm install' and use npx or npm scripts\n`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
