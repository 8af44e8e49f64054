import { Command, CommanderError } from 'commander';
import { isOpnoteError, type OpnoteError } from '../errors.ts';
import { OPNOTE_VERSION } from '../version.ts';
import { registerBatchCommand } from './commands/batch.ts';
import { registerCodesCommand } from './commands/codes.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerProcessCommand } from './commands/process.ts';
import { registerServeCommand } from './commands/serve.ts';

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

/** Each command lives in its own file under commands/ and registers itself here. */
const COMMANDS: Array<(program: Command) => void> = [
  registerProcessCommand,
  registerCodesCommand,
  registerBatchCommand,
  registerServeCommand,
  registerEvalCommand,
];

function buildProgram(): Command {
  const program = new Command()
    .name('opnote')
    .description(
      "Turns a surgeon's dictation into a claim-ready operative note: grounded facts, code decision, findings, drafts.",
    )
    .version(OPNOTE_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      return 2;
    }
    if (isOpnoteError(error)) {
      process.stderr.write(`opnote: ${error.message}\n`);
      return exitCodeFor(error);
    }
    const name = error instanceof Error ? error.name : 'unknown error';
    process.stderr.write(
      `opnote: internal error (${name}); please report it with the command you ran, not the transcript\n`,
    );
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
