import { describe, expect, it } from 'vitest';
import { type FeatureKey, featureKeys } from '../src/codes/features.ts';
import { codes } from '../src/codes/index.ts';
import { noteGenericOf } from '../src/nlp/note-context.ts';
import type { Fact } from '../src/schemas/facts.ts';
import { type Finding, type FindingId, findingIds, type RouteDecision } from '../src/schemas/findings.ts';
import { decideLevel } from '../src/validate/level.ts';
import { routeNote } from '../src/validate/route.ts';
import { rules } from '../src/validate/rules/index.ts';

const TRANSCRIPT = 'The femur was transected and the limb removed.';
const span = (quote: string) => {
  const start = TRANSCRIPT.indexOf(quote);
  return { quote, start, end: start + quote.length };
};

function features(extra: Partial<Record<FeatureKey, Fact>> = {}): Record<FeatureKey, Fact> {
  const base = Object.fromEntries(featureKeys.map((k) => [k, { status: 'not_mentioned', evidence: [] }]));
  return {
    ...base,
    femurCut: { status: 'documented', value: 'mid-shaft', evidence: [span('femur was transected')] },
    limbRemoved: { status: 'documented', evidence: [span('limb removed')] },
    ...extra,
  } as Record<FeatureKey, Fact>;
}

// Routing reads id, severity and element only; the payload each id carries does not matter here.
const finding = (id: FindingId, severity: Finding['severity'] = 'error', element?: string): Finding =>
  ({
    id,
    severity,
    message: `${id} fired`,
    evidence: [],
    fix: 'fix it',
    ...(element ? { element } : {}),
  }) as Finding;

const route = (findings: Finding[], f = features(), transcript = TRANSCRIPT) =>
  routeNote({
    transcript,
    decision: decideLevel({ features: f, labels: [], claimedCode: null, codes }),
    findings,
    features: f,
  });

