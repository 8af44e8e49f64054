import { describe, expect, it } from 'vitest';
import { type FeatureKey, featureKeys } from '../src/codes/features.ts';
import { codes } from '../src/codes/index.ts';
import type { LabelMention } from '../src/extract/labels.ts';
import type { Fact } from '../src/schemas/facts.ts';
import { decideLevel } from '../src/validate/level.ts';

type Spec = Partial<Record<FeatureKey, 'documented' | 'negated' | number | string>>;

/** Builds a feature map: a number or string is a documented value. */
function features(spec: Spec): Record<FeatureKey, Fact> {
  return Object.fromEntries(
    featureKeys.map((k) => {
      const v = spec[k];
      const ev = [{ quote: k, start: 0, end: k.length }];
      if (v === undefined) return [k, { status: 'not_mentioned', evidence: [] }];
      if (v === 'documented') return [k, { status: 'documented', evidence: ev }];
      if (v === 'negated') return [k, { status: 'negated', evidence: ev }];
      return [k, { status: 'documented', value: v, evidence: ev }];
    }),
  ) as Record<FeatureKey, Fact>;
}
const d = 'documented' as const;
const decide = (spec: Spec, labels: LabelMention[] = [], claimed: string | null = null) =>
  decideLevel({ features: features(spec), labels, claimedCode: claimed, codes });

describe('level decision from anatomy', () => {
  it.each<[string, Spec, string | null]>([
    [
      'hindquarter: SI joint + symphysis, limb removed',
      {
        posteriorPelvicDivision: 'sacroiliac-joint',
        anteriorPelvicDivision: 'pubic-symphysis',
        limbRemoved: d,
      },
      '27290',
    ],
    ['hip disarticulation: pelvis kept', { hipDisarticulation: d, limbRemoved: d }, '27295'],
    [
      'hip joint + pelvic divisions is a hindquarter, not 27295',
      {
        hipDisarticulation: d,
        posteriorPelvicDivision: 'ilium',
        anteriorPelvicDivision: 'pubic-rami',
        limbRemoved: d,
      },
      '27290',
    ],
    [
      'pelvic divisions with the limb kept, the ilium named: internal resection of the ilium',
      {
        posteriorPelvicDivision: 'ilium',
        anteriorPelvicDivision: 'pubic-symphysis',
        pelvicBoneResected: d,
        iliumOrRamusResected: d,
        limbPreserved: d,
      },
      '27075',
    ],
    // Issue 10: an absent fact never elects a code; which part of the bone was taken must be stated.
    [
      'pelvic resection with the limb kept, no part named, decides nothing',
      { pelvicBoneResected: d, limbPreserved: d },
      null,
    ],
    [
      'internal resection with acetabulum',
      { pelvicBoneResected: d, acetabulumResected: d, limbPreserved: d },
      '27076',
    ],
    [
      'whole innominate, limb kept',
      { pelvicBoneResected: d, acetabulumResected: d, innominateResected: d, limbPreserved: d },
      '27077',
    ],
    ['pelvic resection without the limb stated as kept decides nothing', { pelvicBoneResected: d }, null],
    ['primary thigh amputation, closed', { femurCut: d, limbRemoved: d }, '27590'],
    [
      'primary thigh amputation with immediate prosthesis',
      { femurCut: d, limbRemoved: d, immediateProsthesis: d },
      '27591',
    ],
    ['open guillotine thigh amputation', { femurCut: d, limbRemoved: d, woundLeftOpen: d }, '27592'],
    [
      're-amputation: prior amputation and femur cut',
      { priorAmputation: 'transfemoral (above-knee)', femurCut: d },
      '27596',
    ],
    [
      'stump revision without femoral cut',
      { priorAmputation: 'transfemoral (above-knee)', femurCut: 'negated' },
      '27594',
    ],
    ['knee disarticulation', { kneeDisarticulation: d, limbRemoved: d }, '27598'],
    ['bone tumor resected en bloc, limb kept', { boneResected: d, wideMargin: d, femurCut: d }, '27365'],
    ['soft-tissue tumor 3.5 cm', { softTissueTumorResection: d, tumorSizeCm: 3.5, wideMargin: d }, '27329'],
    ['soft-tissue tumor 5.5 cm', { softTissueTumorResection: d, tumorSizeCm: 5.5, wideMargin: d }, '27364'],
    ['soft-tissue tumor of unstated size decides nothing', { softTissueTumorResection: d }, null],
    // A tumour shelled out or enucleated (the wide margin denied) is no radical resection; silence is.
    ['soft-tissue tumor 5.5 cm, margin unstated', { softTissueTumorResection: d, tumorSizeCm: 5.5 }, '27364'],
    [
      'soft-tissue tumor 5.5 cm shelled out (wide margin denied)',
      { softTissueTumorResection: d, tumorSizeCm: 5.5, wideMargin: 'negated' },
      null,
    ],
    [
      'soft-tissue tumor 3.5 cm enucleated (wide margin denied)',
      { softTissueTumorResection: d, tumorSizeCm: 3.5, wideMargin: 'negated' },
      null,
    ],
    ['curettage, no graft', { curettage: d }, '27355'],
    ['curettage with allograft', { curettage: d, graft: 'allograft' }, '27356'],
    ['curettage with autograft', { curettage: d, graft: 'autograft' }, '27357'],
    ['nothing documented', {}, null],
  ])('%s -> %s', (_name, spec, code) => {
    expect(decide(spec).supported).toBe(code);
  });
});

