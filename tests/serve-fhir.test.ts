import { readFileSync } from 'node:fs';
import type { Bundle, Communication, Composition, DetectedIssue, Resource, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureKeys } from '../src/codes/features.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { type ProcessResult, processNote } from '../src/pipeline/process.ts';
import { escapeMarkdown, markdownEscapedToXhtml } from '../src/render/escape.ts';
import { draftSections } from '../src/render/operative-note.ts';
import { notMentioned } from '../src/schemas/facts.ts';
import { prefersFhir } from '../src/serve/accept.ts';
import { FHIR_SYSTEMS, type FhirDocument, SECTION_CODES, toFhirDocument } from '../src/serve/fhir.ts';
import {
  FIXTURES,
  fhirR4Validator,
  fixture,
  postNote,
  type RunningServer,
  startServer,
} from './serve-helpers.ts';
import { cardinalityErrors, documentErrors, xhtmlErrors } from './support/fhir-document.ts';

const TIMESTAMP = '2026-05-01T10:00:00.000Z';

/** Deterministic UUIDs for the mapping. */
const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

const resources = <T extends Resource>(b: Bundle, type: T['resourceType']): Array<{ url: string; r: T }> =>
  (b.entry ?? [])
    .filter((e) => e.resource?.resourceType === type)
    .map((e) => ({ url: e.fullUrl as string, r: e.resource as T }));
const composition = (b: Bundle): Composition => b.entry?.[0]?.resource as Composition;
/** The text of an XHTML narrative, entities decoded. */
const plain = (div: string): string =>
  div
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// Internal provenance that must not reach users.
const INTERNAL = /seed (code )?page|editorial brief|DOMAIN\.md|cited references/i;

