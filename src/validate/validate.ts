import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import { type FeatureKey, features as featureDefs } from '../codes/features.ts';
import { icd10Laterality } from '../codes/icd10.ts';
import type { CodeDefinition, RequirementCondition } from '../codes/types.ts';
import type { EditLookup } from '../knowledge/apply.ts';
import type { Claim } from '../schemas/claim.ts';
import type { CodeDecision } from '../schemas/decision.ts';
import type { UngroundedClaim } from '../schemas/extraction.ts';
import type { Fact } from '../schemas/facts.ts';
import { bySeverity, type Finding } from '../schemas/findings.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import { editFindings } from './ncci.ts';

export interface ValidateInput {
  claim: Claim | null;
  decision: CodeDecision;
  elements: Record<ElementKey, Fact>;
  features: Record<FeatureKey, Fact>;
  ungrounded: readonly UngroundedClaim[];
  /** Looks a code up in the knowledge. */
  findCode: (code: string) => CodeDefinition | undefined;
  /** Imported NCCI PTP and MUE edits (`--knowledge`). Default: none, so no edit findings. */
  edits?: EditLookup;
}

/**
 * The code whose documentation requirements apply: the claimed code when it has a documentation page,
 * otherwise the supported code when it has one, otherwise none.
 */
export function checkedCode(
  claim: Claim | null,
  decision: CodeDecision,
  findCode: ValidateInput['findCode'],
): CodeDefinition | undefined {
  const claimed = claim ? findCode(claim.cpt) : undefined;
  if (claimed?.documented) return claimed;
  const supported = decision.supported ? findCode(decision.supported) : undefined;
  return supported?.documented ? supported : undefined;
}

interface ConditionContext {
  code: CodeDefinition;
  claim: Claim | null;
  features: Record<FeatureKey, Fact>;
}

/** Whether a requirement applies to this note and claim. */
export function conditionHolds(condition: RequirementCondition, ctx: ConditionContext): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'feature':
      return ctx.features[condition.feature].status === 'documented';
    case 'modifier':
      return ctx.claim?.modifiers.includes(condition.modifier) ?? false;
    case 'otherCptPrefix':
      return ctx.claim?.otherCpt.some((c) => condition.prefixes.some((p) => c.startsWith(p))) ?? false;
    case 'inpatientOnly':
      return ctx.code.inpatientOnly.value;
    case 'diagnosisPrefix':
      return ctx.claim?.icd10.some((c) => condition.prefixes.some((p) => c.startsWith(p))) ?? false;
    case 'anyOf':
      return condition.conditions.some((c) => conditionHolds(c, ctx));
  }
}

/**
 * The checked code's documentation requirements with their status in this note: whether each applies
 * (`required`), how the note meets it, the knowledge's basis and the evidence. Pure.
 */
export function requirementStatuses(code: CodeDefinition, input: ValidateInput): RequirementStatus[] {
  const ctx = { code, claim: input.claim, features: input.features };
  return code.requirements.map((req) => {
    const fact = input.elements[req.element];
    // A procedure on both limbs documents its laterality as both sides.
    const bothSides = req.element === 'laterality' && input.features.bothSides.status === 'documented';
    return {
      element: req.element,
      required: conditionHolds(req.requiredWhen, ctx),
      status: bothSides ? 'documented' : fact.status,
      basis: req.basis,
      evidence: bothSides ? input.features.bothSides.evidence : fact.evidence,
    };
  });
}

function documentationFindings(code: CodeDefinition, input: ValidateInput): Finding[] {
  return requirementStatuses(code, input).flatMap((req) => {
    if (!req.required || req.status === 'documented') return [];
    const def = elementDefs[req.element];
    const negated = req.status === 'negated';
    return [
      {
        id: 'doc.missing',
        element: req.element,
        severity: 'error',
        message: negated
          ? `${def.label} is stated as not done or not available, which does not meet the ${code.code} requirement.`
          : `${def.label} is not documented; ${code.code} requires it.`,
        evidence: req.evidence,
        fix: `Document: ${req.basis}`,
      } satisfies Finding,
    ];
  });
}

