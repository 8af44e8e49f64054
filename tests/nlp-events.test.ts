import { describe, expect, it } from 'vitest';
import { sentenceEvents } from '../src/nlp/events.ts';
import { featuresFromEvents } from '../src/nlp/procedure-features.ts';
import { tokenize } from '../src/nlp/tokens.ts';

const describeEvents = (text: string): string[] =>
  sentenceEvents(text, { start: 0, end: text.length, section: 'description' }).map(
    (e) =>
      `${e.action} ${e.structures.map((s) => s.id).join('+')}${e.location ? ` @${e.location.id}` : ''}${e.context ? ` (${e.context.category})` : ''}`,
  );

describe('procedure events: actions linked to what they act on', () => {
  it.each([
    // coordination
    [
      'Division of the symphysis pubis and the sacro-iliac joint was performed.',
      ['divide pubic-symphysis+sacroiliac-joint'],
    ],
    ['The symphysis and the sacral iliac joint were divided.', ['divide pubic-symphysis+sacroiliac-joint']],
    [
      'We divided the symphysis with a Gigli saw and the SI joint with an osteotome.',
      ['divide pubic-symphysis+sacroiliac-joint'],
    ],
    // nominalisation and infinitive
    ['This was followed by complete removal of the innominate bone.', ['remove innominate']],
    ['A separate incision was used to remove the hemi-pelvis.', ['remove innominate']],
    // appositives and relative clauses
    [
      'The femur, together with the prosthesis, was disarticulated at the hip joint.',
      ['disarticulate femur @hip-joint'],
    ],
    ['The femur, which had been exposed, was transected with a saw.', ['divide femur']],
    ['The SI joint, not the ilium, was divided.', ['divide sacroiliac-joint']],
    ['The ilium, which was then divided with a Gigli saw, was retracted.', ['divide ilium']],
    // "head of the femur" is not the femur
    ['The head of the femur was separated from the acetabulum.', ['disarticulate femoral-head']],
    ['The amputated part is removed.', ['remove limb']],
    // terse and speech-recognition forms
    ['femur trans sected 10 cm above the knee', ['divide femur']],
    ['The femur was re-cut 4 cm proximally.', ['divide femur']],
    // a structure that only qualifies a lesion is not the object: the tumour is (sited in the femur)
    ['Excision of the distal femur tumor was performed.', ['resect tumour']],
    // context travels with the event
    ['The femur was not cut.', ['divide femur (negated)']],
    ['No complications, the femur was transected.', ['divide femur']],
    // fronted (topicalised) objects; a place after the verb is never the object
    ['The femur we divided with the saw at the mid-shaft.', ['divide femur']],
    ['The limb we sent to pathology.', ['remove limb']],
    // an adverbial before the subject is no fronted object: the object follows the verb
    ['In this patient we divided the femur with a saw.', ['divide femur']],
    ['Through the same incision we divided the sacroiliac joint.', ['divide sacroiliac-joint']],
    ['Having exposed the bone we cut the femur.', ['divide femur']],
    ['The short rotators we cut near the femur.', []],
    ['The muscles around the femur were divided.', ['divide muscle']],
    ['The femur 10 cm above the knee joint was divided.', ['divide femur']],
    ['The soft tissue was cleared from the femur, which was then divided.', ['divide femur']],
    // gaps-2: bone taken off an end, trimmed or nibbled back; trimmed soft tissue is no bone
    ['The femur was trimmed by 2 cm.', ['shorten femur']],
    ['We trimmed the femur back with the saw.', ['shorten femur']],
    ['The end of the femur was nibbled back with a rongeur.', ['shorten femur']],
    ['The redundant flaps were trimmed.', []],
    // negation across adverbs, commas and coordinated participles
    ['The femur was, however, not re-cut.', ['divide femur (negated)']],
    [
      'The femur was therefore not re-cut or shortened.',
      ['divide femur (negated)', 'shorten femur (negated)'],
    ],
    // a negation inside a relative clause or a parenthesis stays there
    ['The sacroiliac joint, which the sarcoma did not involve, was divided.', ['divide sacroiliac-joint']],
    ['the symphysis pubis which the tumour did not reach was divided', ['divide pubic-symphysis']],
    ['The femur (the knee was not opened) was sawn across.', ['divide knee-joint (negated)', 'divide femur']],
    // gaps 1: an act told as the consequence of a failed alternative shares the earlier predicate's subject
    ['The knee could not be kept and was therefore disarticulated.', ['disarticulate knee-joint']],
    ['The limb could not be salvaged and so was amputated through the thigh.', ['remove limb @thigh']],
    ['The distal femur was beyond repair and was therefore sawn across.', ['divide femur']],
    [
      'The leg could not be saved, and was consequently removed through the knee joint.',
      ['remove limb @knee-joint'],
    ],
    [
      'The knee could not be kept and was therefore not disarticulated.',
      ['disarticulate knee-joint (negated)'],
    ],
    ['The knee could not be reconstructed and would be disarticulated at a second stage.', []],
    // gaps 5: a sparing predicate coordinated after the act removes its object from the act
    ['The SI joint was divided and the symphysis left intact.', ['divide sacroiliac-joint']],
    ['The femur was divided and the knee joint left undisturbed.', ['divide femur']],
    ['We divided the sacroiliac joint and left the symphysis intact.', ['divide sacroiliac-joint']],
    ['The innominate bone was divided and the symphysis kept intact.', ['divide innominate']],
    ['The SI joint was divided behind, the symphysis in front.', ['divide sacroiliac-joint+pubic-symphysis']],
    [
      'Resection of the innominate bone through the sacroiliac joint and the symphysis, and the limb was preserved.',
      ['resect innominate+sacroiliac-joint+pubic-symphysis'],
    ],
  ])('%s', (text, expected) => {
    expect(describeEvents(text)).toEqual(expected);
  });
});

