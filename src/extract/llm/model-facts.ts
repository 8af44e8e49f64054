import { type ElementKey, elementKeys } from '../../codes/elements.ts';
import { type FeatureKey, featureKeys } from '../../codes/features.ts';
import { dedupeEvidence, type Fact } from '../../schemas/facts.ts';
import type { Extraction, UngroundedClaim, UngroundedReason } from '../types.ts';
import { createGrounder, type Grounder, type GrounderOptions } from './grounding.ts';
import { type ModelItem, type ModelOutput, valueSchemaFor } from './output-schema.ts';
import { supportedValue } from './value-support.ts';

/** Most evidence quotes kept per fact (the same cap as the rules extractor). */
const MAX_EVIDENCE = 3;
/** Most quotes of one item that are grounded; the rest are ignored (bounds the work on a runaway answer). */
export const MAX_QUOTES_PER_ITEM = 8;

type Target = 'elements' | 'features';

/** A value worth keeping: not null, not an empty list or string. */
function presentValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/**
 * Turns one model item into a fact. A documented or negated item counts only with at least one
 * grounded quote; otherwise it falls back to `not_mentioned` and is reported as ungrounded.
 */
export function itemToFact(
  item: ModelItem,
  ground: Grounder,
  at?: { target: Target; key: string },
): { fact: Fact; ungroundedQuote?: string; reason?: UngroundedReason } {
  if (item.status === 'not_mentioned') return { fact: { status: 'not_mentioned', evidence: [] } };
  const grounded = dedupeEvidence(
    item.quotes.slice(0, MAX_QUOTES_PER_ITEM).flatMap((q) => {
      const r = ground(q);
      return r.ok ? [r.evidence] : [];
    }),
  );
  const evidence = grounded.slice(0, MAX_EVIDENCE);
  const fallback = (reason: UngroundedReason) => ({
    fact: { status: 'not_mentioned' as const, evidence: [] },
    ungroundedQuote: item.quotes[0] ?? '',
    reason,
  });
  if (evidence.length === 0) return fallback('not-found');
  if (item.status === 'documented' && presentValue(item.value)) {
    // The value must be said by the item's own evidence (every grounded quote, not only those kept).
    const support = at
      ? supportedValue(
          at.target,
          at.key,
          valueSchemaFor(at.target, at.key),
          item.value,
          grounded.map((e) => e.quote),
        )
      : { ok: true as const, value: item.value };
    if (!support.ok) return fallback('value');
    return { fact: { status: 'documented', value: support.value, evidence } };
  }
  return { fact: { status: item.status, evidence } };
}

/**
 * Grounds a validated model answer against the transcript: every element and every feature, with
 * offsets computed locally. Quotes that cannot be found become `ungrounded` claims.
 */
export function modelOutputToExtraction(
  output: ModelOutput,
  transcript: string,
  options: GrounderOptions = {},
): Pick<Extraction, 'elements' | 'features' | 'ungrounded'> {
  const ground = createGrounder(transcript, options);
  const ungrounded: UngroundedClaim[] = [];
  const convert = <K extends string>(target: Target, keys: readonly K[], items: Record<K, ModelItem>) =>
    Object.fromEntries(
      keys.map((key) => {
        const { fact, ungroundedQuote, reason } = itemToFact(items[key], ground, { target, key });
        if (ungroundedQuote !== undefined)
          ungrounded.push({
            target: target === 'elements' ? 'element' : 'feature',
            key: key as ElementKey | FeatureKey,
            quote: ungroundedQuote,
            ...(reason ? { reason } : {}),
          });
        return [key, fact];
      }),
    ) as Record<K, Fact>;
  const elements = convert('elements', elementKeys, output.elements);
  const features = convert('features', featureKeys, output.features);
  return { elements, features, ungrounded };
}

/** The model item that would produce `fact`: value kept only where the schema has one and it fits. */
export function factToItem(target: Target, key: string, fact: Fact): ModelItem {
  const schema = valueSchemaFor(target, key);
  const quotes = fact.evidence.map((e) => e.quote);
  if (!schema) return { status: fact.status, quotes };
  const value = fact.status === 'documented' && schema.safeParse(fact.value).success ? fact.value : null;
  return { status: fact.status, value, quotes };
}

/**
 * The model answer that reproduces an extraction (used by the fake server's simulated model and to
 * author replay recordings from known facts).
 */
export function extractionToModelOutput(extraction: Pick<Extraction, 'elements' | 'features'>): ModelOutput {
  const group = <K extends string>(target: Target, keys: readonly K[], facts: Record<K, Fact>) =>
    Object.fromEntries(keys.map((k) => [k, factToItem(target, k, facts[k])])) as Record<K, ModelItem>;
  return {
    elements: group('elements', elementKeys, extraction.elements),
    features: group('features', featureKeys, extraction.features),
  };
}
