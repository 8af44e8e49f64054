import { createHash } from 'node:crypto';

/** What a note's result depends on besides the note itself: who extracts it, and which pipeline. */
export interface PipelineIdentity {
  /** Extractor name (`rules`, `openai`, ...). */
  extractor: string;
  /** Model option given to the extractor, when it has one. */
  model?: string | undefined;
  /** Pipeline versions known before a call: opnote, code knowledge, and any the extractor exposes. */
  versions: Record<string, string>;
}

const SEP = '\u0000';

function identityText(identity: PipelineIdentity): string {
  const versions = Object.keys(identity.versions)
    .sort()
    .map((k) => `${k}=${identity.versions[k]}`);
  return JSON.stringify([identity.extractor, identity.model ?? null, versions]);
}

/**
 * Resume key of a note: a hash of its transcript, claim and the pipeline identity. A note whose id is
 * already in the output with this key is done; the same id with another key means the input or the
 * pipeline changed, so the note is processed again.
 */
export function batchKey(
  note: { transcript: string | Uint8Array; claim?: unknown },
  identity: PipelineIdentity,
): string {
  return createHash('sha256')
    .update(identityText(identity))
    .update(SEP)
    .update(note.transcript)
    .update(SEP)
    .update(JSON.stringify(note.claim ?? null))
    .digest('hex')
    .slice(0, 16);
}

/** Resume key of an input line that could not be read as a note: a hash of the raw line. */
export const invalidLineKey = (raw: string): string =>
  createHash('sha256').update('invalid').update(SEP).update(raw).digest('hex').slice(0, 16);

/**
 * Cache key of an extraction: the full sha256 of the transcript and the pipeline identity. The claim is
 * not part of it because extractors read only the transcript; the full hash keeps notes of different
 * patients from ever sharing an entry by collision.
 */
export const extractionKey = (transcript: string, identity: PipelineIdentity): string =>
  createHash('sha256').update(identityText(identity)).update(SEP).update(transcript).digest('hex');
