import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import type { Evidence, Fact } from '../schemas/facts.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import { escapeMarkdown as md } from './escape.ts';
import { placeSentences, wordAligned } from './operative-note.ts';

/** One part of an element that a query can ask for alone (debridement: depth, area). */
export interface QueryPart {
  name: string;
  /** The part is stated when a related sentence matches. */
  stated: RegExp;
  question: string;
  options: readonly string[];
}

/**
 * How to query an element, beyond its definition: the feature whose sentences are its clinical
 * indicators, the parts that can be asked for alone, and clinically reasonable options. Elements
 * with a coded value (src/codes/elements.ts) offer their values as options.
 */
export interface QueryDefinition {
  indicators?: FeatureKey;
  parts?: readonly QueryPart[];
  options?: readonly string[];
}

export const queryDefinitions: Partial<Record<ElementKey, QueryDefinition>> = {
  debridementDetail: {
    indicators: 'debridementPerformed',
    parts: [
      {
        name: 'tissue depth',
        stated: /\b(?:skin|subcutaneous|fascia\w*|muscle|bone|tendon)\b/i,
        question: 'What was the deepest tissue debrided?',
        options: ['Skin', 'Subcutaneous tissue', 'Fascia', 'Muscle', 'Bone'],
      },
      {
        name: 'surface area',
        stated:
          /\b\d+(?:\.\d+)?\s*(?:x|by|×)\s*\d+(?:\.\d+)?\s*(?:cm|centimet\w+)|\b\d+(?:\.\d+)?\s*(?:sq(?:uare)?\.?\s*(?:cm|centimet\w+)|cm2|cm²)/i,
        question: 'What was the surface area debrided?',
        options: ['Surface area in square centimetres (please specify)'],
      },
    ],
  },
  informedConsent: {
    options: [
      'Informed consent was obtained (please document what the discussion covered)',
      'Informed consent was not obtained (please document why)',
    ],
  },
  tumorBoard: {
    options: [
      'Reviewed by a multidisciplinary tumor board (please give the date)',
      'Oncology consultation without a tumor board review',
      'Not reviewed before surgery',
    ],
  },
  surgicalTeam: {
    options: [
      'A co-surgeon participated (please name each surgeon and the distinct portion each performed)',
      'No co-surgeon participated (please name any assistants)',
    ],
  },
  inpatientAdmission: { options: ['Inpatient', 'Outpatient or observation'] },
  preopImaging: { options: ['No preoperative imaging was used'] },
  reconstructionDetail: {
    options: ['Reconstruction performed (please list each component)', 'No reconstruction performed'],
  },
  priorAmputationLevel: {
    options: ['Transfemoral (above-knee) amputation', 'Knee disarticulation', 'Other level (please specify)'],
  },
  // Beside the coded techniques (myodesis, myoplasty): a flap, or none beyond the wound's closure.
  reconstructionTechnique: {
    options: ['A named flap (please specify)', 'No myodesis, myoplasty or flap: the wound was closed only'],
  },
  newResectionLevel: {
    options: ['The femur was cut (please state the level)', 'The femur was not cut'],
  },
};

const humanize = (v: string): string => v.replace(/-/g, ' ').replace(/^[a-z]/, (c) => c.toUpperCase());

/** The coded values of an element (its enum), as options. */
function codedOptions(key: ElementKey): string[] {
  const schema = elementDefs[key] as {
    value?: { options?: unknown; element?: { options?: unknown } };
  };
  const values = schema.value?.options ?? schema.value?.element?.options;
  return Array.isArray(values) ? values.filter((v) => v !== 'other').map((v) => humanize(String(v))) : [];
}

export interface QueryInput {
  transcript: string;
  requirements: readonly RequirementStatus[];
  anatomy: Record<FeatureKey, Fact>;
  /** The note's elements: one the note states two ways (`conflicting`) is queried too. Default: none. */
  facts?: Partial<Record<ElementKey, Fact>>;
}

export interface QueryView {
  element: ElementKey;
  view: {
    label: string;
    indicators: Array<{ quote: string; start: number; end: number }>;
    /** The indicators are the procedure as dictated (the note says nothing of the element itself). */
    context: boolean;
    question: string;
    options: string[];
  };
}