describe('features from events', () => {
  const features = (text: string) =>
    featuresFromEvents(
      text,
      sentenceEvents(text, { start: 0, end: text.length, section: 'description' }),
    ).map((f) => `${f.feature}:${f.status}${f.value ? `=${f.value}` : ''}`);
  it('derives both pelvic divisions from one coordinated object', () => {
    expect(features('Division of the symphysis pubis and the sacro-iliac joint was performed.')).toEqual([
      'posteriorPelvicDivision:documented=sacroiliac-joint',
      'anteriorPelvicDivision:documented=pubic-symphysis',
    ]);
  });
  it('a femur disarticulated at the hip is a hip disarticulation, not a femoral cut', () => {
    expect(features('The femur, together with the prosthesis, was disarticulated at the hip joint.')).toEqual(
      ['hipDisarticulation:documented'],
    );
  });
  it('a generic bone is the femur only when the femur is the last bone named before it', () => {
    expect(features('The femur was exposed. No bone was cut.')).toEqual(['femurCut:negated']);
    expect(features('The tibia was exposed. The bone was cut.')).toEqual([]);
  });
  it('a femur resected with the acetabulum is a pelvic resection, not a femoral one', () => {
    expect(features('The acetabulum and the proximal femur were resected en bloc.')).toEqual([
      'pelvicBoneResected:documented',
      'acetabulumResected:documented',
    ]);
  });
  it('an amputation through the thigh cuts the femur; a thigh incision is no level', () => {
    expect(features('The leg was amputated through the thigh 10 cm above the knee.')).toEqual([
      'femurCut:documented',
      'limbRemoved:documented',
    ]);
    expect(features('The limb was removed through a thigh incision.')).toEqual(['limbRemoved:documented']);
  });
  it('a tumour sited in the thigh is what was excised: the thigh documents no limb removed', () => {
    expect(features('The mass in the right thigh was excised.')).toEqual([
      'limbRemoved:unasserted',
      'softTissueTumorResection:documented',
    ]);
    expect(features('The sarcoma of the left anterior thigh was removed.')).toEqual([
      'limbRemoved:unasserted',
      'softTissueTumorResection:documented',
    ]);
    expect(features('The right thigh was amputated.')).toEqual(['limbRemoved:documented']);
  });
  it('only the index operation counts: a plan documents nothing', () => {
    expect(features('We will divide the sacroiliac joint next week.')).toEqual([
      'posteriorPelvicDivision:unasserted=sacroiliac-joint',
    ]);
  });
});

