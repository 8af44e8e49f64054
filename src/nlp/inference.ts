import type { FeatureKey } from '../codes/features.ts';
import type { Evidence, Fact } from '../schemas/facts.ts';
import type { Sentence } from './types.ts';

/**
 * Inference rules, as data: facts a reader infers from what the note states, when the note does
 * not state them itself. An inferred fact is marked `inferred: {rule, reason}` so that the route
 * can send it to coder review; it never overrides a fact the note states or denies.
 */
export interface InferenceRule {
  id: string;
  /** The features this rule infers (each only when it is not mentioned). */
  infers: readonly { feature: FeatureKey; value?: string }[];
  reason: string;
  /** Sentences (by section and wording) that the inference rests on. */
  sentence?: { sections: readonly Sentence['section'][]; pattern: RegExp; unless?: RegExp };
  /** Features that must be documented (any one of each inner list). */
  requires?: readonly (readonly FeatureKey[])[];
  /** Features that must not be documented. */
  absent?: readonly FeatureKey[];
}

const LIMB = String.raw`(?:(?:left|right)\s+)?(?:lower\s+(?:extremity|limb)|leg|(?:lower\s+)?limb|hind-?\s?quarter)`;
const PELVIS = String.raw`(?:hemi-?\s?pelvis|innominate(?:\s+bone)?|hemipelvic\s+bone|half\s+of\s+the\s+pelvis)`;

export const inferenceRules: readonly InferenceRule[] = [
  {
    id: 'specimen-limb-with-hemipelvis',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    reason:
      'The specimen is the lower limb together with the hemipelvis: the limb was removed with the half of the pelvis, which was divided behind and in front.',
    sentence: {
      sections: ['specimen'],
      pattern: new RegExp(
        `${LIMB}[^.;]{0,40}?(?:with|and|including|en bloc with)\\s+(?:the\\s+)?(?:(?:left|right)\\s+)?${PELVIS}|${PELVIS}[^.;]{0,40}?(?:with|and|including)\\s+(?:the\\s+)?${LIMB}`,
        'i',
      ),
      unless: /\b(?:no|not|none|pending)\b/i,
    },
  },
  {
    id: 'specimen-limb',
    infers: [{ feature: 'limbRemoved' }],
    reason: 'The specimen sent to pathology is the lower limb: the limb was removed.',
    sentence: {
      sections: ['specimen'],
      pattern: new RegExp(`^(?:specimens?\\s*(?::|-)?\\s*)?(?:\\d+[.)]\\s*)?(?:the\\s+)?${LIMB}\\b`, 'i'),
      unless: /\b(?:no|not|none|pending|biops\w*|skin|muscle|tissue|margin|tumou?r|mass|bone|cultures?)\b/i,
    },
  },
  {
    id: 'pelvic-resection-reconstructed-limb-kept',
    infers: [{ feature: 'limbPreserved' }],
    reason:
      'Pelvic bone was resected and the hip or pelvis reconstructed, and no amputation is documented: the limb was kept (an internal hemipelvectomy).',
    requires: [
      ['pelvicBoneResected', 'acetabulumResected', 'innominateResected'],
      ['reconstructionPerformed'],
    ],
    absent: ['limbRemoved', 'hipDisarticulation', 'femurCut'],
  },
];

const documented = (f: Fact | undefined): boolean => f?.status === 'documented';

/**
 * Applies the inference rules to the features: each inferred feature is set only when the note does
 * not mention it, with `inferred` naming the rule and its reason and the evidence it rests on.
 */
export function inferFeatures(
  text: string,
  sentences: readonly Sentence[],
  features: Record<FeatureKey, Fact>,
): void {
  for (const rule of inferenceRules) {
    if (rule.absent?.some((k) => documented(features[k]))) continue;
    if (rule.requires?.some((any) => !any.some((k) => documented(features[k])))) continue;
    let evidence: Evidence[] = [];
    if (rule.sentence) {
      const { sections, pattern, unless } = rule.sentence;
      const hit = sentences.find((s) => {
        if (!sections.includes(s.section)) return false;
        const line = text.slice(s.start, s.end);
        return pattern.test(line) && !unless?.test(line);
      });
      if (!hit) continue;
      evidence = [{ quote: text.slice(hit.start, hit.end), start: hit.start, end: hit.end }];
    } else {
      evidence = (rule.requires ?? []).flatMap((any) => {
        const k = any.find((f) => documented(features[f]));
        return k ? features[k].evidence.slice(0, 1) : [];
      });
    }
    for (const { feature, value } of rule.infers) {
      if (features[feature].status !== 'not_mentioned') continue;
      features[feature] = {
        status: 'documented',
        ...(value === undefined ? {} : { value }),
        evidence,
        inferred: { rule: rule.id, reason: rule.reason },
      };
    }
  }
}