describe('labels are a fallback, never stronger than anatomy', () => {
  const hemipelvectomy: LabelMention = {
    code: '27290',
    length: 14,
    evidence: { quote: 'hemipelvectomy', start: 0, end: 14 },
    section: 'title',
  };

  it('a procedure name decides only when no anatomy does', () => {
    const decision = decide({}, [hemipelvectomy]);
    expect([decision.supported, decision.basis]).toEqual(['27290', 'label']);
  });

  it('"hemipelvectomy" in an addendum does not turn a hip disarticulation into 27290', () => {
    const decision = decide({ hipDisarticulation: d, limbRemoved: d }, [hemipelvectomy], '27290');
    expect([decision.supported, decision.basis]).toEqual(['27295', 'anatomy']);
  });

  it('a procedure name does not win over anatomy the note denies', () => {
    const decision = decide(
      { posteriorPelvicDivision: 'negated', anteriorPelvicDivision: 'negated', limbRemoved: d },
      [hemipelvectomy],
    );
    expect(decision.supported).not.toBe('27290');
  });

  it('a label contradicted by the anatomy is not used', () => {
    expect(decide({ limbPreserved: d }, [hemipelvectomy]).supported).toBeNull();
  });
});

describe('explanations', () => {
  it('says for each neighbour why it was not chosen, citing evidence', () => {
    const decision = decide({ hipDisarticulation: d, limbRemoved: d }, [], '27290');
    const c27290 = decision.candidates.find((c) => c.code === '27290');
    expect(c27290?.supported).toBe(false);
    expect(c27290?.why).toMatch(/requires posterior pelvic division documented, which is not documented/);
    expect(decision.reasons[0]).toMatch(/^27295 supported by the anatomy/);
    expect(decision.candidates.map((c) => c.code)).toEqual(
      expect.arrayContaining(['27290', '27295', '27075', '27076', '27077']),
    );
  });
});