function levelFindings(input: ValidateInput): Finding[] {
  const { decision } = input;
  const out: Finding[] = [];
  const supported = decision.candidates.find((c) => c.supported);
  const ambiguity = decision.ambiguity;
  if (ambiguity) {
    const standing = decision.candidates.filter((c) => c.standing);
    out.push({
      id: 'level.ambiguous',
      severity: 'warning',
      message: ambiguity.summary,
      evidence: standing
        .flatMap((c) => c.cues.filter((q) => q.holds).flatMap((q) => q.evidence))
        .filter((e, i, all) => all.findIndex((o) => o.start === e.start && o.end === e.end) === i)
        .slice(0, 3),
      fix:
        ambiguity.kind === 'tie'
          ? `Confirm which procedure was performed (${ambiguity.codes.join(' or ')}), or bill each that was documented.`
          : `Query the surgeon for the ${ambiguity.missing.map((f) => featureLabel(f)).join(' and ')}; it decides between ${ambiguity.codes.join(' and ')}.`,
      candidates: ambiguity.codes,
      missing: ambiguity.missing,
    });
  } else if (decision.supported === null) {
    out.push({
      id: 'level.undetermined',
      severity: 'warning',
      message: 'The documented anatomy does not establish any known procedure code.',
      evidence: [],
      fix: 'Document what was divided or resected, whether the limb or pelvis was kept, and whether bone was cut.',
    });
  } else if (decision.basis === 'label') {
    out.push({
      id: 'level.label-only',
      severity: 'info',
      message: supported?.summary.startsWith(`${decision.supported} rests on`)
        ? supported.summary
        : `${decision.supported} rests only on the procedure name; the deciding anatomy is not described.`,
      evidence: supported?.cues.flatMap((c) => c.evidence).slice(0, 3) ?? [],
      fix: 'Describe the anatomy that decides the level (what was divided, resected or kept).',
    });
  }
  for (const conflict of decision.labelConflicts) {
    out.push({
      id: 'level.label-conflict',
      // A name the anatomy rules out is reported; one it merely does not show sends the note to review.
      severity: conflict.refuted ? 'info' : 'warning',
      message: conflict.summary,
      evidence: [conflict.evidence],
      fix: 'Check the procedure title against the operative description; correct whichever is wrong, or query the surgeon.',
      suggestedCode: conflict.code,
    });
  }
  const claimed = input.claim ? input.findCode(input.claim.cpt) : undefined;
  if (claimed && decision.supported && decision.supported !== claimed.code) {
    const evidence = supported?.cues.filter((c) => c.holds).flatMap((c) => c.evidence) ?? [];
    out.push({
      id: 'level.mismatch',
      severity: 'error',
      message:
        `The documentation supports ${decision.supported}, not the claimed ${claimed.code}. ${supported?.summary ?? ''}`.trim(),
      evidence: evidence.slice(0, 4),
      fix: `Change the claim to ${decision.supported}, or query the surgeon if the ${claimed.code} anatomy was done but not dictated.`,
      suggestedCode: decision.supported,
    });
  } else if (claimed && ambiguity && !ambiguity.codes.includes(claimed.code)) {
    out.push({
      id: 'level.mismatch',
      severity: 'error',
      message: `The documentation fits ${ambiguity.codes.join(' or ')}, not the claimed ${claimed.code}.`,
      evidence: [],
      fix: `Change the claim to the code the surgeon confirms among ${ambiguity.codes.join(', ')}.`,
    });
  }
  return out;
}

const featureLabel = (f: FeatureKey): string => featureDefs[f].label.toLowerCase();

const SIDE_MODIFIER: Record<string, 'left' | 'right'> = { LT: 'left', RT: 'right' };

