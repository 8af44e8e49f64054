import { createHash } from 'node:crypto';
import type { StoreIdentity } from '../store/types.ts';

/** What a job carries: the note, and the pipeline the enqueuer computed its key for. */
export interface NoteJobData {
  noteId: string;
  /** The transcript (PHI, in Redis until the job completes; a completed job keeps only ids). */
  transcript?: string;
  claim?: unknown;
  identity: StoreIdentity;
  pipelineKey: string;
  inputHash: string;
  batchKey: string;
  runId: string;
  /** Set once the note is in the store: the job keeps no transcript after that. */
  stored?: true;
}

/** What a completed job returns. */
export interface NoteJobResult {
  status: 'ok' | 'error';
  supported?: string | null;
  errorCode?: string;
  /** Whether this processing wrote the store row (false when another worker had already written it). */
  inserted: boolean;
}

/**
 * The BullMQ job id of a note: its id, input hash and pipeline key, so enqueueing the same note for the
 * same pipeline again adds nothing (BullMQ ignores a job id it already holds).
 */
export const jobIdFor = (noteId: string, inputHash: string, pipelineKey: string): string =>
  createHash('sha256')
    .update(noteId)
    .update('\u0000')
    .update(inputHash)
    .update('\u0000')
    .update(pipelineKey)
    .digest('hex')
    .slice(0, 32);

/** Name of the BullMQ jobs. */
export const NOTE_JOB = 'note';