describe('route of a note', () => {
  it('is ready when the code is decided from grounded anatomy and nothing routes elsewhere', () => {
    expect(route([])).toEqual({
      decision: 'ready',
      reasons: [
        {
          decision: 'ready',
          evidence: [span('femur was transected'), span('limb removed')],
          message:
            '27590 is decided from grounded anatomy (femurCut, limbRemoved); no finding or uncertainty routes the note elsewhere.',
        },
      ],
    });
  });

  it.each<[string, Finding[], RouteDecision, string[]]>([
    ['a level mismatch', [finding('level.mismatch')], 'fix-claim', ['level.mismatch']],
    [
      'a side conflict',
      [finding('modifier.laterality-conflict')],
      'fix-claim',
      ['modifier.laterality-conflict'],
    ],
    [
      'a missing element',
      [finding('doc.missing', 'error', 'informedConsent')],
      'query-physician',
      ['doc.missing:informedConsent'],
    ],
    ['an ambiguous level', [finding('level.ambiguous', 'warning')], 'coder-review', ['level.ambiguous']],
    [
      'a label conflict',
      [finding('level.label-conflict', 'warning')],
      'coder-review',
      ['level.label-conflict'],
    ],
    [
      'a label-only code (info still routes)',
      [finding('level.label-only', 'info')],
      'coder-review',
      ['level.label-only'],
    ],
    [
      'an unverified inpatient-only flag (info does not route)',
      [finding('pos.inpatient-only', 'info')],
      'ready',
      [],
    ],
    [
      'the most cautious reason wins, every reason listed',
      [
        finding('modifier.50-not-allowed'),
        finding('doc.missing', 'error', 'tumorBoard'),
        finding('extract.disagreement', 'warning'),
      ],
      'coder-review',
      ['extract.disagreement', 'doc.missing:tumorBoard', 'modifier.50-not-allowed'],
    ],
  ])('%s -> %s', (_name, findings, decision, named) => {
    const r = route(findings);
    expect([r.decision, r.reasons.flatMap((x) => x.finding ?? [])]).toEqual([decision, named]);
  });

  it('an inferred deciding fact sends the note to coder-review, naming the fact and the rule', () => {
    const inferred = {
      status: 'documented',
      evidence: [span('limb removed')],
      inferred: { rule: 'amputation-implies-removal', reason: 'the amputation implies it' },
    } as Fact;
    expect(route([], features({ limbRemoved: inferred })).reasons).toEqual([
      {
        decision: 'coder-review',
        signal: 'fact.inferred',
        feature: 'limbRemoved',
        evidence: [span('limb removed')],
        message: 'The deciding fact "limbRemoved" is inferred (amputation-implies-removal), not stated.',
      },
    ]);
  });

  it('a deciding fact both affirmed and explicitly denied sends the note to coder-review', () => {
    const denial = {
      ...span('femur was transected'),
      context: { category: 'negated', cue: 'not', rule: 'neg.inside' },
    };
    const conflicting = {
      status: 'documented',
      value: 'mid-shaft',
      evidence: [span('femur was transected'), denial],
    } as Fact;
    const r = route([], features({ femurCut: conflicting }));
    expect(r.decision).toBe('coder-review');
    expect(r.reasons.map((x) => [x.signal, x.feature])).toEqual([['fact.conflicting', 'femurCut']]);
    // The affirmation alone is not uncertain.
    expect(route([]).decision).toBe('ready');
  });

  it('gaps in the documentation of a claimed code the anatomy does not support are moot: fix-claim', () => {
    const f = features();
    const decision = decideLevel({ features: f, labels: [], claimedCode: '27596', codes });
    const gap = finding('doc.missing', 'error', 'priorAmputationLevel');
    const routed = (checked: string) =>
      routeNote({
        transcript: TRANSCRIPT,
        decision,
        findings: [gap, finding('level.mismatch')],
        features: f,
        checked,
      }).decision;
    expect([routed('27596'), routed('27590')]).toEqual(['fix-claim', 'query-physician']);
  });

  it('deciding evidence aligned only by a fuzzy match sends the note to coder-review', () => {
    const fuzzy = { status: 'documented', evidence: [{ ...span('limb removed'), match: 'fuzzy' }] } as Fact;
    const r = route([], features({ limbRemoved: fuzzy }));
    expect([r.decision, r.reasons.map((x) => `${x.signal}:${x.feature}`)]).toEqual([
      'coder-review',
      ['evidence.fuzzy:limbRemoved'],
    ]);
  });

  it('an inferred fact that the stated procedure name agrees with does not route', () => {
    const inferred = {
      status: 'documented',
      evidence: [span('limb removed')],
      inferred: { rule: 'specimen-limb', reason: 'the specimen is the limb' },
    } as Fact;
    const f = features({ limbRemoved: inferred });
    const decision = decideLevel({ features: f, labels: [], claimedCode: null, codes });
    const routed = (namedCodes: string[]) =>
      routeNote({ transcript: TRANSCRIPT, decision, findings: [], features: f, namedCodes }).decision;
    expect([routed(['27590']), routed(['27596']), routed([])]).toEqual([
      'ready',
      'coder-review',
      'coder-review',
    ]);
  });

  it('an inferred fact the decision does not turn on does not route', () => {
    const inferred = {
      status: 'documented',
      evidence: [span('limb removed')],
      inferred: { rule: 'amputation-implies-removal', reason: 'the amputation implies it' },
    } as Fact;
    const f = features({ limbRemoved: inferred });
    const decision = decideLevel({ features: f, labels: [], claimedCode: null, codes });
    const routed = (supportedWithout: () => string | null) =>
      routeNote({ transcript: TRANSCRIPT, decision, findings: [], features: f, supportedWithout }).decision;
    expect([routed(() => '27590'), routed(() => null)]).toEqual(['ready', 'coder-review']);
  });

  it('deciding evidence that does not slice the transcript is never ready', () => {
    expect(route([], features(), 'The femur was cut and the leg taken off.').decision).toBe('coder-review');
  });

  it('a generic text (textbook, atlas, series) goes to coder-review with its note-level rule and cue', () => {
    const text = 'Above-knee amputation. The vessels are ligated. The femur is divided with a saw.';
    const generic = noteGenericOf(text);
    expect(generic?.rule).toBe('generic.technique');
    const f = features({
      femurCut: {
        status: 'documented',
        evidence: [
          {
            quote: 'femur is divided',
            start: text.indexOf('femur is divided'),
            end: text.indexOf('femur is divided') + 16,
          },
        ],
      },
      limbRemoved: { status: 'documented', evidence: [{ quote: 'amputation', start: 11, end: 21 }] },
    });
    const decision = decideLevel({ features: f, labels: [], claimedCode: null, codes });
    expect(decision.supported).toBe('27590');
    const routed = routeNote({
      transcript: text,
      decision,
      findings: [],
      features: f,
      ...(generic ? { generic } : {}),
    });
    expect(routed.decision).toBe('coder-review');
    const reason = routed.reasons[0];
    expect(reason?.signal).toBe('note.generic');
    expect(reason?.evidence[0]?.context?.rule).toBe('generic.technique');
    const cue = reason?.evidence[0];
    expect(cue && text.slice(cue.start, cue.end)).toBe(cue?.quote);
    // The same anatomy in one patient's note is ready.
    expect(routeNote({ transcript: text, decision, findings: [], features: f }).decision).toBe('ready');
  });

  it('a series naming several operations supports no code', () => {
    const f = features();
    const labels = (['27590', '27598'] as const).map((code) => ({
      code,
      length: 10,
      evidence: { quote: 'x', start: 0, end: 1 },
      section: 'procedure' as const,
    }));
    expect(
      decideLevel({ features: f, labels, claimedCode: null, codes, severalPatients: true }).supported,
    ).toBe(null);
    expect(decideLevel({ features: f, labels, claimedCode: null, codes }).supported).toBe('27590');
    expect(
      decideLevel({
        features: f,
        labels: labels.slice(0, 1),
        claimedCode: null,
        codes,
        severalPatients: true,
      }).supported,
    ).toBe('27590');
    // A series whose title names one of them is about that one: the other name is a comparison.
    expect(
      decideLevel({
        features: f,
        labels,
        claimedCode: null,
        codes,
        severalPatients: true,
        subject: ['27590'],
      }).supported,
    ).toBe('27590');
  });

  it('every finding id has a route class in one registry', () => {
    expect(findingIds).toEqual(Object.keys(rules));
    for (const id of findingIds)
      expect(rules[id].route).toMatch(/^(ready|fix-claim|query-physician|coder-review)$/);
  });
});
