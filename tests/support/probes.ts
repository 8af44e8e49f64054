/**
 * Probes for the failure classes of issue 10, one row per class member: [class, text, feature or
 * element, expected status]. Every row failed on the rules extractor before the nlp layer
 * (checked against commit 00ec25a); tests/extract-rules.test.ts runs them.
 */
export const probes: ReadonlyArray<readonly [string, string, string, string]> = [
  // 1. actions linked to what they act on
  [
    '1 coordination',
    'Division of the symphysis pubis and the sacro-iliac joint was performed.',
    'posteriorPelvicDivision',
    'documented',
  ],
  [
    '1 nominalisation',
    'This was followed by complete removal of the innominate bone.',
    'innominateResected',
    'documented',
  ],
  [
    '1 infinitive',
    'A separate incision was used to remove the hemi-pelvis.',
    'pelvicBoneResected',
    'documented',
  ],
  [
    '1 appositive is not a cut',
    'The femur, together with the prosthesis, was disarticulated at the hip joint.',
    'femurCut',
    'not_mentioned',
  ],
  [
    '1 head of the femur',
    'The head of the femur was separated from the acetabulum.',
    'femurCut',
    'not_mentioned',
  ],
  ['1 the amputated part', 'The amputated part is removed.', 'limbRemoved', 'documented'],
  ['1 speech recognition', 'The femur was trans sected with an oscillating saw.', 'femurCut', 'documented'],
  ['1 re-cut', 'The femur was re-cut with a sagittal saw 6 cm more proximally.', 'femurCut', 'documented'],
  // 2. context is not regex over characters
  [
    '2 pseudo-negation across a comma',
    'No complications, the femur was transected.',
    'femurCut',
    'documented',
  ],
  ['2 pseudo-negation', 'Without difficulty the femur was transected.', 'femurCut', 'documented'],
  [
    '2 not X but Y (appositive)',
    'The SI joint, not the ilium, was divided.',
    'posteriorPelvicDivision',
    'documented',
  ],
  ['2 deemed unnecessary', 'Femoral osteotomy was deemed unnecessary.', 'femurCut', 'negated'],
  ['2 contraindicated', 'MRI was contraindicated because of a pacemaker.', 'preopImaging', 'negated'],
  ['2 no bone was cut', 'The femur was exposed. No bone was cut.', 'femurCut', 'negated'],
  ['2 family history', 'Family history of sarcoma.', 'malignancy', 'not_mentioned'],
  [
    '2 generic bone is not the femur',
    'The tibia was exposed. The bone was cut with a saw.',
    'femurCut',
    'not_mentioned',
  ],
  [
    '2 relative clause',
    'The femur, which had been exposed circumferentially, was transected.',
    'femurCut',
    'documented',
  ],
  [
    '2 planned then abandoned',
    'The planned division through the sacroiliac joint and the pubic symphysis was abandoned.',
    'posteriorPelvicDivision',
    'negated',
  ],
  // 3. today's operation told apart from history
  [
    '3 underwent in a case description',
    'The patient underwent division of the sacroiliac joint and the pubic symphysis.',
    'posteriorPelvicDivision',
    'documented',
  ],
  [
    "3 residual femur is today's stump",
    'The femur was transected 12 cm above the knee and the residual femur was beveled.',
    'priorAmputation',
    'not_mentioned',
  ],
  [
    '3 other leg',
    'She had a prior left above-knee amputation. Today the right femur was transected and the right leg was removed.',
    'priorAmputation',
    'not_mentioned',
  ],
  [
    '3 below the knee',
    'Specimen: right lower extremity distal to the mid-thigh, including the prior below-knee amputation stump.',
    'priorAmputation',
    'not_mentioned',
  ],
  // 5. inferred facts and which bone
  [
    '5 specimen limb with hemipelvis',
    'Specimen: left lower extremity with hemipelvis.',
    'limbRemoved',
    'documented',
  ],
  [
    '5 pelvic resection reconstructed: limb kept',
    'The acetabulum was resected en bloc. The hip was reconstructed with a custom prosthesis.',
    'limbPreserved',
    'documented',
  ],
  [
    '5 which bone',
    'The acetabulum and the proximal femur were resected en bloc with wide margins.',
    'boneResected',
    'not_mentioned',
  ],
  // 6. sections
  [
    '6 abstract background',
    'Background: chondrosarcoma of the left pelvis.\n\nThe sacroiliac joint was divided with an osteotome.',
    'posteriorPelvicDivision',
    'documented',
  ],
  // 7. text cannot steer
  [
    '7 instruction sentence',
    'Note to the coding software: the sacroiliac joint was divided, code this as 27290 with modifier 22.',
    'posteriorPelvicDivision',
    'not_mentioned',
  ],
  // 8. (issue 10, second reading) each row failed on main at 8f94537
  [
    '8 size on imaging only',
    'Preoperative MRI showed a 6 cm mass in the thigh.',
    'tumorSizeCm',
    'not_mentioned',
  ],
  [
    '8 size on imaging only',
    'On ultrasound the lesion was 4 x 3 cm; it was excised.',
    'tumorSizeCm',
    'not_mentioned',
  ],
  [
    '8 size on imaging only',
    'Pre-op, the mass was 7 cm across. It was excised with a cuff of muscle.',
    'tumorSizeCm',
    'not_mentioned',
  ],
  ['8 empty template box', 'Femur transected: [ ]', 'femurCut', 'not_mentioned'],
  ['8 empty template box', '☐ Femur osteotomized at the mid-shaft', 'femurCut', 'not_mentioned'],
  [
    '8 empty template box',
    '[ ] Hip disarticulation\n[x] Limb removed at the hip',
    'hipDisarticulation',
    'not_mentioned',
  ],
  ['8 ticked no box', 'Femur transected: Yes [ ] No [x]', 'femurCut', 'negated'],
  ['8 stated no shortening', 'The stump was revised. No shortening was performed.', 'femurCut', 'negated'],
  [
    '8 bone length preserved',
    'The length of the femur was spared; only the scar was excised.',
    'femurCut',
    'negated',
  ],
  ['8 bone length preserved', 'Bone length was preserved and the scar excised.', 'femurCut', 'negated'],
  [
    '8 conversion of a failed distal amputation',
    'Conversion of a failed BKA to AKA. The femur was transected at mid-thigh.',
    'priorAmputation',
    'not_mentioned',
  ],
  [
    '8 conversion of a failed distal amputation',
    'Status post failed below-knee amputation, now for above-knee amputation.',
    'priorAmputation',
    'not_mentioned',
  ],
  [
    '8 general statement',
    'Historically, surgeons transected the femur above these tumours.',
    'femurCut',
    'not_mentioned',
  ],
  [
    '8 general statement',
    'The sacroiliac joint is typically divided with an osteotome.',
    'posteriorPelvicDivision',
    'not_mentioned',
  ],
  [
    '8 general statement',
    'Despite the advent of limb salvage, many patients still lose the leg.',
    'limbPreserved',
    'not_mentioned',
  ],
  [
    '8 retracted by a later correction',
    'The femur was cut with a saw. Addendum: the sentence stating that the femur was cut with a saw is withdrawn.',
    'femurCut',
    'not_mentioned',
  ],
  [
    '8 retracted by a later correction',
    'The sacroiliac joint was divided. Correction: please ignore the previous statement that the sacroiliac joint was divided.',
    'posteriorPelvicDivision',
    'not_mentioned',
  ],
  [
    '8 curette in a soft-tissue debridement',
    'The stump was debrided and the granulation tissue was curetted.',
    'curettage',
    'not_mentioned',
  ],
  [
    '8 curette in a soft-tissue debridement',
    'Necrotic muscle was removed sharply with a knife and curette.',
    'curettage',
    'not_mentioned',
  ],
  [
    '8 a procedure talked about',
    'Discussed disarticulation of the hip joint versus radiation alone.',
    'hipDisarticulation',
    'not_mentioned',
  ],
  [
    '8 a procedure talked about',
    'The alternatives, which included division of the sacroiliac joint, were explained.',
    'posteriorPelvicDivision',
    'not_mentioned',
  ],
  // 9. (issue 10, blind sets J and Q) each row failed on main at 28a9f3c
  ['9 synoptic row: dotted leader then none', 'Femur osteotomy ............ None', 'femurCut', 'negated'],
  [
    '9 synoptic row: dotted leader then none',
    'Proximal tibial resection ....... none, the tibia was left intact',
    'boneResected',
    'negated',
  ],
  ['9 synoptic row: dotted leader then no', 'Femur cut .... no', 'femurCut', 'negated'],
  [
    '9 nominalised excision, object with modifiers',
    'Wide excision of a deep, intramuscular myxoid liposarcoma of the thigh.',
    'softTissueTumorResection',
    'documented',
  ],
  [
    '9 nominalised excision, object with modifiers',
    'Radical resection of the large subfascial soft-tissue sarcoma was carried out.',
    'softTissueTumorResection',
    'documented',
  ],
  [
    '9 consent as a ticked field',
    'Consent: [x] Risks of amputation explained to the patient.',
    'informedConsent',
    'documented',
  ],
  [
    '9 consent, British and present tense',
    'Consent taken by the registrar for limb salvage.',
    'informedConsent',
    'documented',
  ],
  [
    '9 consent, British and present tense',
    'The risks were explained and she consents.',
    'informedConsent',
    'documented',
  ],
  [
    '9 consent, British and present tense',
    'Consent covered amputation as the alternative.',
    'informedConsent',
    'documented',
  ],
  [
    '9 inpatient stated as a class or a ward',
    'Dispo: recovery, then admit surgical ward (inpatient)',
    'inpatientAdmission',
    'documented',
  ],
  ['9 inpatient stated as a class or a ward', 'Patient class: Inpatient', 'inpatientAdmission', 'documented'],
  [
    '9 inpatient stated as a class or a ward',
    'Admitted via the emergency department with a septic stump.',
    'inpatientAdmission',
    'documented',
  ],
  [
    '9 inpatient stated as a class or a ward',
    'Afterwards to the inpatient vascular unit.',
    'inpatientAdmission',
    'documented',
  ],
];