function modifierFindings(code: CodeDefinition, claim: Claim, input: ValidateInput): Finding[] {
  const out: Finding[] = [];
  const mods = claim.modifiers;
  const side = input.elements.laterality;
  const sides = mods.filter((m) => m in SIDE_MODIFIER);
  if (code.singleLimb && sides.length === 0 && !mods.includes('50')) {
    out.push({
      id: 'modifier.laterality-missing',
      severity: 'error',
      message: `${code.code} is a single-limb procedure but the claim carries neither LT nor RT.`,
      evidence: side.evidence,
      fix:
        side.status === 'documented'
          ? `Add ${side.value === 'left' ? 'LT' : 'RT'} (the note documents the ${String(side.value)} side).`
          : 'Add LT or RT once the side is documented.',
    });
  }
  const claimedSides = new Set(sides.map((m) => SIDE_MODIFIER[m]));
  if (
    claimedSides.size > 1 ||
    (side.status === 'documented' &&
      claimedSides.size === 1 &&
      !claimedSides.has(side.value as 'left' | 'right'))
  ) {
    out.push({
      id: 'modifier.laterality-conflict',
      severity: 'error',
      message:
        claimedSides.size > 1
          ? 'The claim carries both LT and RT on one single-limb line.'
          : `The claim says ${sides.join('/')} but the note documents the ${String(side.value)} side.`,
      evidence: side.evidence,
      fix:
        side.status === 'documented'
          ? `Use ${side.value === 'left' ? 'LT' : 'RT'} to match the note.`
          : 'Keep one side modifier, matching the note.',
    });
  }
  // Bilateral indicator: 1 or 3 allow 50 when both sides were operated; 0, 2 and 9 never do.
  const bilateralPayable = code.flags.bilateral === 1 || code.flags.bilateral === 3;
  if (mods.includes('50') && !bilateralPayable) {
    out.push({
      id: 'modifier.50-not-allowed',
      severity: 'error',
      message: `Modifier 50 is not payable on ${code.code} (bilateral indicator ${code.flags.bilateral}).`,
      evidence: [],
      fix: 'Remove 50 and report the operated side with LT or RT.',
    });
  } else if (mods.includes('50') && input.features.bothSides.status !== 'documented') {
    out.push({
      id: 'modifier.50-undocumented',
      severity: 'error',
      message: 'Modifier 50 says both sides were operated, but the note documents only one side.',
      evidence: side.evidence,
      fix: 'Document the procedure on both sides, or replace 50 with LT or RT.',
    });
  }
  if (mods.includes('50') && sides.length > 0 && bilateralPayable) {
    out.push({
      id: 'modifier.laterality-conflict',
      severity: 'error',
      message: `50 (both sides) and ${sides.join('/')} (one side) contradict each other on one line.`,
      evidence: side.evidence,
      fix: 'Keep 50 for a bilateral procedure, or LT/RT for one side.',
    });
  }
  if (mods.includes('62')) {
    // Co-surgeon indicator: 1 (with documentation) or 2 allow 62; 0 and 9 do not.
    if (code.flags.coSurgeon !== 1 && code.flags.coSurgeon !== 2) {
      out.push({
        id: 'modifier.62-not-allowed',
        severity: 'error',
        message: `Co-surgery (62) is not allowed on ${code.code} (co-surgeon indicator ${code.flags.coSurgeon}).`,
        evidence: [],
        fix: 'Remove 62; each surgeon bills their own procedure if distinct.',
      });
    } else if (input.features.coSurgeon.status !== 'documented') {
      out.push({
        id: 'modifier.62-undocumented',
        severity: 'error',
        message:
          'Modifier 62 is claimed but the note documents no co-surgeon (an assistant or resident is not one).',
        evidence: input.features.coSurgeon.evidence,
        fix: 'Document both surgeons by name and the distinct part each performed, or remove 62.',
      });
    }
  }
  if (mods.includes('22') && input.features.unusualWork.status !== 'documented') {
    out.push({
      id: 'modifier.22-undocumented',
      severity: 'error',
      message: 'Modifier 22 is claimed without documented unusual time or complexity.',
      evidence: input.features.unusualWork.evidence,
      fix: 'Document the extra time and its cause (e.g. dense adhesions, prior radiation, obesity), or remove 22.',
    });
  }
  const assistants = mods.filter((m) => ['80', '81', '82', 'AS'].includes(m));
  // Assistant indicator 1 (statutory restriction) and 9 (not applicable): no assistant payment.
  if (assistants.length > 0 && (code.flags.assistant === 1 || code.flags.assistant === 9)) {
    out.push({
      id: 'modifier.assistant-not-paid',
      severity: 'warning',
      message: `${assistants.join('/')} on ${code.code}: the assistant-at-surgery indicator is 1, so the assistant is not paid.`,
      evidence: [],
      fix: 'Do not bill an assistant-at-surgery line for this code unless the payer has a documented exception.',
    });
  }
  const misplaced = mods.filter((m) => ['24', '25', '57'].includes(m));
  if (misplaced.length > 0) {
    out.push({
      id: 'modifier.global-misuse',
      severity: 'error',
      message: `${misplaced.join('/')} belong on an E/M line, not on the surgical code ${code.code}.`,
      evidence: [],
      fix: 'Move the modifier to the E/M service (57 for the decision for surgery, 24 for an unrelated post-op E/M, 25 for a separate same-day E/M).',
    });
  }
  return out;
}

function placeOfServiceFindings(code: CodeDefinition, claim: Claim): Finding[] {
  const pos = claim.placeOfService;
  if (pos === undefined) return [];
  if (code.inpatientOnly.value && pos !== '21') {
    return [
      {
        id: 'pos.inpatient-only',
        // An unverified flag is reported, not enforced.
        severity: code.inpatientOnly.unverified ? 'info' : 'error',
        message: `${code.code} is inpatient-only (status indicator ${code.inpatientOnly.statusIndicator ?? 'C'}, ${code.inpatientOnly.source}, ${code.inpatientOnly.date}) but the claim's place of service is ${pos}.`,
        evidence: [],
        fix: 'Bill with place of service 21 and an inpatient admission, or confirm the payer covers it outpatient.',
      },
    ];
  }
  if (pos === '11' && !code.officeSetting.value) {
    return [
      {
        id: 'pos.office-setting',
        severity: 'warning',
        message: `${code.code} is billed at place of service 11 (office), which is not a usual setting for it.`,
        evidence: [],
        fix: 'Confirm the place of service; this procedure is performed in a facility.',
      },
    ];
  }
  return [];
}

