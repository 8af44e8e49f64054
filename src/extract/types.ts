import type { ElementKey } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import type { Usage } from '../errors.ts';
import type { UngroundedClaim } from '../schemas/extraction.ts';
import type { Fact } from '../schemas/facts.ts';

/** Contract types of the extraction (src/schemas/extraction.ts), for the extractors. */
export type { UngroundedClaim, UngroundedReason } from '../schemas/extraction.ts';

/** What any extractor returns: every element and every feature, each with status and evidence. */
export interface Extraction {
  elements: Record<ElementKey, Fact>;
  features: Record<FeatureKey, Fact>;
  ungrounded: UngroundedClaim[];
  /** Extractor-specific versions (prompt hash, schema hash, model) for `meta.versions`. */
  versions: Record<string, string>;
  usage?: Usage;
  /** Estimated cost in USD, when the extractor knows a price. */
  costUsd?: number;
}

export interface ExtractOptions {
  signal?: AbortSignal;
}

/**
 * Turns a transcript into facts. The rules extractor implements it offline; LLM extractors implement
 * it over an API. Implementations extract facts only: they never choose the billed code.
 */
export interface Extractor {
  /** Name as used on the command line: `rules`, `openai`, `langchain`. */
  readonly name: string;
  /**
   * Versions that decide the extractor's output, known before any call (rules version; prompt, schema
   * and model hashes). Batch resume and cache keys include them.
   */
  readonly versions?: Readonly<Record<string, string>>;
  extract(transcript: string, options?: ExtractOptions): Promise<Extraction>;
}
