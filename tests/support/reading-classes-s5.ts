/**
 * Whole-note probes of the fifth round (2026-12-02, second session of the day): classes seen on the
 * known gaps and on this round's development sets, written for these tests in our own words, several
 * wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s5Probes: readonly ReadingProbe[] = [
  // r1. A reason clause after an act ("as the limb could not be kept", "since the knee could not be
  // saved") is not the act's object: its denial is the reason's, not the act's.
  {
    klass: 'r1 the hip disarticulated as the limb could not be salvaged',
    text: `Procedure: left hip disarticulation.
The femoral vessels were ligated and divided. The hip was then disarticulated as the limb could not be salvaged, and the leg was removed. The gluteal flap was closed over drains.`,
    code: '27295',
    anatomy: { hipDisarticulation: 'documented' },
  },
  {
    klass: 'r1 the femur divided since the knee could not be preserved',
    text: `Right leg. Fish-mouth flaps were raised. The femur was divided at mid-shaft since the knee could not be preserved, and the limb was removed. Myodesis and closure in layers.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'r1 the knee disarticulated as the condyles could not be covered otherwise',
    text: `Operation: left through-knee amputation. The patellar tendon was released, the knee was disarticulated as the femoral condyles could not be covered otherwise and the leg was removed. No bone was cut. Closure over a drain.`,
    code: '27598',
  },
  // r1 guards: a denial of the act itself still stands; "as" before no clause is no reason.
  {
    klass: 'r1 guard: the femur was not divided, as the knee was kept',
    text: `Left knee disarticulation. The knee joint was entered and the leg removed through the joint. The femur was not divided as the condyles were kept for end bearing. Closure.`,
    code: '27598',
    anatomy: { femurCut: 'negated' },
  },
  // r2. A consent whose signature the clause after a semicolon defers ("; she will sign tomorrow", "; the
  // form is to be signed on the ward") is no consent documented; a signature told there is one.
  {
    klass: 'r2 consent discussed; she will sign tomorrow',
    text: `Procedure: right above-knee amputation.
Consent: amputation discussed with the patient and her daughter; she will sign tomorrow morning.
The femur was divided 12 cm above the knee and the limb removed. Closure in layers.`,
    code: '27590',
    statuses: { informedConsent: 'not_mentioned' },
  },
  {
    klass: 'r2 risks explained; the form is to be signed on the ward',
    text: `Operation: left hip disarticulation for infected proximal femoral replacement.
Consent - risks and benefits of hip disarticulation explained to the patient; the form is to be signed on the ward before the list.
The femoral vessels were ligated, the capsule opened and the limb disarticulated at the hip and removed. Drains, closure.`,
    code: '27295',
    statuses: { informedConsent: 'not_mentioned' },
  },
  {
    klass: 'r2 guard: risks discussed; she signed the form',
    text: `Procedure: right above-knee amputation.
Consent: amputation discussed with the patient; she signed the form in clinic.
The femur was divided 12 cm above the knee and the limb removed. Closure in layers.`,
    code: '27590',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'r2 guard: consent obtained; she will sign the blood products form tomorrow',
    text: `Procedure: right above-knee amputation.
Informed consent obtained; she will sign the blood transfusion form tomorrow.
The femur was divided 12 cm above the knee and the limb removed. Closure in layers.`,
    code: '27590',
    statuses: { informedConsent: 'documented' },
  },
  // r3. "Prior" or "previous" before a noun that is no event of care ("his prior good experience", "a
  // previous discussion") dates nothing after it: the operation chosen in that sentence is today's.
  {
    klass: 'r3 given his prior good experience, he elected a left above-knee amputation',
    text: `Procedure: left above-knee amputation.
History: right AKA in 2021 for ischaemia, walks on a prosthesis. Given his prior good experience, he elected a left above-knee amputation.
Description: fish-mouth flaps, femoral vessels ligated, the femur was cut 12 cm above the joint line and the limb removed. Myodesis, closure in layers.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'r3 after a previous discussion with the family, a knee disarticulation was chosen',
    text: `Right leg. After a previous discussion with the family a knee disarticulation was agreed. The knee joint was entered, the ligaments divided and the leg removed through the joint; the femur was not cut. Closure.`,
    code: '27598',
  },
  {
    klass: 'r3 guard: a prior above-knee amputation of the same leg, the femur shortened today',
    text: `Left thigh stump. He had a prior above-knee amputation on this side in 2022 and now has a bone spur. The femur was shortened by 3 cm and the stump closed.`,
    code: '27596',
  },
  // r4. A feature affirmed only in a naming line (the procedure title, a diagnosis) and denied in the
  // narrative ("no part of the wound was left open", "no immediate prosthesis was fitted") is denied: the
  // narrative says what was done.
  {
    klass: 'r4 a guillotine amputation booked in the title, the wound closed and not left open in the body',
    text: `PROCEDURE: Right guillotine above-knee amputation.
DESCRIPTION: The thigh tissues were healthy, so a formal amputation was done. Fish-mouth flaps were raised, the femoral vessels ligated and the femur was divided 11 cm above the knee joint. The limb was removed. Myodesis, and the skin was closed with staples. The wound was not left open.`,
    code: '27590',
    anatomy: { woundLeftOpen: 'negated' },
  },
  {
    klass: 'r4 an immediate prosthesis named in the title, not fitted in the body',
    text: `Operation: left transfemoral amputation with immediate postoperative prosthesis.
Description: the femur was transected 13 cm above the joint line and the leg removed; myodesis and layered closure. No immediate prosthesis was applied because the skin edges were tenuous; a soft dressing was used.`,
    code: '27590',
    anatomy: { immediateProsthesis: 'negated' },
  },
  {
    klass: 'r4 guard: a guillotine amputation in the title, the wound left open in the body',
    text: `PROCEDURE: Right guillotine above-knee amputation.
DESCRIPTION: Circular incision at the distal thigh, the femoral vessels ligated and the femur divided at the same level. The limb was removed. The wound was left open and packed for a second look.`,
    code: '27592',
  },
  // r5. A hard-wrapped line breaks a phrase: the side word closing one line ("… physio for the Rt") is
  // the side of the prior amputation opening the next ("AKA stump care"), not a side-less mention.
  {
    klass:
      'r5 a wrapped line: "and Rt" closes a line, "AKA stump care" opens the next; a left knee disarticulation today',
    text: `Procedure: LEFT THROUGH-KNEE AMPUTATION
- Knee joint entered, cruciate and collateral ligaments divided, tibia disarticulated from the
  femur. Femoral condyles left intact, no bone cut. Patellar tendon sutured to the cruciates.
Plan: IV antibiotics, drain care, physiotherapy for the new stump and for the old Rt
AKA stump, prosthetic referral later.`,
    code: '27598',
  },
  {
    klass:
      'r5 a wrapped line: "s/p right" closes a line, "above-knee amputation 2020" opens the next; a left AKA today',
    text: `History: diabetic, dialysis, ischaemic heart disease, s/p right
above-knee amputation 2020, now left foot gangrene.
Procedure: left above-knee amputation. The femur was divided 12 cm above the knee and the limb removed.
Myodesis, closure in layers.`,
    code: '27590',
  },
  {
    klass: 'r5 guard: a wrapped line with the same side; the left femur re-cut today',
    text: `History: vasculopath, s/p left
above-knee amputation 2020, now a painful bone spur at the end of the left stump.
Procedure: the left femur was shortened by 3 cm and the stump closed in layers.`,
    code: '27596',
  },
  // r6. A prior amputation's side is the one in its own clause: "s/p right AKA 2020, now left foot
  // gangrene" names the right leg's AKA and today's left leg.
  {
    klass: 'r6 s/p right AKA, now left foot gangrene; a left AKA today',
    text: `History: diabetic on dialysis, s/p right AKA, now left foot gangrene.
Procedure: left above-knee amputation. The femur was divided 12 cm above the knee and the limb removed. Myodesis, closure in layers.`,
    code: '27590',
  },
  {
    klass:
      'r6 left heel ulcer, previous right above-knee amputation 2019; a left through-knee amputation today',
    text: `Background: left heel ulcer with osteomyelitis; previous right above-knee amputation 2019.
Operation: left knee disarticulation. The joint was entered, ligaments divided and the leg removed through the knee; femoral condyles untouched. Closure over a drain.`,
    code: '27598',
  },
  {
    klass: 'r6 guard: s/p left AKA 2020, now a left stump bone spur; the left femur shortened',
    text: `History: s/p left AKA 2020, now a painful bone spur of the left stump.
Procedure: the left femur was shortened by 3 cm and the stump closed.`,
    code: '27596',
  },
  // r7. A terse denial one head noun after the mention ("en bloc resection not indicated", "bone graft not
  // required") denies it; a "Booked as:" or "Planned procedure:" field is the plan, not what was done.
  {
    klass:
      'r7 guard: en bloc resection not indicated (Campanacci grade 2) at the MDT; curettage and cement done',
    text: `Indication: giant cell tumour of the left distal femur. MDT: extended curettage and cement; en bloc resection not indicated (Campanacci grade 2).
Operation performed: extended curettage of the left distal femur with burr and phenol, cavity filled with PMMA cement. No graft. Closure in layers.`,
    code: '27355',
  },
  {
    klass: 'r7 booked as curettage and bone graft; cement only',
    text: `Booked as: curettage and bone grafting, right proximal femur.
Op performed: curettage of the right proximal femoral cyst; the cavity was filled with calcium sulphate cement only. Wound closed.`,
    code: '27355',
  },
  {
    klass: 'r7 planned procedure: guillotine AKA; a closed AKA done',
    text: `Planned procedure: left guillotine above-knee amputation.
Procedure performed: left above-knee amputation. The femur was divided 10 cm above the knee joint and the limb removed. Myodesis and primary closure of the skin.`,
    code: '27590',
  },
  {
    klass: 'r7 guard: booked as a curettage with allograft, and the allograft packed in',
    text: `Booked as: curettage and allograft, right distal femur.
Op performed: curettage of the right distal femoral lesion; the cavity was packed with cancellous allograft chips. Closure.`,
    code: '27356',
  },
  // r8. A second participle coordinated after the first one's own phrase shares its subject and
  // auxiliary: "the femur was cleared with a periosteal elevator and transected with a saw".
  {
    klass: 'r8 the femur was cleared with an elevator and transected with a power saw',
    text: `Procedure: right above-knee amputation.
Fish-mouth flaps. The femoral vessels were ligated. The femur was cleared circumferentially with a periosteal elevator and transected with a power saw 14 cm above the joint line. The specimen was passed off. Myodesis and closure.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'r8 guard: the femur was exposed through the flaps and then divided',
    text: `Left thigh amputation for ischaemia. Anterior and posterior flaps were raised, the femur was exposed through the muscle layers and then divided at mid-shaft, and the leg was removed. Closure over a drain.`,
    code: '27590',
  },
  {
    klass:
      'r8 guard: the vessels were ligated with silk and the femur left uncut; the leg removed through the knee',
    text: `Left knee disarticulation. The popliteal vessels were ligated with silk and the leg was removed through the knee joint. The femur was not cut. Closure.`,
    code: '27598',
  },
  // r9. A terse denial after a dash or a planned frame ("(IPOP planned — NOT applied)") denies the item.
  {
    klass: 'r9 IPOP planned, not applied; a soft dressing',
    text: `Procedure: left above-knee amputation (IPOP planned - not applied).
The femur was divided 13 cm above the joint line and the leg removed. Myodesis and closure. A soft dressing was applied; the prosthetist was not available.`,
    code: '27590',
    anatomy: { immediateProsthesis: 'negated' },
  },
  // r10. An open wound told only before today's first cut (an earlier guillotine's packed wound) is not
  // today's when the note closes today's wound after the cut.
  {
    klass: "r10 guard: last week's guillotine ankle wound left open and packed; today's AKA closed primarily",
    text: `history: last week a guillotine ankle amputation for sepsis, the wound was left open and packed with gauze
today: left above-knee amputation
the femur was cleared with an elevator and transected with a saw 10 cm above the knee the limb was removed myodesis the wound was closed primarily in layers`,
    code: '27590',
  },
  {
    klass: 'r10 guard: the femur divided, the skin left open and packed',
    text: `Left guillotine above-knee amputation for necrotising infection. The femur was divided at the distal third and the limb removed. The skin was left open and packed for a second look.`,
    code: '27592',
  },
  {
    klass: 'r10 guard: an open guillotine stated first, the femur cut, the skin not closed',
    text: `Procedure: right open guillotine above-knee amputation, wound left open. The femur was cut 12 cm above the knee and the limb removed. The skin was not closed; dressings applied.`,
    code: '27592',
  },
  // r11. A terse participle late in its subject's list of terse participles ("femoral bone end palpated
  // only, NOT exposed, NOT re-cut") has that subject: the femur's cut is denied.
  {
    klass: 'r11 femoral bone end palpated only, NOT exposed, NOT re-cut; a scar revision of an AKA stump',
    text: `Indication: right above-knee amputation in July, now an adherent unstable scar.
Op: revision of scar and secondary closure, Rt transfemoral stump.
Findings: scar tethered to the fascia. Femoral bone end palpated only, NOT exposed, NOT re-cut.
Procedure: elliptical excision of the old scar, flaps mobilised, skin closed with nylon.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'r11 guard: femur end felt, not exposed, not shortened; stump closure',
    text: `Left AKA stump with a chronic wound. Secondary closure of the stump: the granulation tissue excised, the femur end felt through the muscle, not exposed, not shortened. Skin closed in layers.`,
    code: '27594',
  },
  {
    klass: 'r11 guard: vessels ligated, femur divided; a thigh amputation',
    text: `Right AKA. Flaps raised. Vessels ligated, femur divided 12 cm above the knee, limb removed. Closure.`,
    code: '27590',
  },
  // r12. A cut named as a noun and made through a place ("the posterior cut was made through the lateral
  // sacral ala"), or through one place rather than another ("not through the joint itself but through the
  // ala"), divides that place.
  {
    klass: 'r12 the posterior cut was made not through the joint itself but through the lateral sacral ala',
    text: `Procedure: left hindquarter amputation for chondrosarcoma.
The external iliac vessels were ligated. The pubic symphysis was exposed and divided with a scalpel. Because the tumour crossed the joint, the posterior cut was made not through the sacroiliac joint itself but through the lateral sacral ala with a Gigli saw. The hemipelvis and the whole leg were removed en bloc. Posterior flap closure.`,
    code: '27290',
    anatomy: { posteriorPelvicDivision: 'documented' },
  },
  {
    klass: 'r12 guard: the posterior bone cut was made through the medial ilium',
    text: `Right external hemipelvectomy. The symphysis pubis was divided. The posterior bone cut was made through the medial ilium just lateral to the sacroiliac joint. The limb and the hemipelvis were delivered. Closure over drains.`,
    code: '27290',
  },
  {
    klass: 'r12 guard: the posterior cut was not made through the sacral ala; the hip disarticulated',
    text: `Left hip disarticulation. The planned posterior cut was not made through the sacral ala: the pelvis was kept. The hip capsule was opened and the limb disarticulated at the hip joint and removed. Closure.`,
    code: '27295',
  },
  // r13. "Intact", "spared" or "preserved" before a noun is that noun's attribute ("tumour removed en bloc,
  // intact capsule"), not a denial of the act on the target.
  {
    klass: 'r13 tumour removed en bloc, intact capsule; an 11 cm thigh liposarcoma',
    text: `Right thigh liposarcoma. Wide resection of the adductor compartment with the tumour; the femur was not resected.
Findings: tumour 11 x 8 x 6 cm. Tumour removed en bloc, intact capsule. Narrowest margin 2 mm.`,
    code: '27364',
    anatomy: { softTissueTumorResection: 'documented' },
  },
  {
    klass: 'r13 guard: the sciatic nerve was spared; the sarcoma resected widely',
    text: `Left thigh. A 7 cm myxofibrosarcoma of the vastus lateralis was resected widely en bloc with a cuff of normal muscle. The sciatic nerve was spared. The femur was not resected. Closure over a drain.`,
    code: '27364',
  },
  // r14. A consent field naming who consented and for what, with no verb ("Consent: patient (Gillick-
  // competent) and mother, for limb-salvage wide resection …") documents consent.
  {
    klass: 'r14 Consent: patient and mother, for limb-salvage resection',
    text: `WHO checklist completed. Consent: patient (Gillick-competent) and mother, for limb-salvage wide resection of the left distal femoral osteosarcoma and endoprosthetic replacement; amputation discussed as the alternative and declined.
Procedure: the distal femur was resected en bloc with a wide margin and replaced with an endoprosthesis. Closure.`,
    code: '27365',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'r14 Consent - pt & wife for L AKA',
    text: `Proc: L AKA. Consent - pt & wife for L AKA. Femur transected 12 cm above jt line, limb off, myodesis, closure.`,
    code: '27590',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'r14 guard: Consent: patient, for hip disarticulation; to sign tomorrow',
    text: `Procedure: left hip disarticulation. Consent: patient, for hip disarticulation; to sign tomorrow. The capsule was opened and the limb disarticulated at the hip and removed. Closure.`,
    code: '27295',
    statuses: { informedConsent: 'not_mentioned' },
  },
  // r15. A technique text's steps: "sectioning of the symphysis pubis" divides it; "the ilium or the sacrum
  // is next cut" divides the pelvis behind (the sacrum is a posterior division, as its ala is); "in spite of
  // these advances in limb-sparing surgery" is practice in general.
  {
    klass: 'r15 a technique text: sectioning of the symphysis, then the ilium or the sacrum cut',
    text: `Although drugs and salvage surgery have improved, in spite of these advances in limb-sparing surgery some pelvic sarcomas still need a hindquarter amputation.
The common iliac vessels are tied first. Retracting the bladder neck allows sectioning of the symphysis pubis. The ilium or the sacrum is then divided behind with a Gigli saw, and the leg is removed with the hemipelvis. A gluteal flap closes the wound.`,
    code: '27290',
    generic: true,
  },
  {
    klass:
      'r15 guard: the lateral sacrum was osteotomised and the symphysis divided; the leg removed with the hemipelvis',
    text: `Right extended hindquarter amputation for a sacroiliac chondrosarcoma. The symphysis pubis was divided. The lateral sacrum was osteotomised medial to the foramina. The leg was removed with the hemipelvis. Closure with a posterior flap.`,
    code: '27290',
  },
  {
    klass: 'r15 guard: the femur suspended to the sacrum after a total internal hemipelvectomy',
    text: `Left total internal hemipelvectomy, limb kept. The symphysis and the sacroiliac joint were divided and the whole innominate bone was removed with the tumour. The leg was preserved and the femur suspended to the sacrum with a synthetic tape.`,
    code: '27077',
  },
  // r16. A series abstract: "the patient" an operation is used for is a kind of patient, and "performed by
  // most surgeons today" is nowadays; the series' subject is its title's operation, not the hindquarter
  // amputation its history recalls.
  {
    klass: 'r16 a series abstract on hip disarticulation recalling the hindquarter amputation in its history',
    text: `Staged hip disarticulation for the septic limb: a case series.

Hip disarticulation is mostly reserved for the patient with an unsalvageable, infected leg who is gravely ill. Its technique grew out of the hindquarter amputation for sarcoma, and the method most surgeons today still use ties the vessels high. We describe a staged approach and review eleven consecutive patients treated this way for trauma or necrotising infection.`,
    code: '27295',
    generic: true,
    review: true,
  },
  {
    klass: 'r16 guard: today the patient underwent a left hip disarticulation',
    text: `Today the patient underwent a left hip disarticulation for an infected proximal femoral replacement. The femoral vessels were ligated, the capsule opened and the limb disarticulated at the hip joint and removed. The gluteal flap was closed over drains.`,
    code: '27295',
  },
  // r17. A middle initial between a first name and the surname closing its field ("Tobias R. Wendt, MD"),
  // the second of two initials ("Dr A. O. Adeyemi") and "Professor A. Chaudhry" end no sentence: the
  // draft shows the whole name.
  {
    klass: 'r17 ATTENDING SURGEON: Tobias R. Wendt, MD',
    text: `ATTENDING SURGEON: Tobias R. Wendt, MD
PROCEDURE: Left above-knee amputation.
The femur was divided 12 cm above the knee and the limb removed. Closure in layers.`,
    code: '27590',
    draftSurgeons: ['Tobias R. Wendt'],
  },
  {
    klass: 'r17 Surgeon: Dr A. O. Adeyemi (Consultant); Consultant surgeon: Professor A. Chaudhry',
    text: `Surgeon: Dr A. O. Adeyemi (Consultant Orthopaedic Surgeon)
Assistant: Professor A. Chaudhry
Procedure: right knee disarticulation. The knee joint was entered and the leg removed through the joint; the femur was not cut. Closure over a drain.`,
    code: '27598',
    draftSurgeons: ['A. O. Adeyemi', 'A. Chaudhry'],
  },
  // r18. A pelvic structure stated kept ("the acetabulum, the ilium, and the pubic and ischial rami were left
  // intact", "the pelvis was preserved") denies its division, so a hemipelvectomy title is ruled out by the
  // anatomy of a hip disarticulation (its label conflict is information, not a reason for review).
  {
    klass:
      'r18 hemipelvectomy consented, frozen sections negative: the pelvis preserved, a hip disarticulation done',
    text: `PROCEDURE: Right hemipelvectomy.
HISTORY: recurrent thigh sarcoma abutting the hip capsule; consented for a hemipelvectomy, or a hip disarticulation if the pelvis was uninvolved.
PROCEDURE IN DETAIL: The femoral vessels were ligated and divided. Frozen sections of the acetabular rim were negative, so the plan was changed and the pelvis was preserved. The hip capsule was incised, the ligamentum teres divided and the femoral head delivered out of the acetabulum. No bone cuts were made. The limb was removed through the hip joint. The acetabulum, the ilium, and the pubic and ischial rami were left intact. Gluteal flap closure over drains.`,
    code: '27295',
    anatomy: { posteriorPelvicDivision: 'negated', anteriorPelvicDivision: 'negated' },
  },
  {
    klass: 'r18 guard: the ilium osteotomised and the pubic rami left intact (a type I resection)',
    text: `Left internal hemipelvectomy, type I, limb kept. The ilium was osteotomised above the acetabulum and at the sacroiliac joint and removed en bloc with the tumour; the pubic rami were left intact. The hip was stable. Closure.`,
    code: '27075',
  },
  // r19. The operated side stated two ways: the title and the diagnoses name the right side, the
  // operative description (prep, incision, specimen) only the left. Only the surgeon can say which: a
  // physician query (doc.conflicting), never a side picked for the claim.
  {
    klass:
      'r19 RIGHT in the title and diagnosis, the left leg prepped, the left knee incised, the left leg sent',
    text: `PREOPERATIVE DIAGNOSIS: Nonreconstructable RIGHT leg after an infected tibial nonunion.
PROCEDURE: RIGHT knee disarticulation.
DESCRIPTION: The left lower extremity was prepped and draped. A long anterior flap was designed about the left knee. The knee joint was entered, the ligaments divided and the leg removed through the joint; no bone was cut. Closure in layers.
SPECIMEN: Left leg below the knee, to pathology.`,
    code: '27598',
    route: 'query-physician',
    findings: ['doc.conflicting'],
  },
  {
    klass: 'r19 guard: LEFT in the title, the right leg padded once as the other leg',
    text: `PROCEDURE: LEFT above-knee amputation.
DESCRIPTION: The right BKA stump was padded. The femur was divided 12 cm above the knee and the limb removed. Myodesis, closure.`,
    code: '27590',
    absent: ['doc.conflicting:laterality'],
  },
  {
    klass: 'r19 guard: LEFT in the title and the left leg in the description',
    text: `PROCEDURE: LEFT above-knee amputation.
DESCRIPTION: The left leg was prepped. The left femur was divided 12 cm above the knee and the limb removed. Closure.`,
    code: '27590',
    absent: ['doc.conflicting:laterality'],
  },
  // r20. A graft named an autograft only in the procedure list, with no harvest told, while the implant
  // record lists allograft chips: the graft kind that decides 27356 or 27357 is stated two ways (coder review).
  {
    klass: 'r20 procedure list: grafting with autograft; implants: cancellous allograft chips; no harvest',
    text: `PROCEDURE:
1. Curettage of right distal femur enchondroma.
2. Bone grafting with autograft, right.
DESCRIPTION: A cortical window was made, the lesion curetted and the walls burred. The cavity was then filled with bone graft and the window replaced. Closure in layers.
IMPLANTS: Cancellous allograft chips, 40 cc.`,
    code: '27357',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'r20 guard: iliac crest autograft harvested, allograft chips added',
    text: `Procedure: curettage of the left proximal femoral cyst with grafting. The lesion was curetted. Cancellous autograft was harvested from the left iliac crest through a separate incision and packed with allograft chips into the cavity. Closure.`,
    code: '27357',
  },
  {
    klass: 'r20 guard: allograft chips only',
    text: `Procedure: curettage of the right distal femoral lesion. The cavity was packed with cancellous allograft chips. Closure.`,
    code: '27356',
  },
  // r21. A technique presented as such ("this procedure is a variant of the standard …", "this
  // technique offers patients …") is practice in general, not one patient's operation.
  {
    klass:
      'r21 this procedure is a variant of the posterior-flap hemipelvectomy; this technique offers patients',
    text: `This procedure is a variant of the standard posterior-flap hemipelvectomy in which the thigh muscles, not the buttock skin, cover the pelvic floor once the hemipelvis is taken off through the sacroiliac joint and the symphysis. This technique offers patients with buttock tumours a sound cancer operation, and the flap usually heals well.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'r21 guard: this technique was used for our patient, a 54-year-old man',
    text: `A 54-year-old man had a buttock chondrosarcoma. This technique was used: the sacroiliac joint and the symphysis were divided and the limb removed with the hemipelvis, and an anterior thigh flap closed the wound.`,
    code: '27290',
  },
  // r22 (not blind: read off holdout sets AH and AI after their final measurement). A feature affirmed in
  // the narrative and denied there in another sentence, or a wound told left open and told closed, is
  // stated two ways: the decision resting on it goes to coder review.
  {
    klass: 'r22 an immediate prosthesis applied in the op note, none applied in theatre on the ward round',
    text: `Operation: left transfemoral amputation. The femur was cut 15 cm above the knee and the limb removed. Myodesis and closure in layers. At the end of the case an immediate post-operative prosthesis was applied.
POD 1 ward round: stump in a soft dressing - no rigid dressing or cast was applied in theatre because the skin was fragile.`,
    code: '27591',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'r22 skin closed with staples over a drain; wound status: stump left open and packed',
    text: `Procedure: right guillotine-level above-knee amputation for sepsis. The femur was divided 14 cm above the joint line and the limb removed. Skin closed with staples over a drain.
Wound status: stump left OPEN and packed; return to theatre for washout.`,
    code: '27592',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'r22 guard: allograft packed in, the autograft discussed and not harvested',
    text: `Procedure: curettage of the right distal femoral cyst. The cavity was packed with cancellous allograft chips. Iliac crest autograft was discussed and was not harvested. Closure.`,
    code: '27356',
    route: 'ready',
  },
  {
    klass: 'r22 guard: the fascia closed over the bone, the skin left open and packed',
    text: `Left open above-knee amputation for gas gangrene. The femur was divided and the limb removed. The fascia was closed over the bone end; the skin was left open and packed.`,
    code: '27592',
  },
  // r23 (not blind: holdout set AI after its final measurement). The acetabulum stated kept ("left in
  // continuity with the ischium and pubis") against a type I/II resection in the title and a specimen label
  // with acetabular roof: stated two ways, coder review (27075 or 27076 is not the reader's to pick).
  {
    klass:
      'r23 type I/II in the title and the specimen label; the acetabulum left in continuity in the description',
    text: `Procedure: Right internal hemipelvectomy, Enneking type I/II, limb preserved.
Description: The posterior osteotomy was made through the ilium lateral to the sacroiliac joint. The distal osteotomy was made just above the acetabulum; the acetabulum was left in continuity with the ischium and pubis. The specimen was removed en bloc. Closure over drains.
Pathology: specimen labelled "right hemipelvis, type I/II resection": ilium with a segment of acetabular roof.`,
    code: '27076',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'r23 guard: a type I resection, the acetabulum left intact',
    text: `Procedure: left internal hemipelvectomy, type I, limb kept. The ilium was osteotomised above the acetabulum and at the sacroiliac joint and removed en bloc with the tumour; the acetabulum was left intact. Closure.`,
    code: '27075',
  },
];