function diagnosisFindings(code: CodeDefinition, claim: Claim, input: ValidateInput): Finding[] {
  const out: Finding[] = [];
  if (
    claim.icd10.length > 0 &&
    // A secondary status code (e.g. Z89.61x) supports only alongside a primary diagnosis.
    !claim.icd10.some((dx) => code.supportingDiagnoses.some((s) => !s.secondary && dx.startsWith(s.prefix)))
  ) {
    // An unverified supporting-diagnosis list is reported, not enforced (DOMAIN.md: not hard errors).
    const verified = code.diagnosisSource !== undefined && code.diagnosisSource.unverified !== true;
    out.push({
      id: 'dx.mismatch',
      severity: verified ? 'error' : 'info',
      message: `None of the claimed diagnoses (${claim.icd10.join(', ')}) supports ${code.code}.`,
      evidence: [],
      fix: `Use a diagnosis that supports the procedure, e.g. ${code.supportingDiagnoses
        .slice(0, 3)
        .map((s) => `${s.prefix} (${s.description})`)
        .join('; ')}.`,
    });
  }
  const side = input.elements.laterality;
  const bothSides = input.features.bothSides.status === 'documented';
  // The side to compare with: the note's; when the note is silent, the claim's single LT/RT.
  const claimedSides = claim.modifiers.filter((m) => m === 'LT' || m === 'RT');
  const reference =
    side.status === 'documented'
      ? { side: String(side.value), from: 'the note documents' }
      : claimedSides.length === 1
        ? { side: claimedSides[0] === 'LT' ? 'left' : 'right', from: `the claim's ${claimedSides[0]} says` }
        : undefined;
  for (const dx of claim.icd10) {
    const lat = icd10Laterality(dx);
    if (!lat) continue;
    const wrongLimb = code.singleLimb && lat.limb === 'arm';
    const wrongSide =
      !bothSides && reference !== undefined && lat.side !== 'unspecified' && lat.side !== reference.side;
    if (!wrongLimb && !wrongSide) continue;
    out.push({
      id: 'dx.laterality-conflict',
      severity: 'error',
      message: wrongLimb
        ? `${dx} denotes the ${lat.side} upper limb (${lat.family}); this is a lower-limb procedure.`
        : `${dx} denotes the ${lat.side} side (${lat.family}) but ${reference?.from} the ${reference?.side} side.`,
      evidence: side.evidence,
      fix: `Use the ${lat.family} character for the ${reference?.side ?? 'documented'} leg.`,
    });
  }
  return out;
}

function ungroundedFindings(input: ValidateInput): Finding[] {
  return input.ungrounded.map((u) => ({
    id: 'doc.ungrounded',
    element: u.key,
    severity: 'warning',
    message:
      u.reason === 'value'
        ? `The extractor's value for ${u.key} is not stated by its own quotes (a number, side or term the quoted text does not say); it does not count.`
        : `The extractor's quote for ${u.key} could not be grounded in the clinical text of the transcript (not found, or taken from an instruction rather than documentation); it does not count.`,
    evidence: [],
    fix: 'Review the transcript for this element; re-run extraction or document it explicitly.',
  }));
}

/** All findings for a processed note. Pure: no I/O, no clock, no environment. */
export function validate(input: ValidateInput): Finding[] {
  const findings: Finding[] = [...levelFindings(input), ...ungroundedFindings(input)];
  const claim = input.claim;
  if (claim) {
    const claimed = input.findCode(claim.cpt);
    if (!claimed) {
      findings.push({
        id: 'code.unknown',
        severity: 'error',
        message: `CPT ${claim.cpt} is not in the code knowledge.`,
        evidence: [],
        fix: `Check the code; known codes can be listed with 'opnote codes'.${input.decision.supported ? ` The documentation supports ${input.decision.supported}.` : ''}`,
        ...(input.decision.supported ? { suggestedCode: input.decision.supported } : {}),
      });
    } else {
      findings.push(
        ...modifierFindings(claimed, claim, input),
        ...placeOfServiceFindings(claimed, claim),
        ...diagnosisFindings(claimed, claim, input),
        ...(input.edits ? editFindings(claim, input.edits, input.elements) : []),
      );
    }
  }
  const checked = checkedCode(claim, input.decision, input.findCode);
  if (checked) findings.push(...documentationFindings(checked, input));
  // An element asked for twice (a requirement and an NCCI edit) is one finding.
  return findings
    .filter(
      (f, i) =>
        f.id !== 'doc.missing' || findings.findIndex((g) => g.id === f.id && g.element === f.element) === i,
    )
    .sort(bySeverity);
}