describe('FHIR R4 document', () => {
  beforeAll(() => {
    fhirR4Validator(); // compile once (about a second)
  });

  const cases = loadFixtures(FIXTURES);
  it.each(cases.map((c) => [c.name, c] as const))('%s maps to a valid R4 document', async (_name, c) => {
    const transcript = readFileSync(c.transcriptPath, 'utf8');
    const claim = c.claimPath ? { claim: JSON.parse(readFileSync(c.claimPath, 'utf8')) } : {};
    const result = await processNote({ transcript, ...claim });
    const bundle = toFhirDocument(result, {
      id: 'req-1',
      timestamp: TIMESTAMP,
      transcript,
      ...claim,
      newUuid: counter(),
    });
    const validate = fhirR4Validator();
    // The whole Bundle, then every resource on its own, against the R4 JSON Schema.
    expect(validate(bundle) ? [] : validate.errors?.slice(0, 3)).toEqual([]);
    for (const e of bundle.entry) {
      const type = e.resource?.resourceType;
      expect(validate(e.resource) ? [] : [type, validate.errors?.slice(0, 3)]).toEqual([]);
    }
    // Cardinality from the R4 StructureDefinitions (the JSON Schema requires little beyond resourceType).
    expect(cardinalityErrors(bundle)).toEqual([]);
    expect(documentErrors(bundle)).toEqual([]);

    const comp = composition(bundle);
    expect(comp).toMatchObject({
      status: 'preliminary',
      type: { coding: [{ system: 'http://loinc.org', code: '11504-8' }] },
      date: TIMESTAMP,
      category: [{ coding: [{ system: FHIR_SYSTEMS.route, code: result.route.decision }] }],
    });
    expect(comp.event?.[0]?.code?.[0]?.coding?.[0]?.code ?? null).toBe(result.code.supported);
    // One section per section of the Markdown draft, in its order.
    const draftTitles = [...result.drafts.operativeNote.matchAll(/^## (.+)$/gm)]
      .map((m) => m[1])
      .filter((t) => draftSections.some((s) => s.title === t));
    const noteSections = (comp.section ?? []).filter((s) => draftSections.some((d) => d.title === s.title));
    expect(noteSections.map((s) => s.title)).toEqual(draftTitles);
    // The same sentences as the Markdown draft, section by section (their offsets), inside the transcript.
    const spans = (text: string) =>
      [...text.matchAll(/\[(\d+)–(\d+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const s of noteSections) {
      const md = result.drafts.operativeNote.split(/^## /m).find((b) => b.startsWith(`${s.title}\n`)) ?? '';
      const own = spans(s.text?.div ?? '');
      expect(own).toEqual(spans(md));
      for (const [start, end] of own)
        expect(
          0 <= (start as number) &&
            (start as number) < (end as number) &&
            (end as number) <= transcript.length,
        ).toBe(true);
    }
    // Findings: one DetectedIssue each, implicating the Composition and listed in its findings section.
    const issues = resources<DetectedIssue>(bundle, 'DetectedIssue');
    expect(issues.map(({ r }) => [r.code?.coding?.[0]?.code, r.severity, r.detail, r.implicated])).toEqual(
      result.findings.map((f) => [
        f.id,
        { error: 'high', warning: 'moderate', info: 'low' }[f.severity],
        f.message,
        [{ reference: bundle.entry[0]?.fullUrl }],
      ]),
    );
    const listed = (comp.section ?? []).flatMap((s) => s.entry?.map((e) => e.reference) ?? []);
    for (const { url } of issues) expect(listed).toContain(url);
    // Queries: a draft Task focused on the Composition and a Communication in preparation with the text.
    const tasks = resources<Task>(bundle, 'Task');
    const comms = resources<Communication>(bundle, 'Communication');
    expect(tasks.map(({ r }) => r.reasonCode?.coding?.[0]?.code)).toEqual(
      result.drafts.queries.map((q) => q.element),
    );
    expect(comms.map(({ r }) => r.payload?.[0]?.contentString)).toEqual(
      result.drafts.queries.map((q) => q.text),
    );
    tasks.forEach(({ url, r }, i) => {
      expect(r).toMatchObject({
        status: 'draft',
        intent: 'proposal',
        focus: { reference: bundle.entry[0]?.fullUrl },
      });
      expect(comms[i]?.r).toMatchObject({ status: 'preparation', basedOn: [{ reference: url }] });
    });
    expect(INTERNAL.exec(JSON.stringify(bundle))?.[0]).toBeUndefined();
  });

  const result = (over: Partial<ProcessResult> = {}): ProcessResult => ({
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
    // Nothing documented: the draft shows the supported code's requirements (the side) as missing.
    anatomy: Object.fromEntries(featureKeys.map((k) => [k, notMentioned()])) as never,
    findings: [],
    route: {
      decision: 'fix-claim',
      reasons: [{ decision: 'fix-claim', finding: 'level.mismatch', evidence: [], message: 'x' }],
    },
    requirements: [],
    drafts: { operativeNote: '# Note', coderSummary: '# Summary', queries: [] },
    meta: { extractor: 'rules', versions: { opnote: '0.1.0' }, durationMs: 1 },
    ...over,
  });

  it('maps one finding in full: code, severity, evidence spans, fix and suggested code', () => {
    const bundle = toFhirDocument(
      result({
        findings: [
          {
            id: 'level.mismatch',
            severity: 'error',
            message: 'The documentation supports 27590, not the claimed 27596.',
            evidence: [{ quote: 'primary above-knee amputation', start: 10, end: 39 }],
            fix: 'Change the claim to 27590.',
            suggestedCode: '27590',
          } as never,
        ],
      }),
      { id: 'req-2', timestamp: TIMESTAMP, transcript: 'x', newUuid: counter() },
    );
    expect(bundle.entry[2]?.resource).toEqual({
      resourceType: 'DetectedIssue',
      id: '00000000-0000-4000-8000-000000000003',
      status: 'preliminary',
      code: {
        coding: [{ system: FHIR_SYSTEMS.findingCode, code: 'level.mismatch' }],
        text: 'level.mismatch',
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
        {
          url: FHIR_SYSTEMS.suggestedCodeExtension,
          valueCoding: { system: FHIR_SYSTEMS.cpt, code: '27590' },
        },
      ],
    });
    expect(fhirR4Validator()(bundle)).toBe(true);
    expect(documentErrors(bundle)).toEqual([]);
  });

  it("identifies the document by the caller's note id, else the request id; no invented patient", () => {
    const withId = composition(
      toFhirDocument(result({ id: 'note-7' }), { id: 'req-4', timestamp: TIMESTAMP, transcript: 'x' }),
    );
    expect(withId.identifier).toEqual({ system: FHIR_SYSTEMS.noteId, value: 'note-7' });
    const without = composition(
      toFhirDocument(result(), { id: 'req-4', timestamp: TIMESTAMP, transcript: 'x' }),
    );
    expect(without.identifier).toEqual({ system: FHIR_SYSTEMS.requestId, value: 'req-4' });
    expect(without.subject).toBeUndefined();
  });

  it('escapes dictated markup in the XHTML narrative (a <script> stays text)', async () => {
    const transcript = `${readFileSync(`${FIXTURES}/a-27290-classic-formatted/transcript.txt`, 'utf8')}\nThe wound was closed <script>alert(1)</script> & dressed with *gauze* [x](javascript:alert(1)).`;
    const r = await processNote({ transcript });
    const bundle = toFhirDocument(r, { id: 'req-5', timestamp: TIMESTAMP, transcript });
    const all = (composition(bundle).section ?? []).map((s) => s.text?.div ?? '').join('');
    expect(all).not.toContain('<script>');
    expect(all).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; dressed with *gauze* [x](javascript:alert(1)).',
    );
    expect(plain(all)).toContain('<script>alert(1)</script> & dressed with *gauze*');
    expect(documentErrors(bundle)).toEqual([]);
  });

  it.each([
    ['plain words', 'plain words'],
    ['a < b > c & d', 'a &lt; b &gt; c &amp; d'],
    ['*x* _y_ [l](u) `c` #h |t| ~s~ \\ {z}', '*x* _y_ [l](u) `c` #h |t| ~s~ \\ {z}'],
    ['&lt; stays text', '&amp;lt; stays text'],
  ])('the draft text %j becomes XHTML text %j', (raw, xhtml) => {
    expect(markdownEscapedToXhtml(escapeMarkdown(raw))).toBe(xhtml);
  });

  it('maps the draft sections to the LOINC section codes of the operative note', () => {
    expect(Object.fromEntries(Object.entries(SECTION_CODES).map(([k, c]) => [k, c?.code ?? null]))).toEqual({
      preopDiagnosis: '10219-4',
      postopDiagnosis: '10218-6',
      procedure: '10223-6',
      surgeons: null,
      anesthesia: '59774-0',
      indications: '59768-2',
      description: '29554-3',
      ebl: '59770-8',
      specimens: '59773-2',
      implants: '59771-6',
      complications: '55109-3',
      disposition: '59775-7',
      other: null,
    });
  });

  // The checks must be able to say no: each row breaks one rule.
  const base = (): FhirDocument =>
    toFhirDocument(
      result({
        findings: [
          {
            id: 'level.undetermined',
            severity: 'warning',
            message: 'No code.',
            evidence: [],
            fix: 'Say more.',
          },
        ],
        drafts: { operativeNote: '', coderSummary: '', queries: [{ element: 'indication', text: 'Why?' }] },
      }),
      { id: 'req-3', timestamp: TIMESTAMP, transcript: 'Spinal anesthesia. EBL 50 mL.', newUuid: counter() },
    );
  const withComposition = (b: FhirDocument, change: (c: Composition) => Composition): FhirDocument => ({
    ...b,
    entry: [{ ...b.entry[0], resource: change(composition(b)) }, ...b.entry.slice(1)],
  });
  it.each<[string, (b: FhirDocument) => unknown]>([
    [
      'severity outside the value set',
      (b) => ({
        ...b,
        entry: b.entry.map((e) =>
          e.resource?.resourceType === 'DetectedIssue'
            ? { ...e, resource: { ...e.resource, severity: 'error' } }
            : e,
        ),
      }),
    ],
    ['an unknown property', (b) => withComposition(b, (c) => ({ ...c, draft: 'x' }) as never)],
    ['a bad bundle type', (b) => ({ ...b, type: 'bag' })],
    ['an id with an underscore', (b) => ({ ...b, id: 'req_3' })],
    ['a timestamp without time', (b) => ({ ...b, timestamp: '2026-05-01' })],
    ['a Composition without author', (b) => withComposition(b, ({ author: _a, ...c }) => c as Composition)],
  ])('the R4 schema rejects %s', (_name, breakIt) => {
    const validate = fhirR4Validator();
    expect(validate(base())).toBe(true);
    expect(validate(breakIt(base()))).toBe(false);
  });

  const mapEntries = (
    b: FhirDocument,
    type: string,
    change: (r: Record<string, unknown>) => unknown,
  ): FhirDocument => ({
    ...b,
    entry: b.entry.map((e) =>
      e.resource?.resourceType === type ? { ...e, resource: change({ ...e.resource }) as Resource } : e,
    ),
  });
  const without = (key: string) => (r: Record<string, unknown>) => {
    delete r[key];
    return r;
  };
  it.each<[string, (b: FhirDocument) => FhirDocument, string]>([
    [
      'a Task without intent',
      (b) => mapEntries(b, 'Task', without('intent')),
      'Bundle.entry.resource.intent is required',
    ],
    [
      'a Task without status',
      (b) => mapEntries(b, 'Task', without('status')),
      'Bundle.entry.resource.status is required',
    ],
    [
      'a Composition without title',
      (b) => mapEntries(b, 'Composition', without('title')),
      'Bundle.entry.resource.title is required',
    ],
    [
      'a Communication without status',
      (b) => mapEntries(b, 'Communication', without('status')),
      'Bundle.entry.resource.status is required',
    ],
    [
      'a DetectedIssue without status',
      (b) => mapEntries(b, 'DetectedIssue', without('status')),
      'Bundle.entry.resource.status is required',
    ],
    [
      'a section narrative without div',
      (b) =>
        withComposition(b, (c) => ({
          ...c,
          section: [{ title: 'X', text: { status: 'generated' } as never }],
        })),
      'Bundle.entry.resource.section.text.div is required',
    ],
    [
      'an extension without url',
      (b) => mapEntries(b, 'DetectedIssue', (r) => ({ ...r, extension: [{ valueString: 'x' }] })),
      'Bundle.entry.resource.extension.url is required',
    ],
  ])('the R4 cardinality check rejects %s', (_name, breakIt, error) => {
    expect(cardinalityErrors(base())).toEqual([]);
    expect(cardinalityErrors(breakIt(base()))).toContain(error);
  });

  it.each<[string, (b: FhirDocument) => FhirDocument, RegExp]>([
    ['no identifier (bdl-9)', ({ identifier: _i, ...b }) => b as FhirDocument, /bdl-9/],
    ['no timestamp (bdl-10)', ({ timestamp: _t, ...b }) => b as FhirDocument, /bdl-10/],
    [
      'the Composition not first (bdl-11)',
      (b) => ({ ...b, entry: [...b.entry.slice(1), b.entry[0] as never] }),
      /bdl-11/,
    ],
    ['a repeated fullUrl (bdl-7)', (b) => ({ ...b, entry: [...b.entry, b.entry[1] as never] }), /bdl-7/],
    [
      'a dangling reference',
      (b) =>
        withComposition(b, (c) => ({
          ...c,
          author: [{ reference: 'urn:uuid:00000000-0000-4000-8000-0000000000ff' }],
        })),
      /not in the bundle/,
    ],
    [
      'an entry the Composition never reaches',
      (b) => withComposition(b, (c) => ({ ...c, section: (c.section ?? []).filter((s) => !s.entry) })),
      /not reachable/,
    ],
    [
      'an empty section (cmp-1)',
      (b) => withComposition(b, (c) => ({ ...c, section: [...(c.section ?? []), { title: 'Empty' }] })),
      /cmp-1/,
    ],
    [
      'raw markup in a narrative',
      (b) =>
        withComposition(b, (c) => ({
          ...c,
          section: [
            {
              title: 'X',
              text: {
                status: 'generated',
                div: '<div xmlns="http://www.w3.org/1999/xhtml"><script>x</script></div>',
              },
            },
            ...(c.section ?? []),
          ],
        })),
      /script not allowed/,
    ],
  ])('the document checks reject %s', (_name, breakIt, message) => {
    expect(documentErrors(base())).toEqual([]);
    expect(documentErrors(breakIt(base())).join('\n')).toMatch(message);
  });

  it.each([
    ['<div xmlns="http://www.w3.org/1999/xhtml"><p>a &amp; b <sup>[1–2]</sup></p></div>', []],
    ['<div xmlns="http://www.w3.org/1999/xhtml"><p>a & b</p></div>', ['bad entity &']],
    ['<div xmlns="http://www.w3.org/1999/xhtml"><p>a</div>', ['unbalanced </div>', 'unclosed div']],
    ['<div><p>a</p></div>', ['root is not an XHTML div']],
  ])('xhtmlErrors(%s)', (div, errors) => {
    expect(xhtmlErrors(div)).toEqual(errors);
  });
});

describe('Accept: application/fhir+json over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ now: () => new Date(TIMESTAMP) });
  });
  afterAll(() => server.close());

  it('returns a valid R4 document whose id is the request id', async () => {
    const res = await postNote(server.url, fixture('a-27290-modifier50-claim'), {
      accept: 'application/fhir+json',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const bundle = (await res.json()) as FhirDocument;
    expect(fhirR4Validator()(bundle)).toBe(true);
    expect(documentErrors(bundle)).toEqual([]);
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'document',
      id: res.headers.get('x-request-id'),
      timestamp: TIMESTAMP,
    });
    expect(bundle.entry[0]?.resource).toMatchObject({ resourceType: 'Composition', status: 'preliminary' });
    expect(bundle.entry.some((e) => e.resource?.resourceType === 'DetectedIssue')).toBe(true);
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
