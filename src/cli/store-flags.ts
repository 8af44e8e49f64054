import type { Command } from 'commander';
import type { WrittenNote } from '../batch/run.ts';
import { UsageError } from '../errors.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import type { ProcessResult } from '../pipeline/process.ts';
import type { Store, StoreIdentity } from '../store/types.ts';

/** `--store` and `--store-transcripts`, shared by process, batch, serve, eval, review and export. */
export interface StoreFlags {
  store?: string;
  storeTranscripts?: boolean;
}

/** Adds `--store <url>` and `--store-transcripts` to a command. */
export function addStoreOptions(command: Command): Command {
  return command
    .option(
      '--store <url>',
      'also keep results in a store: sqlite:<path> (embedded) or postgres://user@host:port/db (default OPNOTE_STORE)',
    )
    .option('--store-transcripts', 'keep transcript text in the store too (default: only its hash)');
}

/** The store URL from the flag, else OPNOTE_STORE; undefined when neither is set. */
export function storeUrl(flags: StoreFlags): string | undefined {
  const url = flags.store ?? (process.env.OPNOTE_STORE || undefined);
  if (url === undefined && flags.storeTranscripts)
    throw new UsageError('--store-transcripts needs --store <url>');
  return url;
}

/**
 * Opens the store the flags name, or undefined. Loaded lazily: the default path without a store never
 * loads a database driver.
 */
export async function openStoreFromFlags(
  flags: StoreFlags,
  required = false,
  options: { knowledge?: Pick<Knowledge, 'codesFor'>; existing?: boolean } = {},
): Promise<Store | undefined> {
  const url = storeUrl(flags);
  if (url === undefined) {
    if (required) throw new UsageError('this command needs --store <url> (or OPNOTE_STORE)');
    return undefined;
  }
  const [{ openStore }, { nationalRateOf }] = await Promise.all([
    import('../store/open.ts'),
    import('../store/worklist.ts'),
  ]);
  // The worklist's payment at stake uses the imported figures when --knowledge gives them.
  return openStore(url, {
    storeTranscripts: flags.storeTranscripts === true,
    ...(options.existing ? { existing: true } : {}),
    ...(options.knowledge ? { nationalRate: nationalRateOf(options.knowledge.codesFor()) } : {}),
  });
}

/** The default run id of a batch: its pipeline, so a resumed or repeated run continues the same run. */
export async function defaultRunId(identity: StoreIdentity): Promise<string> {
  const { pipelineKey } = await import('../store/keys.ts');
  return `${identity.extractor}-${pipelineKey(identity).slice(0, 12)}`;
}

/**
 * A batch `onWritten` hook writing each note to the store, attached to a run (`runId`, default the
 * pipeline's run id). `runId()` tells the run used once a note was written.
 */
export function storeWriter(
  store: Store,
  options: { actor: string; runId?: string },
): { write: (note: WrittenNote) => Promise<void>; runId: () => string | undefined } {
  let runId = options.runId;
  let begun: Promise<void> | undefined;
  const write = async (note: WrittenNote): Promise<void> => {
    begun ??= (async () => {
      runId ??= await defaultRunId(note.identity);
      await store.beginRun({ id: runId, identity: note.identity });
    })();
    await begun;
    await store.record({
      noteId: note.id,
      // An unreadable input line has no transcript: its batch key (a hash of the raw line) identifies it.
      transcript: note.transcript ?? '',
      claim: note.transcript === undefined ? { invalidLine: note.batchKey } : note.claim,
      identity: note.identity,
      batchKey: note.batchKey,
      outcome: note.outcome,
      actor: options.actor,
      ...(runId === undefined ? {} : { runId }),
    });
  };
  return { write, runId: () => runId };
}

/** Records one `process`/`serve`/`eval` result. */
export async function recordResult(
  store: Store,
  input: {
    noteId: string;
    transcript: string | Uint8Array;
    claim?: unknown;
    identity: StoreIdentity;
    actor: string;
  },
  outcome: { result: ProcessResult } | { error: { code: string; message: string } },
): Promise<void> {
  const stored =
    'result' in outcome
      ? (() => {
          const { id: _id, ...rest } = outcome.result;
          return { result: rest };
        })()
      : outcome;
  await store.record({ ...input, outcome: stored });
}