describe('decisions only from positive evidence (issue 10)', () => {
  const scarRevision: LabelMention = {
    code: '27594',
    length: 13,
    evidence: { quote: 'scar revision', start: 0, end: 13 },
    section: 'title',
  };
  const aka: LabelMention = {
    code: '27590',
    length: 21,
    evidence: { quote: 'above-knee amputation', start: 20, end: 41 },
    section: 'title',
  };

  it('27594 is not elected by a prior amputation plus "no femur cut documented"', () => {
    const decision = decide({ priorAmputation: 'transfemoral (above-knee)' });
    expect([decision.supported, decision.ambiguity]).toEqual([
      null,
      {
        kind: 'missing-fact',
        codes: ['27594', '27596'],
        missing: ['femurCut'],
        summary:
          'The documentation fits 27594 or 27596 and does not state the femur cut, which decides between them.',
      },
    ]);
    expect(decision.candidates.filter((c) => c.standing).map((c) => c.code)).toEqual(['27594', '27596']);
  });

  it('a soft-tissue resection with no size is not "< 5 cm": 27329 and 27364 stand', () => {
    const decision = decide({ softTissueTumorResection: d, wideMargin: d }, [], '27364');
    expect([decision.supported, decision.ambiguity?.codes, decision.ambiguity?.missing]).toEqual([
      null,
      ['27329', '27364'],
      ['tumorSizeCm'],
    ]);
  });

  it('a pelvic resection with the limb kept and no part named leaves 27075, 27076 and 27077 standing', () => {
    // Issue 10: silence about the acetabulum and the whole bone never elects 27075; the three parts
    // answer one question, so the three codes stand together with it.
    const decision = decide({ pelvicBoneResected: d, limbPreserved: d, wideMargin: d });
    expect([decision.supported, decision.ambiguity?.codes, decision.ambiguity?.missing]).toEqual([
      null,
      ['27075', '27076', '27077'],
      ['acetabulumResected', 'iliumOrRamusResected', 'innominateResected'],
    ]);
    expect(decision.ambiguity?.summary).toMatch(
      /does not state which part of the innominate bone was resected \(/,
    );
    for (const [spec, code] of [
      [{ iliumOrRamusResected: d }, '27075'],
      [{ acetabulumResected: d }, '27076'],
      [{ innominateResected: d }, '27077'],
    ] as const)
      expect(decide({ pelvicBoneResected: d, limbPreserved: d, ...spec }).supported).toBe(code);
  });

  it('a kept limb with no pelvic resection documented leaves no pelvic-resection code standing (gaps 8)', () => {
    // Which part of the innominate bone was resected presupposes a pelvic resection (features.ts).
    for (const spec of [
      { limbPreserved: d },
      { limbPreserved: d, wideMargin: d },
      { limbPreserved: d, malignancy: d },
    ])
      expect([decide(spec).supported, decide(spec).ambiguity]).toEqual([null, null]);
    // A documented pelvic resection opens the question again: the three stand.
    expect(decide({ limbPreserved: d, pelvicBoneResected: d }).ambiguity?.codes).toEqual([
      '27075',
      '27076',
      '27077',
    ]);
  });

  it('a stated procedure name may split neighbours the anatomy leaves open, and says so', () => {
    const decision = decide({ priorAmputation: 'transfemoral (above-knee)' }, [scarRevision]);
    expect([decision.supported, decision.basis, decision.ambiguity]).toEqual(['27594', 'label', null]);
    expect(decision.reasons[0]).toMatch(/leaves 27594 or 27596 open \(femur cut not stated\)/);
  });

  it('a tie between codes neither of which is more specific is a finding, and the pick says it is a tie-break', () => {
    // An immediate fitting on a wound left open: neither 27591 nor 27592 needs every fact of the other.
    const decision = decide({ femurCut: d, limbRemoved: d, immediateProsthesis: d, woundLeftOpen: d });
    expect(decision.ambiguity?.kind).toBe('tie');
    expect(decision.ambiguity?.codes).toEqual(['27591', '27592']);
    expect(decision.reasons[0]).toMatch(/only because it has the lower work RVU \(a conservative tie-break/);
    expect(decision.reasons.join(' ')).not.toMatch(/more specific: it needs/);
  });

  it.each([
    [{ pelvicBoneResected: d, acetabulumResected: d }, '27076'],
    [{ innominateResected: d }, '27077'],
  ] as const)(
    'the femur resected with the pelvis %j is the pelvic resection (%s), no tie with 27365',
    (pelvis, code) => {
      const decision = decide({ ...pelvis, limbPreserved: d, boneResected: d, wideMargin: d });
      expect([decision.supported, decision.basis, decision.ambiguity]).toEqual([code, 'anatomy', null]);
    },
  );

  it('"more specific" is said only when one code needs every fact of the other, and more', () => {
    // A knowledge in which 27590 does not exclude the immediate prosthesis: both hold, 27591 needs more.
    const c27590 = codes.find((c) => c.code === '27590');
    const c27591 = codes.find((c) => c.code === '27591');
    if (!c27590 || !c27591) throw new Error('missing code');
    const loose = {
      ...c27590,
      levelCues: c27590.levelCues.filter((c) => c.feature !== 'immediateProsthesis'),
    };
    const decision = decideLevel({
      features: features({ femurCut: d, limbRemoved: d, immediateProsthesis: d }),
      labels: [],
      claimedCode: null,
      codes: [loose, c27591],
    });
    expect([decision.supported, decision.ambiguity]).toEqual(['27591', null]);
    expect(decision.candidates.find((c) => c.code === '27590')?.why).toBe(
      '27590 also fits the anatomy, but 27591 is more specific: it needs every fact 27590 needs, and more.',
    );
  });

  it('a stated procedure name that contradicts the described anatomy is a conflict, whichever wins', () => {
    const hemipelvectomy: LabelMention = {
      code: '27290',
      length: 14,
      evidence: { quote: 'hemipelvectomy', start: 0, end: 14 },
      section: 'title',
    };
    const decision = decide({ hipDisarticulation: d, limbRemoved: d }, [hemipelvectomy]);
    expect([decision.supported, decision.labelConflicts]).toEqual([
      '27295',
      [
        {
          code: '27290',
          evidence: hemipelvectomy.evidence,
          refuted: false,
          summary: 'The stated procedure name points at 27290, but the described anatomy supports 27295.',
        },
      ],
    ]);
  });

  it('a name the anatomy rules out is a refuted conflict (the reading is confident)', () => {
    const title: LabelMention = {
      code: '27290',
      length: 14,
      evidence: { quote: 'hemipelvectomy', start: 0, end: 14 },
      section: 'title',
    };
    const decision = decide({ pelvicBoneResected: d, acetabulumResected: d, limbPreserved: d }, [title]);
    expect([decision.supported, decision.labelConflicts.map((c) => c.refuted)]).toEqual(['27076', [true]]);
  });

  it('a procedure name mentioned in passing in the description is not a conflict', () => {
    const inPassing: LabelMention = {
      code: '27290',
      length: 14,
      evidence: { quote: 'hemipelvectomy', start: 0, end: 14 },
      section: 'description',
    };
    expect(decide({ hipDisarticulation: d, limbRemoved: d }, [inPassing]).labelConflicts).toEqual([]);
  });

  it.each<[string, Spec, LabelMention[]]>([
    [
      'a less specific name of the same procedure',
      { femurCut: d, limbRemoved: d, immediateProsthesis: d },
      [aka],
    ],
    [
      'the name of the amputation a re-amputation revises',
      { priorAmputation: 'transfemoral', femurCut: d },
      [aka],
    ],
  ])('no conflict for %s', (_name, spec, labels) => {
    expect(decide(spec, labels).labelConflicts).toEqual([]);
  });
});
