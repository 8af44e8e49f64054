// Child process of the kill -9 tests: the real CLI (`main`) with a slow fake extractor registered,
// since a fake cannot be injected through the command line. Usage:
//   node tests/support/batch-child.ts <delayMs> batch <input> --out <file> --extractor slow-fake ...
// V8's compile cache in the folder bin/opnote.js uses, as the binary does: without it each child
// compiles every module again, most of its start (these children start while a test waits on them).
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache?.(fileURLToPath(new URL('../../node_modules/.cache/opnote-compile', import.meta.url)));
const { main } = await import('../../src/cli/main.ts');
const { registerExtractor } = await import('../../src/extract/registry.ts');
const { createFakeExtractor } = await import('./fake-extractors.ts');

const [delay, ...argv] = process.argv.slice(2);
registerExtractor('slow-fake', () => createFakeExtractor({ name: 'slow-fake', delayMs: Number(delay) }));
process.exitCode = await main(argv);
