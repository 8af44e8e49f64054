import { createHash } from 'node:crypto';
import type { StoreIdentity } from './types.ts';

const SEP = '\u0000';

/** Hash of what was processed: the transcript and the claim (full sha256; the transcript is never stored unless asked). */
export const inputHash = (transcript: string | Uint8Array, claim: unknown): string =>
  createHash('sha256')
    .update(transcript)
    .update(SEP)
    .update(JSON.stringify(claim ?? null))
    .digest('hex');

/** Hash of the pipeline a result came from: extractor, model and every version, order-independent. */
export function pipelineKey(identity: StoreIdentity): string {
  const versions = Object.keys(identity.versions)
    .sort()
    .map((k) => `${k}=${identity.versions[k]}`);
  return createHash('sha256')
    .update(JSON.stringify([identity.extractor, identity.model ?? null, versions]))
    .digest('hex')
    .slice(0, 32);
}

/** A `batchKey` for an exported line whose processing did not come from `opnote batch`. */
export const exportBatchKey = (input: string, pipeline: string): string =>
  createHash('sha256').update(input).update(SEP).update(pipeline).digest('hex').slice(0, 16);
