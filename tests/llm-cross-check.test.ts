import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { extractionToModelOutput } from '../src/extract/llm/model-facts.ts';
import { createOpenAIExtractor } from '../src/extract/llm/openai-extractor.ts';
import { createRulesExtractor, extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import type { Fact } from '../src/schemas/facts.ts';
import {
  chatCompletion,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from '../src/testing/fake-openai-server.ts';
import { disagreementFindings, type Reading } from '../src/validate/disagreement.ts';

const TRANSCRIPT = readFileSync('fixtures/a-27290-classic-formatted/transcript.txt', 'utf8');
const CLAIM = JSON.parse(readFileSync('fixtures/a-27290-classic-formatted/claim.json', 'utf8'));
const base = extractWithRules(TRANSCRIPT);
const ev = (quote: string, start: number) => ({ quote, start, end: start + quote.length });

function reading(
  name: string,
  changes: { elements?: Record<string, Fact>; features?: Record<string, Fact> } = {},
): Reading {
  return {
    name,
    elements: { ...base.elements, ...changes.elements } as Reading['elements'],
    features: { ...base.features, ...changes.features } as Reading['features'],
  };
}

const keys = {
  elements: ['laterality', 'amputationLevel', 'tumorBoard'] as const,
  features: ['tumorSizeCm', 'femurCut'] as const,
};

describe('disagreementFindings (pure)', () => {
  it.each([
    ['the same reading', {}, {}, []],
    [
      'a status difference',
      { elements: { tumorBoard: { status: 'documented', evidence: [ev('tumor board', 10)] } } },
      { elements: { tumorBoard: { status: 'not_mentioned', evidence: [] } } },
      [
        'tumorBoard: llm and rules disagree on Tumor board / oncology review: llm reads it as documented, rules as not mentioned.',
      ],
    ],
    [
      'a categorical value difference',
      { elements: { laterality: { status: 'documented', value: 'left', evidence: [ev('left', 1)] } } },
      { elements: { laterality: { status: 'documented', value: 'right', evidence: [ev('right', 20)] } } },
      [
        'laterality: llm and rules disagree on Operative side: llm reads it as documented (left), rules as documented (right).',
      ],
    ],
    [
      'a numeric value difference',
      { features: { tumorSizeCm: { status: 'documented', value: 6, evidence: [ev('6 cm', 1)] } } },
      { features: { tumorSizeCm: { status: 'documented', value: 4, evidence: [ev('4 cm', 9)] } } },
      [
        'tumorSizeCm: llm and rules disagree on Tumor size (cm): llm reads it as documented (6), rules as documented (4).',
      ],
    ],
    [
      'free-text values worded differently (not a disagreement)',
      {
        elements: {
          amputationLevel: { status: 'documented', value: 'SI joint and symphysis', evidence: [ev('x', 1)] },
        },
      },
      {
        elements: {
          amputationLevel: {
            status: 'documented',
            value: 'sacroiliac-joint + pubic-symphysis',
            evidence: [ev('y', 2)],
          },
        },
      },
      [],
    ],
    [
      'negated against not mentioned',
      { features: { femurCut: { status: 'negated', evidence: [ev('the femur was not cut', 3)] } } },
      { features: { femurCut: { status: 'not_mentioned', evidence: [] } } },
      [
        'femurCut: llm and rules disagree on Femur cut: llm reads it as negated (stated as not done or not available), rules as not mentioned.',
      ],
    ],
  ])('%s', (_name, a, b, expected) => {
    const findings = disagreementFindings(reading('llm', a as never), reading('rules', b as never), keys);
    expect(findings.map((f) => `${f.element}: ${f.message}`)).toEqual(expected);
    for (const f of findings) expect(f).toMatchObject({ id: 'extract.disagreement', severity: 'warning' });
  });

  it('carries the evidence of both readings', () => {
    const [finding] = disagreementFindings(
      reading('llm', {
        elements: { laterality: { status: 'documented', value: 'left', evidence: [ev('left', 1)] } },
      }),
      reading('rules', {
        elements: { laterality: { status: 'documented', value: 'right', evidence: [ev('right', 20)] } },
      }),
      keys,
    );
    expect(finding?.evidence).toEqual([ev('left', 1), ev('right', 20)]);
  });
});

describe('--cross-check in the pipeline', () => {
  let server: FakeOpenAIServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('adds a disagreement where the LLM reads the side differently, and none when both agree', async () => {
    const flipped = extractionToModelOutput(base);
    const rightQuote = 'the right lateral decubitus position';
    flipped.elements.laterality = { status: 'documented', value: 'right', quotes: [rightQuote] };
    const replies = [flipped, extractionToModelOutput(base)].map((o) => ({
      status: 200,
      body: chatCompletion(JSON.stringify(o)),
    }));
    server = await startFakeOpenAIServer({ script: replies });
    const extractor = createOpenAIExtractor({ apiKey: 'sk-dummy', baseURL: server.url, maxRetries: 0 });
    const crossCheck = createRulesExtractor();

    const disagreeing = await processNote(
      { transcript: TRANSCRIPT, claim: CLAIM },
      { extractor, crossCheck },
    );
    expect(disagreeing.code.supported).toBe('27290');
    expect(disagreeing.findings.filter((f) => f.id === 'extract.disagreement')).toEqual([
      {
        id: 'extract.disagreement',
        element: 'laterality',
        severity: 'warning',
        message:
          'openai and rules disagree on Operative side: openai reads it as documented (right), rules as documented (left).',
        evidence: [
          { ...ev(rightQuote, TRANSCRIPT.indexOf(rightQuote)), match: 'exact' },
          ...base.elements.laterality.evidence,
        ].slice(0, 4),
        fix: 'Check the transcript for operative side: one extractor may have missed it or claimed it without support; document it explicitly if it was done.',
      },
    ]);

    const agreeing = await processNote({ transcript: TRANSCRIPT, claim: CLAIM }, { extractor, crossCheck });
    expect(agreeing.findings).toEqual([]);
  });
});
