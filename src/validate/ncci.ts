import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import { modifiersIn } from '../codes/modifiers.ts';
import type { EditLookup, PtpMatch } from '../knowledge/apply.ts';
import { type Claim, type ClaimLine, claimLines } from '../schemas/claim.ts';
import type { Fact } from '../schemas/facts.ts';
import type { Finding, FindingOf } from '../schemas/findings.ts';

/** NCCI-associated modifiers that report a distinct procedural service (separate site, session, structure). */
const DISTINCT_SERVICE_MODIFIERS = modifiersIn('distinct-service');

/**
 * What documents a distinct service for a column-2 code, by code prefix: the element whose documentation
 * shows the separate site, session or necessity. Data, like the code knowledge; the first match wins.
 */
export const DISTINCT_SERVICE_ELEMENTS: ReadonlyArray<{ prefixes: string[]; element: ElementKey }> = [
  // Debridement billed beside an amputation or resection: tissue, area and a separate necessity.
  { prefixes: ['1104', '97597', '97598', '11011', '11012'], element: 'debridementDetail' },
  // Grafts, flaps and reconstructions beside an oncologic resection.
  {
    prefixes: ['2090', '2093', '2095', '2096', '2097', '157', '273', '274', '275'],
    element: 'reconstructionDetail',
  },
];

const source = (m: { source: { source: string; date: string } }) => `${m.source.source}, ${m.source.date}`;

export function distinctElement(code: string): ElementKey | undefined {
  return DISTINCT_SERVICE_ELEMENTS.find((d) => d.prefixes.some((p) => code.startsWith(p)))?.element;
}

function ptpFinding(
  edit: PtpMatch,
  first: ClaimLine,
  second: ClaimLine,
  elements: Record<ElementKey, Fact>,
): Finding[] {
  const pair = `${edit.column1}/${edit.column2}`;
  const cite = `NCCI PTP edit ${pair} (${source(edit)}; effective ${edit.effective}${edit.deletion ? `, deleted ${edit.deletion}` : ''}${edit.rationale ? `; rationale: ${edit.rationale}` : ''})`;
  if (edit.modifierIndicator === 9) return [];
  if (edit.modifierIndicator === 0)
    return [
      {
        id: 'ncci.ptp-bundled',
        severity: 'error',
        message: `${edit.column2} is bundled into ${edit.column1} on the same date of service and no modifier bypasses the edit (modifier indicator 0): ${cite}.`,
        evidence: [],
        fix: `Remove ${edit.column2} from the claim; it is not separately payable with ${edit.column1}.`,
      },
    ];
  const mods = [...first.modifiers, ...second.modifiers];
  const distinct = DISTINCT_SERVICE_MODIFIERS.filter((m) => mods.includes(m));
  if (distinct.length === 0)
    return [
      {
        id: 'ncci.ptp-bundled',
        severity: 'error',
        message: `${edit.column2} is bundled into ${edit.column1} unless a distinct service is reported (modifier indicator 1), and neither line carries ${DISTINCT_SERVICE_MODIFIERS.join(', ')}: ${cite}.`,
        evidence: [],
        fix: `Add a distinct-service modifier (59 or XE/XS/XP/XU) to ${edit.column2} only if the note documents a separate site or session; otherwise remove ${edit.column2}.`,
      },
    ];
  const element = distinctElement(edit.column2);
  if (element === undefined)
    return [
      {
        id: 'ncci.ptp-bundled',
        severity: 'info',
        message: `${edit.column2} with ${edit.column1} is billed with ${distinct.join('/')} under ${cite}; opnote cannot check what documents the separate site or session for ${edit.column2}.`,
        evidence: [],
        fix: `Confirm the note documents the separate site or session that ${distinct.join('/')} reports.`,
      },
    ];
  const fact = elements[element];
  if (fact.status === 'documented') return [];
  return [
    {
      id: 'doc.missing',
      element,
      severity: 'error',
      message: `${edit.column2} is billed with ${distinct.join('/')} beside ${edit.column1} (${cite}), but the note does not document what distinguishes it: ${elementDefs[element].label}.`,
      evidence: fact.evidence,
      fix: `Document the separate site or session of ${edit.column2} (${elementDefs[element].label.toLowerCase()}), or remove ${distinct.join('/')} and ${edit.column2}.`,
    },
  ];
}

/**
 * NCCI PTP findings for a claim, from imported CMS edits (practitioner files): each pair of codes on the
 * claim in effect on the date of service gives `ncci.ptp-bundled`, or `doc.missing` of what documents the
 * distinct service (one per pair; the doc.missing rule keeps one per element). Pure.
 */
export function ptpFindings(claim: Claim, edits: EditLookup, elements: Record<ElementKey, Fact>): Finding[] {
  const lines = claimLines(claim);
  const dos = claim.dateOfService;
  const out: Finding[] = [];
  for (const a of lines)
    for (const b of lines) {
      if (a === b || a.cpt === b.cpt) continue;
      const edit = edits.ptp(a.cpt, b.cpt, dos);
      if (edit) out.push(...ptpFinding(edit, a, b, elements));
    }
  return out;
}

/** Units above each code's MUE on the claim (`mue.exceeded`), from imported CMS edits. Pure. */
export function mueFindings(claim: Claim, edits: EditLookup): FindingOf<'mue.exceeded'>[] {
  const dos = claim.dateOfService;
  const units = new Map<string, number>();
  for (const l of claimLines(claim)) units.set(l.cpt, (units.get(l.cpt) ?? 0) + l.units);
  const out: FindingOf<'mue.exceeded'>[] = [];
  for (const [code, n] of units) {
    const mue = edits.mue(code, dos);
    if (!mue || n <= mue.value) continue;
    out.push({
      id: 'mue.exceeded',
      severity: 'error',
      message: `${n} units of ${code} exceed its MUE of ${mue.value} (adjudication indicator ${mue.adjudication}; ${source(mue)}).`,
      evidence: [],
      fix: `Bill at most ${mue.value} unit${mue.value === 1 ? '' : 's'} of ${code}, or document the medical necessity for an appeal.`,
    });
  }
  return out;
}
