import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from '../../src/errors.ts';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.ts';
import type { Extraction, Extractor } from '../../src/extract/types.ts';

export interface FakeExtractorOptions {
  /** Name reported by the extractor. Default `fake`. */
  name?: string;
  /** Latency of every call in ms. Default 0. */
  delayMs?: number;
  /** Uniform 0..jitterMs added to the latency. Default 0. */
  jitterMs?: number;
  /** Decides, per call number (1-based), whether to throw instead of answering. */
  fail?: (call: number, transcript: string) => Error | undefined;
  /** Every n-th call (of this extractor) is a 429 with no retry-after: `fail` as plain data, for worker threads. */
  rateLimitEvery?: number;
  /** Usage reported with each answer. Default none. */
  usage?: { promptTokens: number; completionTokens: number };
  costUsd?: number;
}

/** A fake LLM extractor: the rules extractor's facts after a delay, with scripted failures; counts calls. */
export interface FakeExtractor extends Extractor {
  calls: number;
  /** Most calls in flight at once. */
  maxInFlight: number;
}

export function createFakeExtractor(options: FakeExtractorOptions = {}): FakeExtractor {
  const rules = createRulesExtractor();
  let inFlight = 0;
  const fake: FakeExtractor = {
    name: options.name ?? 'fake',
    // It wraps the rules extractor, so it declares the same versions (batch keys include them).
    ...(rules.versions ? { versions: rules.versions } : {}),
    calls: 0,
    maxInFlight: 0,
    async extract(transcript, extractOptions): Promise<Extraction> {
      fake.calls += 1;
      const call = fake.calls;
      inFlight += 1;
      fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
      try {
        const started = performance.now();
        const wait = (options.delayMs ?? 0) + Math.random() * (options.jitterMs ?? 0);
        // A provider's latency includes its own work: the answer is made first and the call lasts `wait` in
        // all (before, the simulated provider's rules run came on top of the latency, inside the caller's slot).
        const made = await rules.extract(transcript).then(
          (extraction) => ({ extraction }),
          (error: unknown) => ({ error }),
        );
        if (wait > 0)
          await sleep(
            Math.max(0, wait - (performance.now() - started)),
            undefined,
            extractOptions?.signal ? { signal: extractOptions.signal } : {},
          );
        const every = options.rateLimitEvery ?? 0;
        const failure =
          options.fail?.(call, transcript) ?? (every > 0 && call % every === 0 ? rateLimited(0) : undefined);
        if (failure) throw failure;
        if ('error' in made) throw made.error;
        const { extraction } = made;
        return {
          ...extraction,
          versions: { fake: '1' },
          ...(options.usage ? { usage: options.usage } : {}),
          ...(options.costUsd === undefined ? {} : { costUsd: options.costUsd }),
        };
      } finally {
        inFlight -= 1;
      }
    },
  };
  return fake;
}

export const rateLimited = (retryAfterMs?: number): ProviderError =>
  new ProviderError('provider.rate-limited', 'rate limited (429); slow down or raise the limit', {
    status: 429,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

export const serverError = (): ProviderError =>
  new ProviderError('provider.server', 'provider answered 500; retry later', { status: 500 });
