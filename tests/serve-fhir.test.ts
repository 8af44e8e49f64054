import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { processNote } from '../src/pipeline/process.ts';
import { prefersFhir } from '../src/serve/accept.ts';
import { FHIR_SYSTEMS, type FhirBundle, toFhirBundle } from '../src/serve/fhir.ts';
import {
  FIXTURES,
  fhirR4Validator,
  fixture,
  postNote,
  type RunningServer,
  startServer,
} from './serve-helpers.ts';

const TIMESTAMP = '2026-05-01T10:00:00.000Z';

/** Deterministic UUIDs for the mapping. */
const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

const fromBase64 = (data: string): string => Buffer.from(data, 'base64').toString('utf8');

describe('FHIR R4 mapping', () => {
  beforeAll(() => {
    fhirR4Validator(); // compile once (about a second)
  });

  const cases = loadFixtures(FIXTURES);
  it.each(cases.map((c) => [c.name, c] as const))('%s maps to a valid R4 Bundle', async (_name, c) => {
    const result = await processNote({
      transcript: readFileSync(c.transcriptPath),
      ...(c.claimPath ? { claim: JSON.parse(readFileSync(c.claimPath, 'utf8')) } : {}),
    });
    const bundle = toFhirBundle(result, { id: 'req-1', timestamp: TIMESTAMP, newUuid: counter() });
    const validate = fhirR4Validator();
    const valid = validate(bundle);
    expect(validate.errors?.slice(0, 3) ?? []).toEqual([]);
    expect(valid).toBe(true);

    const [doc, ...issues] = bundle.entry;
    expect(doc?.resource.resourceType).toBe('DocumentReference');
    if (doc?.resource.resourceType !== 'DocumentReference') return;
    expect(doc.resource.content.map((c) => fromBase64(c.attachment.data))).toEqual([
      result.drafts.operativeNote,
      result.drafts.coderSummary,
      ...result.drafts.queries.map((q) => q.text),
    ]);
    expect(doc.resource.context?.event[0]?.coding[0]?.code ?? null).toBe(result.code.supported);
    expect(doc.resource.category[0]?.coding).toEqual([
      { system: FHIR_SYSTEMS.route, code: result.route.decision },
    ]);
    expect(
      issues.map((e) =>
        e.resource.resourceType === 'DetectedIssue'
          ? [e.resource.code.coding[0]?.code, e.resource.severity, e.resource.detail, e.resource.implicated]
          : null,
      ),
    ).toEqual(
      result.findings.map((f) => [
        f.id,
        { error: 'high', warning: 'moderate', info: 'low' }[f.severity],
        f.message,
        [{ reference: doc.fullUrl }],
      ]),
    );
  });

  it('maps one finding in full: code, severity, evidence spans, fix, element and suggested code', () => {
    const bundle = toFhirBundle(
      {
        code: {
          claimed: '27596',
          supported: '27590',
          basis: 'anatomy',
          candidates: [],
          reasons: [],
          ambiguity: null,
          labelConflicts: [],
          checked: '27596',
        },
        facts: {},
        anatomy: {} as never,
        findings: [
          // No finding id carries both an element and a suggested code (see the finding union in
          // src/schemas/findings.ts); the mapper maps each field on its own, so one shape tests both.
          {
            id: 'level.mismatch',
            element: 'newResectionLevel',
            severity: 'error',
            message: 'The documentation supports 27590, not the claimed 27596.',
            evidence: [{ quote: 'primary above-knee amputation', start: 10, end: 39 }],
            fix: 'Change the claim to 27590.',
            suggestedCode: '27590',
          } as never,
        ],
        route: {
          decision: 'fix-claim',
          reasons: [
            {
              decision: 'fix-claim',
              finding: 'level.mismatch:newResectionLevel',
              evidence: [],
              message: 'x',
            },
          ],
        },
        requirements: [],
        drafts: { operativeNote: '# Note', coderSummary: '# Summary', queries: [] },
        meta: { extractor: 'rules', versions: {}, durationMs: 1 },
      },
      { id: 'req-2', timestamp: TIMESTAMP, newUuid: counter() },
    );
    expect(bundle.entry[1]?.resource).toEqual({
      resourceType: 'DetectedIssue',
      id: '00000000-0000-4000-8000-000000000002',
      status: 'preliminary',
      code: {
        coding: [{ system: FHIR_SYSTEMS.findingCode, code: 'level.mismatch' }],
        text: 'level.mismatch:newResectionLevel',
      },
      severity: 'high',
      identifiedDateTime: TIMESTAMP,
      implicated: [{ reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' }],
      detail: 'The documentation supports 27590, not the claimed 27596.',
      evidence: [
        {
          detail: [{ display: 'primary above-knee amputation' }],
          extension: [
            {
              url: FHIR_SYSTEMS.evidenceSpanExtension,
              extension: [
                { url: 'start', valueInteger: 10 },
                { url: 'end', valueInteger: 39 },
              ],
            },
          ],
        },
      ],
      extension: [
        { url: FHIR_SYSTEMS.fixExtension, valueString: 'Change the claim to 27590.' },
        { url: FHIR_SYSTEMS.elementExtension, valueCode: 'newResectionLevel' },
        {
          url: FHIR_SYSTEMS.suggestedCodeExtension,
          valueCoding: { system: FHIR_SYSTEMS.cpt, code: '27590' },
        },
      ],
    });
    expect(fhirR4Validator()(bundle)).toBe(true);
  });

  // The validator must be able to say no: each row breaks one R4 rule.
  const base = (): FhirBundle =>
    toFhirBundle(
      {
        code: {
          claimed: null,
          supported: null,
          basis: 'none',
          candidates: [],
          reasons: [],
          ambiguity: null,
          labelConflicts: [],
          checked: null,
        },
        facts: {},
        anatomy: {} as never,
        findings: [
          {
            id: 'level.undetermined',
            severity: 'warning',
            message: 'No code.',
            evidence: [],
            fix: 'Say more.',
          },
        ],
        route: {
          decision: 'coder-review',
          reasons: [{ decision: 'coder-review', finding: 'level.undetermined', evidence: [], message: 'x' }],
        },
        requirements: [],
        drafts: { operativeNote: '# Note', coderSummary: '# Summary', queries: [] },
        meta: { extractor: 'rules', versions: {}, durationMs: 1 },
      },
      { id: 'req-3', timestamp: TIMESTAMP, newUuid: counter() },
    );
  it.each<[string, (b: FhirBundle) => unknown]>([
    [
      'severity outside the value set',
      (b) => ({
        ...b,
        entry: [b.entry[0], { ...b.entry[1], resource: { ...b.entry[1]?.resource, severity: 'error' } }],
      }),
    ],
    [
      'an unknown property',
      (b) => ({ ...b, entry: [{ ...b.entry[0], resource: { ...b.entry[0]?.resource, draft: 'x' } }] }),
    ],
    ['a bad bundle type', (b) => ({ ...b, type: 'bag' })],
    ['an id with an underscore', (b) => ({ ...b, id: 'req_3' })],
    ['a timestamp without time', (b) => ({ ...b, timestamp: '2026-05-01' })],
  ])('the R4 schema rejects %s', (_name, breakIt) => {
    const validate = fhirR4Validator();
    expect(validate(base())).toBe(true);
    expect(validate(breakIt(base()))).toBe(false);
  });
});

describe('Accept: application/fhir+json over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ now: () => new Date(TIMESTAMP) });
  });
  afterAll(() => server.close());

  it('returns a valid R4 Bundle whose id is the request id', async () => {
    const res = await postNote(server.url, fixture('a-27290-modifier50-claim'), {
      accept: 'application/fhir+json',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const bundle = (await res.json()) as FhirBundle;
    expect(fhirR4Validator()(bundle)).toBe(true);
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      id: res.headers.get('x-request-id'),
      timestamp: TIMESTAMP,
    });
    expect(bundle.entry.some((e) => e.resource.resourceType === 'DetectedIssue')).toBe(true);
  });

  it('keeps plain JSON when the client prefers it', async () => {
    const res = await postNote(server.url, fixture('a-27290-modifier50-claim'), {
      accept: 'application/fhir+json;q=0.5, application/json',
    });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toHaveProperty('findings');
  });
});

describe('prefersFhir', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['application/json', false],
    ['*/*', false],
    ['application/fhir+json', true],
    ['Application/FHIR+JSON; charset=utf-8', true],
    ['application/fhir+json, application/json', true],
    ['application/json, application/fhir+json', false],
    ['application/json;q=0.8, application/fhir+json', true],
    ['application/fhir+json;q=0.5, application/json', false],
    ['application/fhir+json;q=0', false],
    ['text/html, application/fhir+json;q=0.9', true],
  ])('%j -> %s', (accept, expected) => {
    expect(prefersFhir(accept)).toBe(expected);
  });
});
