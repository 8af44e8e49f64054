import { Command, CommanderError } from 'commander';
import { errorLine, isOpnoteError, type OpnoteError } from '../errors.ts';
import { OPNOTE_VERSION } from '../version.ts';
import { registerBatchCommand } from './commands/batch.ts';
import { registerCodesCommand } from './commands/codes.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerKnowledgeCommand } from './commands/knowledge.ts';
import { registerProcessCommand } from './commands/process.ts';
import { registerReviewCommand } from './commands/review.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { exitQuietlyOnBrokenPipe } from './io.ts';

/** Exit status by error family: 2 bad usage or input, 3 the model provider or its answer, 1 anything else. */
export function exitCodeFor(error: OpnoteError): number {
  if (
    error.code.startsWith('provider.') ||
    error.code.startsWith('extraction.') ||
    error.code === 'replay.missing'
  )
    return 3;
  if (error.code === 'internal') return 1;
  return 2;
}

/** Commander's message as one line: its own "(Did you mean …?)" hint joined, echoed arguments escaped. */
export function commanderErrorLine(message: string): string {
  return errorLine(message.replace(/\n+$/, '').replace(/\n(?=\(Did you mean )/g, ' '));
}

/** Each command lives in its own file under commands/ and registers itself here. */
const COMMANDS: Array<(program: Command) => void> = [
  registerProcessCommand,
  registerCodesCommand,
  registerBatchCommand,
  registerServeCommand,
  registerEvalCommand,
  registerReviewCommand,
  registerExportCommand,
  registerWorkerCommand,
  registerKnowledgeCommand,
];

function buildProgram(): Command {
  const program = new Command()
    .name('opnote')
    .description(
      "Turns a surgeon's dictation into a claim-ready operative note: grounded facts, code decision, findings, drafts.",
    )
    .version(OPNOTE_VERSION)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // Commander's messages echo arguments: keep them one escaped line, like every other error.
      outputError: (s, write) => write(`opnote: ${commanderErrorLine(s)}\n`),
    });
  for (const register of COMMANDS) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // No command: the help is what was asked for, so it goes to stdout.
  if (argv.length === 0) {
    process.stdout.write(program.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      return 2;
    }
    if (isOpnoteError(error)) {
      process.stderr.write(`opnote: ${errorLine(error.message)}\n`);
      return exitCodeFor(error);
    }
    const name = error instanceof Error ? error.name : 'unknown error';
    process.stderr.write(
      `opnote: internal error (${name}); please report it with the command you ran, not the transcript\n`,
    );
    return 1;
  }
}

/** The process entry (bin/opnote.js, `node src/cli/main.ts`): a closed output pipe ends it quietly. */
export async function runFromProcess(): Promise<void> {
  exitQuietlyOnBrokenPipe();
  process.exitCode = await main(process.argv.slice(2));
}

if (import.meta.main) await runFromProcess();
