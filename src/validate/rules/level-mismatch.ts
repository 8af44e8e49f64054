import type { FeatureKey } from '../../codes/features.ts';
import type { LevelCue } from '../../codes/types.ts';
import { defineRule, type GeneratedMutants, type MutationBase } from './define.ts';
import { editUntilGone, keysOf, rewriteSpans, sentenceSpan, withClaim } from './mutation.ts';

const positiveCue = (cue: LevelCue): boolean =>
  cue.is === 'documented' || cue.is === 'oneOf' || cue.is === 'atLeast' || cue.is === 'below';

/** Each positive deciding cue of the supported code, its sentences deleted, claiming the supported code. */
async function cueMutants(base: MutationBase): Promise<GeneratedMutants> {
  const out: GeneratedMutants = { mutants: [], notGenerated: 0 };
  const { result } = base;
  if (result.code.basis !== 'anatomy' || !result.code.supported) return out;
  const supported = base.findCode(result.code.supported);
  if (!supported) return out;
  const claim = withClaim(base.claim, { cpt: supported.code });
  const levelBase =
    claim.cpt === base.claim.cpt
      ? base
      : { ...base, claim, result: await base.process(base.transcript, claim) };
  // Without the cue, the level is another code, no code, a name only, or left open between neighbours.
  const expect = ['level.mismatch', 'level.undetermined', 'level.label-only', 'level.ambiguous'];
  if (expect.some((k) => keysOf(levelBase.result).has(k))) return { mutants: [], notGenerated: 1 };
  const features = [
    ...new Set(supported.levelCues.filter(positiveCue).map((c) => c.feature)),
  ] as FeatureKey[];
  for (const feature of features) {
    const { text, rounds } = await editUntilGone(
      levelBase,
      (r) => r.anatomy[feature],
      (t, evidence) =>
        rewriteSpans(
          t,
          evidence.map((e) => sentenceSpan(t, e)),
          () => '',
        ),
    );
    out.mutants.push({
      kind: 'level-cue-remove',
      detail: feature,
      description: `deleted the sentences documenting ${feature}, a deciding cue of ${supported.code} (${rounds} round${rounds === 1 ? '' : 's'}); claim ${supported.code}`,
      transcript: text,
      claim,
      expect,
    });
  }
  return out;
}

export default defineRule({
  id: 'level.mismatch',
  severity: 'error',
  route: 'fix-claim',
  meaning:
    'the documentation supports another code (`suggestedCode`) than the claimed one, or fits standing candidates the claimed code is not among',
  check({ decision, claimed }) {
    if (!claimed) return [];
    const supported = decision.candidates.find((c) => c.supported);
    const ambiguity = decision.ambiguity;
    if (decision.supported && decision.supported !== claimed.code) {
      const evidence = supported?.cues.filter((c) => c.holds).flatMap((c) => c.evidence) ?? [];
      return [
        {
          id: 'level.mismatch',
          severity: 'error',
          message:
            `The documentation supports ${decision.supported}, not the claimed ${claimed.code}. ${supported?.summary ?? ''}`.trim(),
          evidence: evidence.slice(0, 4),
          fix: `Change the claim to ${decision.supported}, or query the surgeon if the ${claimed.code} anatomy was done but not dictated.`,
          suggestedCode: decision.supported,
        },
      ];
    }
    if (ambiguity && !ambiguity.codes.includes(claimed.code))
      return [
        {
          id: 'level.mismatch',
          severity: 'error',
          message: `The documentation fits ${ambiguity.codes.join(' or ')}, not the claimed ${claimed.code}.`,
          evidence: [],
          fix: `Change the claim to the code the surgeon confirms among ${ambiguity.codes.join(', ')}.`,
        },
      ];
    return [];
  },
  mutants: { kinds: ['level-cue-remove'], generate: cueMutants },
});
