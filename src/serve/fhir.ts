import { randomUUID } from 'node:crypto';
import type { ProcessResult } from '../pipeline/process.ts';
import type { Evidence } from '../schemas/facts.ts';
import { type Finding, findingKey, type Severity } from '../schemas/findings.ts';

/**
 * Maps a pipeline result to a FHIR R4 Bundle (type `collection`): one DocumentReference holding the
 * drafts as Markdown attachments, and one DetectedIssue per finding, implicating the DocumentReference.
 * Pure: ids and time come from the options.
 */

/** Identifiers opnote owns in FHIR (stable strings, not fetched). */
export const FHIR_SYSTEMS = {
  findingCode: 'https://opnote.dev/fhir/CodeSystem/finding',
  cpt: 'http://www.ama-assn.org/go/cpt',
  loinc: 'http://loinc.org',
  fixExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-fix',
  elementExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-element',
  suggestedCodeExtension: 'https://opnote.dev/fhir/StructureDefinition/finding-suggested-code',
  evidenceSpanExtension: 'https://opnote.dev/fhir/StructureDefinition/evidence-span',
  route: 'https://opnote.dev/fhir/CodeSystem/route',
} as const;

/** LOINC 11504-8, "Surgical operation note". */
const OPERATIVE_NOTE_TYPE = {
  system: FHIR_SYSTEMS.loinc,
  code: '11504-8',
  display: 'Surgical operation note',
};

/** Finding severity to DetectedIssue.severity (FHIR value set detectedissue-severity). */
export const FHIR_SEVERITY: Readonly<Record<Severity, 'high' | 'moderate' | 'low'>> = {
  error: 'high',
  warning: 'moderate',
  info: 'low',
};

interface Coding {
  system: string;
  code: string;
  display?: string;
}

interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueInteger?: number;
  valueCoding?: Coding;
  extension?: Extension[];
}

interface Attachment {
  contentType: string;
  data: string;
  title: string;
}

export interface FhirDocumentReference {
  resourceType: 'DocumentReference';
  id: string;
  status: 'current';
  docStatus: 'preliminary';
  type: { coding: Coding[]; text: string };
  date: string;
  description: string;
  content: Array<{ attachment: Attachment }>;
  /** The note's route (ready, fix-claim, query-physician, coder-review), with its reasons as text. */
  category: Array<{ coding: Coding[]; text: string }>;
  context?: { event: Array<{ coding: Coding[]; text: string }> };
}

export interface FhirDetectedIssue {
  resourceType: 'DetectedIssue';
  id: string;
  status: 'preliminary';
  code: { coding: Coding[]; text: string };
  severity: 'high' | 'moderate' | 'low';
  identifiedDateTime: string;
  implicated: Array<{ reference: string }>;
  detail: string;
  evidence?: Array<{ detail: Array<{ display: string }>; extension: Extension[] }>;
  extension: Extension[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: FhirDocumentReference | FhirDetectedIssue }>;
}

export interface FhirBundleOptions {
  /** Bundle id, a FHIR id (letters, digits, '-', '.'; at most 64): the request id. */
  id: string;
  /** When the bundle was made: an ISO 8601 instant, e.g. new Date().toISOString(). */
  timestamp: string;
  /** Makes the UUIDs of the entries. Default: crypto.randomUUID. */
  newUuid?: () => string;
}

const markdown = (title: string, text: string): { attachment: Attachment } => ({
  attachment: { contentType: 'text/markdown', data: Buffer.from(text, 'utf8').toString('base64'), title },
});

function evidenceEntry(e: Evidence): NonNullable<FhirDetectedIssue['evidence']>[number] {
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

/** One finding as a DetectedIssue implicating the document. */
export function findingToDetectedIssue(
  finding: Finding,
  ids: { id: string; documentUrl: string; timestamp: string },
): FhirDetectedIssue {
  const extension: Extension[] = [{ url: FHIR_SYSTEMS.fixExtension, valueString: finding.fix }];
  if (finding.element !== undefined)
    extension.push({ url: FHIR_SYSTEMS.elementExtension, valueCode: finding.element });
  if (finding.suggestedCode !== undefined)
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
    implicated: [{ reference: ids.documentUrl }],
    detail: finding.message,
    ...(finding.evidence.length > 0 ? { evidence: finding.evidence.map(evidenceEntry) } : {}),
    extension,
  };
}

/** The drafts as a preliminary DocumentReference; the supported CPT code, if any, as the context event. */
export function resultToDocumentReference(
  result: ProcessResult,
  ids: { id: string; timestamp: string },
): FhirDocumentReference {
  const supported = result.code.supported;
  return {
    resourceType: 'DocumentReference',
    id: ids.id,
    status: 'current',
    docStatus: 'preliminary',
    type: { coding: [OPERATIVE_NOTE_TYPE], text: 'Operative note (draft)' },
    date: ids.timestamp,
    description: 'Operative note draft and coder summary generated by opnote from a dictation',
    category: [
      {
        coding: [{ system: FHIR_SYSTEMS.route, code: result.route.decision }],
        text: `Route ${result.route.decision}: ${result.route.reasons.map((r) => r.finding ?? r.signal ?? r.message).join('; ')}`,
      },
    ],
    content: [
      markdown('Operative note (draft)', result.drafts.operativeNote),
      markdown('Coder summary', result.drafts.coderSummary),
      ...result.drafts.queries.map((q) => markdown(`Physician query: ${q.element}`, q.text)),
    ],
    ...(supported === null
      ? {}
      : {
          context: {
            event: [
              {
                coding: [{ system: FHIR_SYSTEMS.cpt, code: supported }],
                text: `Procedure code supported by the documented anatomy (${result.code.basis})`,
              },
            ],
          },
        }),
  };
}

/** Maps a result to a FHIR R4 collection Bundle: the DocumentReference first, then one DetectedIssue per finding. */
export function toFhirBundle(result: ProcessResult, options: FhirBundleOptions): FhirBundle {
  const newUuid = options.newUuid ?? randomUUID;
  const docId = newUuid();
  const documentUrl = `urn:uuid:${docId}`;
  const document = resultToDocumentReference(result, { id: docId, timestamp: options.timestamp });
  const issues = result.findings.map((f) => {
    const id = newUuid();
    return {
      fullUrl: `urn:uuid:${id}`,
      resource: findingToDetectedIssue(f, { id, documentUrl, timestamp: options.timestamp }),
    };
  });
  return {
    resourceType: 'Bundle',
    id: options.id,
    type: 'collection',
    timestamp: options.timestamp,
    entry: [{ fullUrl: documentUrl, resource: document }, ...issues],
  };
}
