/**
 * Whole-note probes for wrong codes outside coder review found by a red-team set of dictations (written
 * for these tests in our own words, several wordings per class, with guards that must not change): an
 * earlier open amputation dated "days ago" or "before N days", an open or guillotine wound of another
 * amputation level or a side word before "open", an addendum that adds what the dictation left out, a
 * prior thigh amputation named by the part of the thigh it went through, a stump washed out and left
 * open, a soft-tissue tumour removed at its own edge, an earlier amputation of unstated level before
 * a femoral cut, a graft kept ready or denied through a pronoun, and a femoral neck osteotomised. Same shape as `readingProbes` (tests/support/reading-classes.ts);
 * tests/reading-classes.test.ts runs them all.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const redteamProbes: readonly ReadingProbe[] = [
  // RT1. an earlier operation dated by a count of days, weeks or hours before it ("Six days ago ...",
  // non-native "Before two days ..."): its open wound is the earlier stage's, not today's
  {
    klass: 'RT1 time: "Six days ago a left guillotine AKA was performed", femur re-cut today',
    text: `Procedure: Left above-knee amputation, second stage.
Six days ago a left guillotine above-knee amputation was performed for necrotising fasciitis. Today the femur was cut 3 cm higher with an oscillating saw, flaps were fashioned, myodesis and closure in layers.`,
    code: '27596',
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass: 'RT1 time: "48 hours ago he underwent an open above-knee amputation"',
    text: `Procedure: Right AKA formalisation.
48 hours ago he underwent an open above-knee amputation on the right for gas gangrene. Today the wound is clean; the femur was shortened by 2 cm with the saw and the flaps were closed.`,
    code: '27596',
  },
  {
    klass: 'RT1 time: non-native "Before two days we make guillotine above knee amputation"',
    text: `Operation: right thigh, second stage.
Before two days we make guillotine above knee amputation on right side for sepsis. Today the femur we cut 2 cm higher with saw and we close the flaps.`,
    code: '27596',
  },
  {
    klass: 'RT1 time: "A week ago he had a guillotine amputation at the ankle", AKA closed today',
    text: `Procedure: Right above-knee amputation.
A week ago he had a guillotine amputation at the ankle for wet gangrene; the leg is now ischaemic to the knee. Fish-mouth flaps were raised, the vessels ligated and the femur cut with the saw at the distal third. Closure in layers.`,
    code: '27590',
    anatomy: { woundLeftOpen: 'not_mentioned' },
  },
  {
    klass: 'RT1 guard: "admitted two days ago", today a guillotine AKA left open',
    text: `Procedure: Right guillotine above-knee amputation.
Admitted two days ago with sepsis. The femur was cut with a Gigli saw at mid thigh at the level of the skin incision and the wound was left open and packed.`,
    code: '27592',
  },
  {
    klass: 'RT1 guard: "Before 3 days of antibiotics" is no earlier operation',
    text: `Procedure: Left guillotine above-knee amputation.
Before 3 days of antibiotics the sepsis was uncontrolled. Circular incision at mid thigh, the femur cut with a Gigli saw at the same level, the stump left open and packed.`,
    code: '27592',
  },
  // RT2. the open wound of an amputation at another level (a guillotine ankle amputation, an open
  // below-knee amputation) or a side before "open" ("a left open femoral fracture"): no thigh wound left open
  {
    klass: 'RT2 level: a guillotine ankle amputation in the history of a closed AKA',
    text: `Procedure: Left above-knee amputation.
History: guillotine ankle amputation for a septic foot, now ischaemic to the knee.
Anterior and posterior flaps were raised, the femoral vessels ligated and the femur divided with the saw 12 cm above the knee. Myodesis and closure over a drain.`,
    code: '27590',
    anatomy: { woundLeftOpen: 'not_mentioned' },
  },
  {
    klass: 'RT2 level: "after an open below-knee amputation the calf became necrotic"',
    text: `Procedure: Right AKA.
Indication: after an open below-knee amputation for sepsis the calf flap became necrotic.
Flaps raised, femoral vessels ligated, the femur transected at mid thigh with an oscillating saw and the wound closed in layers.`,
    code: '27590',
  },
  {
    klass: 'RT2 level: "a guillotine amputation above the ankle" in the indication',
    text: `Procedure: Left above-knee amputation.
Indication: the guillotine amputation above the ankle done for sepsis has failed to control the infection.
The femur was cut with a saw at the junction of the middle and distal thirds, myoplasty, closure.`,
    code: '27590',
  },
  {
    klass: 'RT2 side: "a left open femoral fracture" is the side and the injury, not a wound left open',
    text: `Procedure: Left above-knee amputation.
Indication: a left open femoral fracture with an unreconstructable popliteal artery injury.
The femur was transected at mid thigh with the saw proximal to the fracture, myodesis and closure in layers.`,
    code: '27590',
  },
  {
    klass: "RT2 guard: a guillotine amputation above the knee is today's open thigh wound",
    text: `Procedure: Right guillotine amputation above the knee for septic shock.
Circumferential incision at mid thigh, the femur cut at the same level with a Gigli saw, vessels suture-ligated. The stump was packed open.`,
    code: '27592',
  },
  {
    klass: 'RT2 guard: a failed guillotine ankle amputation, today a thigh guillotine left open',
    text: `Procedure: Left guillotine AKA.
The guillotine ankle amputation has not controlled the sepsis. Circular cut at mid thigh through muscle and bone, the femur cut with a Gigli saw, and the wound left open and packed.`,
    code: '27592',
  },
  // RT3. an addendum that adds what the dictation left out ("I omitted that ...", "I forgot to mention
  // that ...", "the original dictation did not state that ...") affirms the act it adds
  {
    klass: 'RT3 addendum: "I omitted that the femur was shortened" in a stump revision',
    text: `Procedure: Revision of left above-knee amputation stump.
Prior left AKA 2022 with a prominent bone end. The scar was excised and the soft tissues debulked. Closure.
Addendum: I omitted that the femur was shortened by 2 cm with an oscillating saw before the closure.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'RT3 addendum: "the original dictation did not state that the femur was recut"',
    text: `Procedure: Right AKA stump revision for a painful spur.
Previous right AKA 2019. The scar was excised and the flaps revised. Closure.
Correction: the original dictation did not state that the femur was recut 2 cm proximally with the saw.`,
    code: '27596',
  },
  {
    klass: 'RT3 addendum: "Omitted from the note:" then the femoral cut',
    text: `Procedure: Left above-knee stump revision.
Prior left transfemoral amputation 2020. Scar excised, soft tissue trimmed, closed.
Omitted from the original note: the femur was shortened 3 cm with the saw before the myodesis.`,
    code: '27596',
  },
  {
    klass: 'RT3 addendum: "I neglected to mention that allograft chips were packed"',
    text: `Procedure: Curettage of left distal femoral bone cyst.
A cortical window was made and the cyst curetted to a clean wall. Closure.
Addendum: I neglected to mention that cancellous allograft chips were packed into the defect before closure.`,
    code: '27356',
  },
  {
    klass: 'RT3 guard: "the planned femoral shortening was omitted" is not done',
    text: `Procedure: Right AKA stump revision.
Prior right AKA 2021. Scar excised, soft tissue debulked, closure.
Addendum: the planned femoral shortening was omitted because the bone end was well padded.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'RT3 guard: "I omitted the femoral shortening" is not done',
    text: `Procedure: Left AKA stump revision.
Prior left AKA 2018. The scar was excised and closed.
Addendum: I omitted the femoral shortening because the coverage was good.`,
    code: '27594',
  },
  // RT4. a prior thigh amputation named by the part of the thigh it went through, dated in the history
  {
    klass: 'RT4 site: non-native "Before 2 weeks we did amputation of the right thigh"',
    text: `Procedure: Right femoral shortening and closure.
Before 2 weeks we did amputation of the right thigh for infection. Now the bone is prominent. The femur was re-cut 4 cm higher with the saw. Myodesis, closure.`,
    code: '27596',
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass: 'RT4 site: "Three weeks ago a guillotine amputation of the left thigh was done"',
    text: `Procedure: Left femoral shortening and closure.
Three weeks ago a guillotine amputation of the left thigh was done for sepsis. Today the femur was shortened by 2 cm with the saw and the flaps closed over a drain.`,
    code: '27596',
  },
  {
    klass: 'RT4 site: "Amputation of the right thigh in 2016" in the history',
    text: `Procedure: Right femoral shortening and closure.
Amputation of the right thigh in 2016 for a crush injury. Now a painful bony spur. The femur was re-cut 4 cm higher with the saw. Myodesis, closure.`,
    code: '27596',
  },
  {
    klass: 'RT4 guard: "an amputation through the right femur in 2017", femur re-cut today',
    text: `Procedure: Right thigh stump revision with bone.
History: an amputation through the right femur in 2017 after a crush injury; now a painful bony spur.
The scar was excised and the femur re-cut 4 cm higher with the saw. Myodesis, closure.`,
    code: '27596',
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass: 'RT4 guard: "amputation through the right femur" as today\'s operation',
    text: `Procedure: Amputation through the right femur at mid shaft.
Flaps were raised, the vessels ligated, the sciatic nerve divided and the femur transected with the saw. Myodesis and closure.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  // RT5. a thigh stump washed out or debrided and left open was neither closed nor its scar revised
  {
    klass: 'RT5 open stump: washout of a right AKA stump left open and packed',
    text: `Procedure: Washout of right above-knee amputation stump.
Prior right AKA 2023, now an abscess in the stump. The wound was opened, pus drained and the cavity irrigated with 3 litres. The femur was not cut. The wound was left open and packed.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT5 open stump: debridement of a left AKA stump, packed open for a second look',
    text: `Procedure: Debridement of infected left AKA stump.
Left transfemoral amputation 2021. Necrotic muscle was excised back to bleeding tissue; no bone was removed. The stump was packed open for a second look in 48 hours.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT5 open stump: washout of a traumatic above-knee amputation, packed',
    text: `Procedure: Washout and debridement of a traumatic above-knee amputation, right.
The wound was irrigated with 6 litres and devitalised muscle excised. No bone was cut. The wound was packed.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT5 guard: secondary closure of an AKA stump, the femur not cut, closed in layers',
    text: `Procedure: Secondary closure of right above-knee amputation stump.
Prior right AKA 2024 with a dehisced wound. The edges were excised and the granulation tissue debrided. The femur was not cut. The wound was closed in layers over a drain.`,
    code: '27594',
  },
  // RT6. a soft-tissue tumour removed at its own edge (shelled out, enucleated, a marginal excision) was
  // not resected radically
  {
    klass: 'RT6 marginal: an 8 cm lipoma shelled out along its capsule',
    text: `Procedure: Excision of right thigh lipoma.
An 8 cm lipoma deep to the fascia lata was shelled out along its capsule and delivered whole. Closure over a drain.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT6 marginal: "marginal excision" of a 6 cm intramuscular myxoma',
    text: `Procedure: Marginal excision of a 6 cm intramuscular myxoma of the left vastus lateralis. No bone removed. Closure.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT6 marginal: a 3 cm schwannoma enucleated from the nerve sheath',
    text: `Procedure: Excision of left thigh schwannoma.
The 3 cm tumour was enucleated from the sciatic nerve sheath under magnification. Closure.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT6 marginal: a 7 cm plexiform neurofibroma debulked piecemeal',
    text: `Procedure: Excision of right thigh neurofibroma.
The 7 cm plexiform neurofibroma was debulked and removed piecemeal, sparing the nerve fascicles. No bone taken. Closure.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT6 guard: a wide resection whose margin at the vessels was marginal is still radical',
    text: `Procedure: Wide resection of 8 cm left thigh liposarcoma.
Resected en bloc with a cuff of vastus medialis. The margin at the femoral vessels was marginal; the vessels were preserved. No bone was taken. Closure.`,
    code: '27364',
  },
  {
    klass: 'RT6 guard: a sarcoma shelled out elsewhere earlier, re-excised wide today',
    text: `Procedure: Wide re-excision of left thigh sarcoma bed.
The 6 cm sarcoma had been shelled out at another hospital in May. Today the scar and the tumour bed were resected en bloc with a cuff of normal muscle; no bone was taken. Closure.`,
    code: '27364',
  },
  // RT7. an earlier amputation of unstated level (it may have been a failed below-knee one) decides no
  // re-amputation: 27590 and 27596 stand open, in coder review
  {
    klass: 'RT7 unstated level: "a guillotine amputation a week ago", femur cut today',
    text: `Procedure: Right thigh amputation, definitive.
A week ago he had a guillotine amputation for wet gangrene. Today the femur was cut with the saw at the distal third, myodesis and closure in layers.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT7 unstated level: "status post amputation for trauma", the femur transected today',
    text: `Procedure: Left transfemoral amputation.
Status post amputation of the left leg for trauma in 2023, now a non-healing stump. The femur was transected 10 cm above the knee with an oscillating saw. Closure.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'RT7 guard: a prior left transfemoral amputation, femur re-cut today',
    text: `Procedure: Left thigh re-amputation.
Status post left transfemoral amputation for trauma in 2023, now osteomyelitis of the bone end. The femur was transected 4 cm higher with an oscillating saw. Closure.`,
    code: '27596',
  },
  {
    klass: 'RT7 guard: a failed left BKA converted above the knee is a first thigh amputation',
    text: `Procedure: Conversion of failed left BKA to AKA.
Left below-knee amputation 2024, now a necrotic stump. The femur was transected at mid thigh with the saw. Closure.`,
    code: '27590',
  },
  {
    klass: 'RT7 guard: "the femur was shortened" in a stump revision of unstated level re-cuts a thigh stump',
    text: `Procedure: Revision of right amputation stump.
Prior amputation for trauma. The femur was shortened 3 cm with the saw. Closure.`,
    code: '27596',
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass:
      'RT7 guard: "the femur was cut 3 cm higher than the old bone end" after an amputation of unstated level',
    text: `Procedure: Left stump revision.
Previous amputation for ischaemia. The femur was exposed and cut 3 cm higher than the old bone end with the saw. Closure.`,
    code: '27596',
  },
  // RT8. a graft kept ready ("allograft was available", "on standby") or named and then denied through a
  // pronoun ("but it was not needed", "we did not use it") was not used
  {
    klass: 'RT8 graft: "We had allograft available but it was not needed"',
    text: `Procedure: Curettage of right distal femoral cyst.
The cyst was curetted to clean walls. We had allograft available but it was not needed; the cavity was left to fill with clot. Closure.`,
    code: '27355',
  },
  {
    klass: 'RT8 graft: "allograft was opened but it was not used"',
    text: `Procedure: Curettage of left femoral neck bone cyst.
The lesion was curetted through a lateral window. Allograft was opened but it was not used, as the cavity was small. Closure.`,
    code: '27355',
  },
  {
    klass: 'RT8 graft: "autograft chips were available on the back table" only',
    text: `Procedure: Curettage of right femoral enchondroma.
The lesion was curetted and burred. Autograft chips were available on the back table. The wound was closed in layers.`,
    code: '27355',
  },
  {
    klass: 'RT8 graft: "allograft was on hand but we did not use it"',
    text: `Procedure: Curettage of left distal femur lesion.
Curettage to a clean cavity. Allograft was on hand but we did not use it. Closure.`,
    code: '27355',
  },
  {
    klass: 'RT8 guard: "allograft, available from the bank, was packed"',
    text: `Procedure: Curettage of right distal femoral cyst with grafting.
The cyst was curetted. Allograft, available from the bank, was packed into the defect. Closure.`,
    code: '27356',
  },
  {
    klass: 'RT8 guard: allograft packed, "but it was not possible to fill the far recess"',
    text: `Procedure: Curettage and grafting of left femoral cyst.
The cyst was curetted and packed with allograft chips, but it was not possible to fill the far recess. Closure.`,
    code: '27356',
  },
  // RT9. the femoral neck osteotomised (or the neck of the femur divided) cuts the femur: no hip
  // disarticulation, whatever the title says
  {
    klass: 'RT9 neck: "the femoral neck was osteotomised and the head left in the acetabulum"',
    text: `Procedure: Left hip disarticulation.
The femoral neck was osteotomised and the head left in the acetabulum; the limb was removed. Closure over drains.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'RT9 neck: "the neck of the femur was divided with a saw"',
    text: `Procedure: Right hip disarticulation.
The neck of the femur was divided with an oscillating saw and the head was left in the socket. The limb was removed. Closure.`,
    code: '27590',
  },
  {
    klass: 'RT9 neck: "the femoral neck was sawn through just below the head"',
    text: `Procedure: Left hip disarticulation.
The capsule was opened. The femoral neck was sawn through just below the head, which was left in place. The limb was removed. Closure.`,
    code: '27590',
  },
  {
    klass: 'RT9 guard: the femoral neck held with a bone hook while the head is dislocated',
    text: `Procedure: Right hip disarticulation.
The femoral neck was grasped with a bone hook and the head dislocated from the acetabulum. The limb was removed and the pelvis preserved. Closure.`,
    code: '27295',
  },
];
