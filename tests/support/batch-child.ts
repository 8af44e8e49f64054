// Child process of the kill -9 test: the real CLI (`main`) with a slow fake extractor registered,
// since a fake cannot be injected through the command line. Usage:
//   node tests/support/batch-child.ts <delayMs> batch <input> --out <file> --extractor slow-fake ...
import { main } from '../../src/cli/main.ts';
import { registerExtractor } from '../../src/extract/registry.ts';
import { createFakeExtractor } from './fake-extractors.ts';

const [delay, ...argv] = process.argv.slice(2);
registerExtractor('slow-fake', () => createFakeExtractor({ name: 'slow-fake', delayMs: Number(delay) }));
process.exitCode = await main(argv);