describe('tokens', () => {
  it('keeps offsets and re-joins speech-recognition splits', () => {
    const text = 'the femur was trans sected, the myo fashial layer closed';
    const tokens = tokenize(text);
    const joined = tokens.find((t) => t.norm === 'transected');
    expect(joined && text.slice(joined.start, joined.end)).toBe('trans sected');
    expect(tokens.some((t) => t.norm === 'myofascial')).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('events: places and levels are not objects', () => {
  it.each([
    ['The short external rotators were divided off the femur.', []],
    ['The vessels were ligated and divided at the level of the ilium.', []],
    [
      'Free the hemipelvis by dividing the pelvic ring at two points — the pubic symphysis anteriorly and the sacroiliac joint posteriorly.',
      ['divide pubic-symphysis+sacroiliac-joint'],
    ],
    ['The pelvis was divided through the sacroiliac joint.', ['divide sacroiliac-joint']],
  ])('%s', (text, expected) => {
    expect(describeEvents(text).filter((e) => !e.startsWith('remove'))).toEqual(expected);
  });
});

describe('inference rules (reason shown, marked inferred)', () => {
  it('a hip capsule divided with no bone cut is a hip disarticulation, marked inferred', async () => {
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    const x = extractWithRules(
      'The hip was approached anteriorly. The muscles were divided. The joint capsule was transected circumferentially and the wound closed over a drain.',
    );
    expect(x.features.hipDisarticulation.status).toBe('documented');
    expect(x.features.hipDisarticulation.inferred?.rule).toBe('hip-capsule-divided');
  });
  it('a femur cut in an amputation means the limb was removed, marked inferred', async () => {
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    const x = extractWithRules(
      'Above-knee amputation. The femur was transected 12 cm above the joint line and a myodesis was done.',
    );
    expect(x.features.limbRemoved.inferred?.rule).toBe('femur-cut-in-amputation');
  });
  it.each([
    [
      'Limb salvage being impossible, she underwent right hemipelvectomy.',
      'unsalvageable-limb-hemipelvectomy',
    ],
    [
      'Limb-sparing surgery was not feasible, and a left hemipelvectomy was done.',
      'unsalvageable-limb-hemipelvectomy',
    ],
    [
      'He was unsuitable for limb salvage; a right hemipelvectomy was performed.',
      'unsalvageable-limb-hemipelvectomy',
    ],
    ['Limb salvage was possible: a left internal hemipelvectomy was performed.', undefined],
  ])('limb salvage stated impossible with a hemipelvectomy: the limb was removed: %j', async (text, rule) => {
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    expect(extractWithRules(text).features.limbRemoved.inferred?.rule).toBe(rule);
  });
  it('an inference never overrides a stated fact', async () => {
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    const x = extractWithRules('The femur was transected for the amputation. The leg was not removed.');
    expect(x.features.limbRemoved.inferred).toBeUndefined();
  });
});

describe('regressions from the blind measurements (classes, not wordings)', () => {
  it('numbers inside an object phrase do not end it ("removing the distal 2 cm of the ... condyles")', () => {
    expect(describeEvents('We began by removing the distal 2 cm of the femur with both condyles.')).toEqual([
      'remove femur+femoral-condyles',
    ]);
  });
  it('removing the femoral condyles cuts the femur', () => {
    const text = 'The two condyles were removed with the saw.';
    const f = featuresFromEvents(
      text,
      sentenceEvents(text, { start: 0, end: text.length, section: 'description' }),
    );
    expect(f.map((x) => x.feature)).toContain('femurCut');
  });
});

describe('coordinated participles share the auxiliary', () => {
  it('"is then exposed and transected" links the capsule to the transection', () => {
    expect(
      describeEvents('The hip was approached. The joint capsule is then exposed and transected.'),
    ).toEqual(['divide joint-capsule']);
  });
});

describe('soft-tissue tumour resections: objects, sites, manner, the specimen line', () => {
  const read = (text: string, section: 'description' | 'specimen' = 'description') => [
    ...new Set(
      featuresFromEvents(text, sentenceEvents(text, { start: 0, end: text.length, section }))
        .filter((f) => f.status === 'documented')
        .map((f) => f.feature),
    ),
  ];
  it.each([
    // a nominalised excision whose objects follow a colon, as a list
    ['- Excision en bloc: skin paddle, biopsy scar, gracilis and a cuff of adductor longus', 'description'],
    // a qualifier before the tumour is where it sits, not the object ("L thigh sarcoma")
    ['WLE L thigh sarcoma', 'description'],
    ['The mass within vastus medialis was excised with a margin of normal muscle.', 'description'],
    ['Compartmental resection of the hamstrings.', 'description'],
    // the specimen line names what was resected
    ['Specimen: R thigh lump en bloc with overlying skin', 'specimen'],
  ] as const)('%s', (text, section) => {
    expect(read(text, section)).toEqual(['softTissueTumorResection']);
  });
  it('soft tissue cut or divided, or taken without a wide manner, is not a tumour resection', () => {
    expect(read('The quadriceps and the hamstrings were divided.')).toEqual([]);
    expect(read('Necrotic muscle was excised back to bleeding tissue.')).toEqual([]);
  });
  it('a tumour sited in bone is not a soft-tissue tumour, and not a bone resection by itself', () => {
    expect(read('Excision of the distal femur tumor was performed.')).toEqual([]);
  });
  it('bone or cortex taken en bloc is bone resected; the periosteum (taken or intact) or "no bone taken" is not', () => {
    expect(read('The sarcoma was resected en bloc with the adjacent distal femur.')).toContain(
      'boneResected',
    );
    expect(
      read('The periosteum and a window of anterior cortex were resected en bloc with the tumour.'),
    ).toContain('boneResected');
    expect(read('The tumour was removed with a window of anterior cortex.')).toContain('boneResected');
    // Periosteum is not bone: the code follows the tumour's tissue of origin.
    expect(read('- Vastus intermedius and the femoral periosteum taken as the deep margin')).not.toContain(
      'boneResected',
    );
    expect(read('The tumour was removed with the underlying periosteum.')).not.toContain('boneResected');
    expect(read('The periosteum was resected en bloc with the tumour.')).not.toContain('boneResected');
    expect(read('The cortex was burred.')).toEqual([]);
    expect(read('Femur not exposed, periosteum intact - no bone taken.')).toEqual([]);
    // a limb removed with the hemipelvis is no resection of pelvic bone by the limb's removal
    expect(read('The limb was removed with the hemipelvis.')).toEqual(['limbRemoved']);
  });
  it('a specimen line that only samples, or names a limb with the tumour (an amputation), is no tumour resection', () => {
    expect(read('Specimen: core biopsy of thigh mass', 'specimen')).toEqual([]);
    expect(read('Specimen: left lower limb with thigh sarcoma', 'specimen')).toEqual([]);
  });
});

// Event-reader classes (each row written for these tests): a fronted contrast or likeness adjunct is
// neither an object nor a denial of the main clause; a verb of sparing is not the act and spares nothing
// in the next clause; a clause after a resection is not part of its object list.
describe('event-reader classes: contrast adjuncts, sparing verbs, clause boundaries', () => {
  it.each([
    // 1. a fronted contrast adjunct names no subject; what it compares is not negated with the act
    ['Unlike the left leg, the right femur was divided.', ['divide femur']],
    ['As opposed to the contralateral limb, the femur was cut 10 cm above the knee.', ['divide femur']],
    ['Rather than the knee, the femur was divided.', ['divide femur']],
    ['Compared with the previous operation, the femur was divided more proximally.', ['divide femur']],
    ['Like the left limb, the right femur was sectioned at mid-thigh.', ['divide femur']],
    ['Unlike the left leg, the right femur was not divided.', ['divide femur (negated)']],
    ['We divided the femur, unlike the tibia.', ['divide femur']],
    // "rather than dividing X" does deny X
    [
      'Rather than dividing the femur, the knee was disarticulated.',
      ['divide femur (negated)', 'disarticulate knee-joint'],
    ],
    // guards: a contrast that already ended the list, and lists across commas
    ['In contrast to the left side, the right femur was transected at mid-shaft.', ['divide femur']],
    // a fronted reason or concession ("given …,", "despite …,") names no subject either (set X, by class)
    ['Given the lack of a limb salvage option, the symphysis was divided.', ['divide pubic-symphysis']],
    ['Despite the size of the limb, the femur was divided at mid-shaft.', ['divide femur']],
    [
      'Surrounding muscle, the fascia and the overlying skin were excised en bloc.',
      ['resect muscle+fascia+skin'],
    ],
    [
      'The symphysis, the sacroiliac joint and the ilium were divided.',
      ['divide pubic-symphysis+sacroiliac-joint+ilium'],
    ],
    // 2. sparing verbs: the act is the main clause's, the spared structure no object of it
    ['The femoral head was preserved and the acetabulum was resected.', ['resect acetabulum']],
    [
      'The proximal femur was spared, and the ilium and acetabulum were resected en bloc.',
      ['resect ilium+acetabulum'],
    ],
    ['Preserving the femoral head, the ilium was resected.', ['resect ilium']],
    ['The acetabulum, sparing the femoral head, was resected.', ['resect acetabulum']],
    [
      'The femur was left intact and the limb was removed through the knee joint.',
      ['remove limb @knee-joint'],
    ],
    ['Leaving the condyles intact, the knee joint was disarticulated.', ['disarticulate knee-joint']],
    ['The condyles were left and the femur was kept.', []],
    ['We preserved the sciatic nerve and divided the femur.', ['divide femur']],
    ['We retained the proximal femur and resected the acetabulum.', ['resect acetabulum']],
    // 3. a clause after a resection, and a participle's own object
    [
      'The acetabulum was resected en bloc with the tumour and the femur was divided below the trochanter.',
      ['resect acetabulum+tumour', 'divide femur'],
    ],
    [
      'After the en bloc resection of the tumour, the femur was cut below the trochanter.',
      ['resect tumour', 'divide femur'],
    ],
    // the compared operation's act is a mention: neither done nor denied
    [
      'Compared with a transfemoral amputation, which cuts the femur and leaves a stump, the pelvis is kept.',
      ['divide femur (generic)'],
    ],
    [
      'We then resected the acetabulum, dividing the symphysis and the sacroiliac joint.',
      ['resect acetabulum', 'divide pubic-symphysis+sacroiliac-joint'],
    ],
  ])('%s', (text, expected) => {
    expect(describeEvents(text)).toEqual(expected);
  });
});

describe('gapped coordination: the verb stated once, the second object shares it', () => {
  it.each([
    [
      'The sacroiliac joint is divided behind, the symphysis pubis in front.',
      ['divide sacroiliac-joint+pubic-symphysis'],
    ],
    ['The ilium was osteotomised posteriorly and the pubic rami anteriorly.', ['divide ilium+pubic-rami']],
    ['The ilium was osteotomized posteriorly, and the pubic rami anteriorly.', ['divide ilium+pubic-rami']],
    ['Femur divided proximally and tibia distally.', ['divide femur+tibia']],
    [
      'The SI joint was disarticulated, then the symphysis.',
      ['disarticulate sacroiliac-joint+pubic-symphysis'],
    ],
    [
      'The symphysis was divided first and then the sacroiliac joint.',
      ['divide pubic-symphysis+sacroiliac-joint'],
    ],
    [
      'The sacroiliac joint was divided from behind and the symphysis from the front.',
      ['divide sacroiliac-joint+pubic-symphysis'],
    ],
    ['The SI joint we divided first, then the symphysis.', ['divide sacroiliac-joint+pubic-symphysis']],
    // guards: a second object with its own verb or state, a preposition's object, a negated one
    ['The sacroiliac joint was divided and the symphysis preserved.', ['divide sacroiliac-joint']],
    // the spared symphysis is not where the division was either (gaps 5)
    ['The sacroiliac joint was divided and the symphysis left intact.', ['divide sacroiliac-joint']],
    ['The SI joint was divided, the symphysis being left intact.', ['divide sacroiliac-joint']],
    ['The SI joint was divided but not the symphysis.', ['divide sacroiliac-joint']],
    ['The femur was disarticulated at the hip joint.', ['disarticulate femur @hip-joint']],
    ['The muscles were divided behind the femur.', ['divide muscle']],
    // a later subject with its own verb after 'with …' is no gapped object
    [
      'The capsule was opened and the femur with the prosthesis was disarticulated at the hip joint.',
      ['divide joint-capsule @femur', 'disarticulate  @hip-joint'],
    ],
  ])('%s', (text, expected) => {
    expect(describeEvents(text)).toEqual(expected);
  });
});
