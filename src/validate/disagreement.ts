import { z } from 'zod';
import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import { type FeatureKey, features as featureDefs } from '../codes/features.ts';
import type { Evidence, Fact } from '../schemas/facts.ts';
import type { FindingOf } from '../schemas/findings.ts';

/** One extractor's reading of a note, named as on the command line (`openai`, `rules`). */
export interface Reading {
  name: string;
  elements: Record<ElementKey, Fact>;
  features: Record<FeatureKey, Fact>;
}

/** The keys to compare: usually the checked code's elements and the features its level decision reads. */
export interface DisagreementKeys {
  elements: readonly ElementKey[];
  features: readonly FeatureKey[];
}

const STATUS_WORDS: Record<Fact['status'], string> = {
  documented: 'documented',
  negated: 'negated (stated as not done or not available)',
  not_mentioned: 'not mentioned',
};

/** Values are compared only where they are categories or numbers; free text differs in wording, not meaning. */
function comparableValue(schema: z.ZodType | undefined): boolean {
  return schema instanceof z.ZodEnum || schema instanceof z.ZodNumber;
}

function describe(fact: Fact, withValue: boolean): string {
  const value =
    withValue && fact.status === 'documented' && fact.value !== undefined ? ` (${String(fact.value)})` : '';
  return `${STATUS_WORDS[fact.status]}${value}`;
}

function disagree(a: Fact, b: Fact, withValue: boolean): boolean {
  if (a.status !== b.status) return true;
  return (
    withValue &&
    a.status === 'documented' &&
    a.value !== undefined &&
    b.value !== undefined &&
    a.value !== b.value
  );
}

function mergeEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .filter((e) => {
      const key = `${e.start}:${e.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 4);
}

/**
 * Cross-check: an `extract.disagreement` warning for every compared element or feature on which two
 * extractors disagree (status, or a categorical/numeric value), with both readings. A cheap
 * hallucination signal: it never changes the code decision. Pure.
 */
export function disagreementFindings(
  primary: Reading,
  secondary: Reading,
  keys: DisagreementKeys,
): FindingOf<'extract.disagreement'>[] {
  const compare = (
    key: ElementKey | FeatureKey,
    label: string,
    a: Fact,
    b: Fact,
    value: z.ZodType | undefined,
  ): FindingOf<'extract.disagreement'>[] => {
    const withValue = comparableValue(value);
    if (!disagree(a, b, withValue)) return [];
    return [
      {
        id: 'extract.disagreement',
        element: key,
        severity: 'warning',
        message: `${primary.name} and ${secondary.name} disagree on ${label}: ${primary.name} reads it as ${describe(a, withValue)}, ${secondary.name} as ${describe(b, withValue)}.`,
        evidence: mergeEvidence(a.evidence, b.evidence),
        fix: `Check the transcript for ${label.toLowerCase()}: one extractor may have missed it or claimed it without support; document it explicitly if it was done.`,
      },
    ];
  };
  return [
    ...keys.elements.flatMap((k) => {
      const def: { label: string; value?: z.ZodType } = elementDefs[k];
      return compare(k, def.label, primary.elements[k], secondary.elements[k], def.value);
    }),
    ...keys.features.flatMap((k) => {
      const def: { label: string; value?: z.ZodType } = featureDefs[k];
      return compare(k, def.label, primary.features[k], secondary.features[k], def.value);
    }),
  ];
}
