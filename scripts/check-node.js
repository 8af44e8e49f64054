// Fails fast with a clear message when npm runs the project on a Node older than 24.
// npm adds node_modules/.bin (which holds the project's Node 24) to PATH for scripts and npx.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `opnote needs Node 24 or later; this is ${process.version}. Run 'npm install' (it installs Node 24 into node_modules) and use npm scripts or npx.`,
  );
  process.exit(1);
}