/** The dictated procedure (its own section, else the first sentence of the description), as evidence. */
function procedureEvidence(transcript: string): Evidence[] {
  const placed = placeSentences(transcript);
  const named = placed.filter((p) => p.section === 'procedure');
  const chosen = named.length > 0 ? named : placed.filter((p) => p.section === 'description').slice(0, 1);
  return chosen.slice(0, 2).map(
    (p) =>
      ({
        quote: transcript.slice(p.sentence.start, p.sentence.end),
        start: p.sentence.start,
        end: p.sentence.end,
      }) as Evidence,
  );
}

const shown = (transcript: string, evidence: readonly Evidence[]) =>
  evidence
    .map((e) => wordAligned(transcript, e))
    .filter((e, i, all) => all.findIndex((o) => o.start === e.start && o.end === e.end) === i)
    .slice(0, 3)
    .map((e) => ({ quote: md(e.quote), start: e.start, end: e.end }));

/**
 * Physician queries in the AHIMA/ACDIS compliant-query form: one per required element the note does
 * not address. Each cites the clinical indicators the note does contain (with quotes), asks only for
 * the missing part, and offers clinically reasonable options plus "other" and "unable to determine".
 * A query never names a code, a payment or the claimed code, and is never drafted for what the note
 * states (a stated "not done" that contradicts the claim is a finding for the coder, not a query).
 */
export function queryViews(input: QueryInput): QueryView[] {
  const out: QueryView[] = [];
  let procedure: Evidence[] | undefined;
  for (const req of input.requirements) {
    if (!req.required || req.status !== 'not_mentioned') continue;
    const def = elementDefs[req.element];
    const q = queryDefinitions[req.element];
    const related = q?.indicators ? input.anatomy[q.indicators] : undefined;
    const indicatorEvidence = [
      ...req.evidence,
      ...(related?.status === 'documented' ? related.evidence : []),
    ];
    const relatedText = indicatorEvidence.map((e) => input.transcript.slice(e.start, e.end)).join(' ');
    // Nothing about the element itself: the clinical context the query cites is the procedure as dictated.
    const context = indicatorEvidence.length === 0;
    if (context) {
      procedure ??= procedureEvidence(input.transcript);
      indicatorEvidence.push(...procedure);
    }
    const parts = q?.parts ?? [];
    const missingParts = parts.filter((p) => !p.stated.test(relatedText));
    // Every part stated: nothing to ask (the element is documented in all but the extractor's reading).
    if (parts.length > 0 && missingParts.length === 0) continue;
    const question =
      missingParts.length > 0 && missingParts.length < parts.length
        ? missingParts.map((p) => p.question).join(' ')
        : def.queryQuestion;
    const options =
      missingParts.length > 0 && missingParts.length < parts.length
        ? missingParts.flatMap((p) => p.options)
        : parts.length > 0
          ? parts.flatMap((p) => p.options)
          : [...codedOptions(req.element), ...(q?.options ?? [])];
    out.push({
      element: req.element,
      view: {
        label: md(def.label),
        indicators: shown(input.transcript, indicatorEvidence),
        context,
        question: md(question),
        options: options.map(md),
      },
    });
  }
  return [...out, ...conflictQueries(input)];
}

/**
 * A query for each element the note states two ways: it cites both statements and offers every value
 * (plus "other" and "unable to determine" from the template), never leaning toward either.
 */
function conflictQueries(input: QueryInput): QueryView[] {
  return (Object.entries(input.facts ?? {}) as Array<[ElementKey, Fact | undefined]>).flatMap(
    ([key, fact]) => {
      if (fact?.status !== 'documented' || !fact.conflicting?.length) return [];
      const def = elementDefs[key];
      const options = [...codedOptions(key), ...(queryDefinitions[key]?.options ?? [])];
      return [
        {
          element: key,
          view: {
            label: md(def.label),
            indicators: shown(input.transcript, [
              ...fact.evidence.slice(0, 1),
              ...fact.conflicting.slice(0, 2),
            ]),
            context: false,
            question: md(`The note states this in two ways. ${def.queryQuestion}`),
            options: options.map(md),
          },
        },
      ];
    },
  );
}
