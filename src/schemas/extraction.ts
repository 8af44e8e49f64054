import type { ElementKey } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';

/** Extraction contract types that the validator reads (extractors produce them in src/extract/). */

/**
 * Why a claim does not count: its quotes were not found (or only in instruction-like text), or they do
 * not say the value the extractor gave.
 */
export type UngroundedReason = 'not-found' | 'value';

/** A quote the extractor claimed but which could not be found in the transcript. */
export interface UngroundedClaim {
  target: 'element' | 'feature';
  key: ElementKey | FeatureKey;
  /** The quote as the model gave it (shown to the user in the finding, never logged). */
  quote: string;
  /** Default `not-found`. */
  reason?: UngroundedReason;
}
