import type { Extraction, ExtractOptions, Extractor } from '../extract/types.ts';
import type { ExtractionCache } from './cache.ts';
import type { CallLimiter } from './limiter.ts';
import { DEFAULT_OVERHEAD_TOKENS, estimateTokens } from './token-bucket.ts';

export interface BatchExtractorOptions {
  limiter: CallLimiter;
  cache: ExtractionCache;
  /** Cache key of a transcript (see `extractionKey`). */
  keyOf: (transcript: string) => string;
  /** Prompt and answer tokens added to the transcript's estimate. Default DEFAULT_OVERHEAD_TOKENS (4,000). */
  overheadTokens?: number;
  /**
   * Tokens one call of `transcript` is expected to use, for the tpm cap. Default: characters ÷ 4 plus
   * `overheadTokens`; `runBatch` passes the model tokenizer's count when a tpm cap is set.
   */
  estimate?: (transcript: string) => number;
  /** Told of every cache hit, for the summary. */
  onCacheHit?: () => void;
}

/** A batch's extractor, which can also have another party make the provider call (a worker thread). */
export interface BatchExtractor extends Extractor {
  /**
   * As `extract`, with the cache and limits as usual but `call` making the provider call instead of
   * the inner extractor (the limiter may call it again to retry).
   */
  extractWith(
    transcript: string,
    call: () => Promise<Extraction>,
    options?: ExtractOptions,
  ): Promise<Extraction>;
}

/**
 * Wraps an extractor for a batch: identical transcripts are answered from the cache (or share the call
 * already in flight), everything else goes through the limiter. Only successful extractions are cached;
 * a failed call is forgotten so the next identical note tries again. The name stays the inner one.
 */
export function createBatchExtractor(inner: Extractor, options: BatchExtractorOptions): BatchExtractor {
  const inFlight = new Map<string, Promise<Extraction>>();
  const { limiter, cache } = options;
  const overhead = options.overheadTokens ?? DEFAULT_OVERHEAD_TOKENS;

  async function call(
    key: string,
    transcript: string,
    provider: () => Promise<Extraction>,
    extractOptions?: ExtractOptions,
  ): Promise<Extraction> {
    const extraction = await limiter.run(provider, {
      tokens: options.estimate ? options.estimate(transcript) : estimateTokens(transcript.length, overhead),
      usedTokens: (e) => (e.usage ? e.usage.promptTokens + e.usage.completionTokens : undefined),
      ...(extractOptions?.signal ? { signal: extractOptions.signal } : {}),
    });
    cache.set(key, extraction);
    return extraction;
  }

  async function extractWith(
    transcript: string,
    provider: () => Promise<Extraction>,
    extractOptions?: ExtractOptions,
  ): Promise<Extraction> {
    const key = options.keyOf(transcript);
    const cached = cache.get(key);
    if (cached) {
      options.onCacheHit?.();
      return cached;
    }
    const pending = inFlight.get(key);
    if (pending) {
      const shared = await pending;
      options.onCacheHit?.();
      const { usage: _usage, costUsd: _cost, ...rest } = shared;
      return rest;
    }
    const promise = call(key, transcript, provider, extractOptions);
    inFlight.set(key, promise);
    try {
      return await promise;
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    name: inner.name,
    extract: (transcript, extractOptions) =>
      extractWith(transcript, () => inner.extract(transcript, extractOptions), extractOptions),
    extractWith,
  };
}
