import { Command, CommanderError } from 'commander';
import { errorLine, isOpnoteError, type OpnoteError } from '../errors.ts';
import { OPNOTE_VERSION } from '../version.ts';
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

type Register = (program: Command) => void;

/**
 * Each command lives in its own file under commands/ and registers itself here. They load lazily: a run
 * imports only the command it runs (so `opnote process` never loads the service, queue or store drivers);
 * help, an unknown command or no command load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  process: async () => (await import('./commands/process.ts')).registerProcessCommand,
  codes: async () => (await import('./commands/codes.ts')).registerCodesCommand,
  batch: async () => (await import('./commands/batch.ts')).registerBatchCommand,
  serve: async () => (await import('./commands/serve.ts')).registerServeCommand,
  eval: async () => (await import('./commands/eval.ts')).registerEvalCommand,
  review: async () => (await import('./commands/review.ts')).registerReviewCommand,
  export: async () => (await import('./commands/export.ts')).registerExportCommand,
  worker: async () => (await import('./commands/worker.ts')).registerWorkerCommand,
  knowledge: async () => (await import('./commands/knowledge.ts')).registerKnowledgeCommand,
};

/** The commands a run needs: the one named first in argv, or all of them (help, unknown, none). */
async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const first = argv[0];
  const loaders =
    first !== undefined && Object.hasOwn(COMMANDS, first)
      ? [COMMANDS[first] as () => Promise<Register>]
      : Object.values(COMMANDS);
  return Promise.all(loaders.map((load) => load()));
}

function buildProgram(commands: readonly Register[]): Command {
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
  for (const register of commands) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(await commandsFor(argv));
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
