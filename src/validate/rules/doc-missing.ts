import { elements as elementDefs } from '../../codes/elements.ts';
import type { CodeDefinition } from '../../codes/types.ts';
import type { Evidence } from '../../schemas/facts.ts';
import type { FindingOf } from '../../schemas/findings.ts';
import { ptpFindings } from '../ncci.ts';
import { conditionHolds, requirementStatuses } from '../requirements.ts';
import { defineRule, type GeneratedMutants, type MutationBase, type RuleContext } from './define.ts';
import { editUntilGone, insertNot, rewriteSpans, sentenceSpan } from './mutation.ts';

type DocMissing = FindingOf<'doc.missing'>;

function requirementGaps(code: CodeDefinition, ctx: RuleContext): DocMissing[] {
  return requirementStatuses(code, ctx).flatMap((req): DocMissing[] => {
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
      },
    ];
  });
}

/** Each required element of the checked code that the note documents, deleted and negated until gone. */
async function elementMutants(base: MutationBase): Promise<GeneratedMutants> {
  const out: GeneratedMutants = { mutants: [], notGenerated: 0 };
  const checked = base.result.code.checked ? base.findCode(base.result.code.checked) : undefined;
  if (!checked) return out;
  for (const req of checked.requirements) {
    if (
      !conditionHolds(req.requiredWhen, { code: checked, claim: base.claim, features: base.result.anatomy })
    )
      continue;
    if (base.result.facts[req.element]?.status !== 'documented') continue;
    // "Pathology (tumor type and margins)" -> "Pathology": a plain subject for the negated sentence.
    const label = elementDefs[req.element].label.replace(/\s*\(.*?\)/g, '');
    const strategies = {
      'element-delete': (text: string, evidence: Evidence[]) =>
        rewriteSpans(
          text,
          evidence.map((e) => sentenceSpan(text, e)),
          () => '',
        ),
      'element-negate': (text: string, evidence: Evidence[], round: number) =>
        rewriteSpans(
          text,
          evidence.map((e) => sentenceSpan(text, e)),
          (s) => (round === 0 ? insertNot(s) : undefined) ?? `${label} was not performed`,
        ),
    } as const;
    for (const [kind, edit] of Object.entries(strategies)) {
      const { text, result, rounds } = await editUntilGone(base, (r) => r.facts[req.element], edit);
      // A conditional requirement whose condition went with the edited text no longer applies; nor does
      // any when the element was also deciding anatomy (the prior amputation of a 27596) and the variant's
      // reading rules the claimed code out: its gaps are moot, the mismatch is the level rule's.
      if (
        result.code.checked !== checked.code ||
        !conditionHolds(req.requiredWhen, { code: checked, claim: base.claim, features: result.anatomy })
      ) {
        out.notGenerated++;
        continue;
      }
      out.mutants.push({
        kind,
        detail: req.element,
        description: `${kind === 'element-delete' ? 'deleted' : 'negated'} the sentences documenting ${req.element} (${rounds} round${rounds === 1 ? '' : 's'}), claim ${base.claim.cpt}`,
        transcript: text,
        claim: base.claim,
        expect: [`doc.missing:${req.element}`],
      });
    }
  }
  return out;
}

export default defineRule({
  id: 'doc.missing',
  severity: 'error',
  route: 'query-physician',
  meaning:
    'a required element of the checked code is not mentioned, or only negated (every single-limb code requires the side; the checked code is the claimed one unless the confident reading rules it out with `level.mismatch`: its gaps are then moot and the supported code is checked, when it has requirements); with `--knowledge`, also what documents the distinct service of an NCCI pair billed with 59/X{EPSU}; never for a generic text (a textbook, an atlas, a series: no physician to ask, route `note.generic`); never when the note states the operation was abandoned before it became any code ("the procedure was abandoned", "closed without amputation": no code the anatomy supports, so none is checked; `level.undetermined` and coder review stay)',
  check(ctx) {
    // A generic text (textbook, atlas, series) has no physician to ask: its elements stay undocumented
    // in the requirements, and the route sends it to coder review (`note.generic`).
    if (ctx.generic) return [];
    const distinct =
      ctx.claim && ctx.claimed && ctx.edits
        ? ptpFindings(ctx.claim, ctx.edits, ctx.elements).filter(
            (f): f is DocMissing => f.id === 'doc.missing',
          )
        : [];
    const gaps = [...distinct, ...(ctx.checked ? requirementGaps(ctx.checked, ctx) : [])];
    // An element asked for twice (a requirement and an NCCI edit) is one finding.
    return gaps.filter((f, i) => gaps.findIndex((g) => g.element === f.element) === i);
  },
  mutants: { kinds: ['element-delete', 'element-negate'], generate: elementMutants },
});
