import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';

const statusOf = (text: string, key: string) =>
  (extractWithRules(text).elements as Record<string, { status: string }>)[key]?.status;

// Documentation elements stated in other words and places (blind-set finding precision: doc.missing for
// elements the surgeon did state). Rows: [element, text, expected status]; each class with its guards,
// the plans, negations and template blanks that must stay not documented.
const rows: ReadonlyArray<readonly [string, string, string]> = [
  // consent: risks and benefits with a slash, counselling, the patient's agreement to proceed
  ['informedConsent', 'Risks/benefits/alternatives discussed with patient and husband.', 'documented'],
  ['informedConsent', 'R/B/A: risks & benefits reviewed with the family.', 'documented'],
  [
    'informedConsent',
    'Patient counselled at length regarding the amputation and phantom limb pain.',
    'documented',
  ],
  [
    'informedConsent',
    'Counselling done about the prognosis and the surgery, relatives present.',
    'documented',
  ],
  ['informedConsent', 'After a long discussion he agreed to proceed with the operation.', 'documented'],
  ['informedConsent', 'She understands and wishes to proceed.', 'documented'],
  ['informedConsent', 'The patient elected to go ahead with hindquarter amputation.', 'documented'],
  ['informedConsent', 'Consent form 4 completed and placed in the notes.', 'documented'],
  ['informedConsent', 'Consent not obtained because the patient lacked capacity.', 'negated'],
  ['informedConsent', 'He did not agree to proceed and the case was cancelled.', 'negated'],
  ['informedConsent', 'Consent: ***', 'not_mentioned'],
  ['informedConsent', '[ ] Consent signed', 'not_mentioned'],
  ['informedConsent', 'The patient agreed to a blood transfusion.', 'not_mentioned'],
  // the form signed by the patient or a proxy, told as the signature; a consent field naming whom it was with
  [
    'informedConsent',
    'Consent: the patient is ventilated. I explained to his wife that the whole leg and half the pelvis would be removed. She agreed and signed.',
    'documented',
  ],
  [
    'informedConsent',
    'Consent: awake and able to take part; understands the plan and the risk of death. Signed by patient; witnessed.',
    'documented',
  ],
  [
    'informedConsent',
    'The amputation and its risks were explained to the parents, and his mother signed.',
    'documented',
  ],
  [
    'informedConsent',
    'Consent with Amira and both parents: wide resection with a prosthesis versus amputation, recurrence, infection.',
    'documented',
  ],
  ['informedConsent', 'Consent w/ pt and wife: AKA vs salvage, phantom pain, wound problems.', 'documented'],
  ['informedConsent', 'Electronically signed by Dr. Hale at 14:02.', 'not_mentioned'],
  // tumour board: an interdisciplinary sarcoma group (e8)
  ['tumorBoard', 'The interdisciplinary sarcoma group recommended neoadjuvant chemotherapy.', 'documented'],
  ['tumorBoard', 'The case went to the sarcoma group, which advised resection.', 'documented'],
  ['tumorBoard', 'A support group for amputees was recommended.', 'not_mentioned'],
  ['informedConsent', 'The patient signed the blood transfusion form.', 'not_mentioned'],
  ['informedConsent', 'Consent with patient and wife: to be signed tomorrow morning.', 'not_mentioned'],
  ['informedConsent', 'Consent: not possible, GCS 3, lifesaving surgery.', 'not_mentioned'],
  // consent for a long-named operation, its verb after the name; the consent discussion under its field
  [
    'informedConsent',
    'Consent for amputation of the right lower limb and the right hemipelvis was signed at the clinic visit.',
    'documented',
  ],
  [
    'informedConsent',
    'Consent: amputation versus limb salvage discussed at length with the family.',
    'documented',
  ],
  [
    'informedConsent',
    'Consent: went through resection with a tumour prosthesis versus amputation.',
    'documented',
  ],
  ['informedConsent', 'Consent discussed the two options with the parents, who agreed.', 'documented'],
  ['informedConsent', 'Consent for photography was discussed.', 'not_mentioned'],
  ['informedConsent', 'Consent will be discussed at the next visit.', 'not_mentioned'],
  ['informedConsent', 'Consent was not discussed.', 'negated'],
  // consent still to come: a future or pending frame, or a later time closing the clause, documents none
  ['informedConsent', 'Consent to be signed tomorrow.', 'not_mentioned'],
  ['informedConsent', 'The consent form will be obtained on the day of surgery.', 'not_mentioned'],
  ['informedConsent', 'Consent yet to be taken, registrar aware.', 'not_mentioned'],
  ['informedConsent', 'Consent signed tomorrow morning by the registrar.', 'not_mentioned'],
  ['informedConsent', 'Consent to be reconfirmed before the list.', 'not_mentioned'],
  ['informedConsent', 'Consent signed yesterday, a copy to be filed.', 'documented'],
  ['informedConsent', 'Written consent was obtained; surgery booked for tomorrow.', 'documented'],
  [
    'informedConsent',
    'PREOP: Patient counselled about the risks of the operation including death; she wishes to proceed.\nPROCEDURE: left AKA.',
    'documented',
  ],
  // tumour board: a British meeting name, a named oncology meeting; a plan or a blank is none
  ['tumorBoard', 'Discussed in the sarcoma MDM, consensus for amputation.', 'documented'],
  ['tumorBoard', 'Outcome of the regional MDM: proceed to surgery.', 'documented'],
  ['tumorBoard', 'Joint decision at the musculoskeletal oncology meeting was for amputation.', 'documented'],
  // a board's relative clause ending at a reason told as its own clause: the reason's denial is its own
  [
    'tumorBoard',
    'She was presented at the tumour board who favoured amputation as a limb-sparing operation was not feasible.',
    'documented',
  ],
  [
    'tumorBoard',
    'Reviewed by the sarcoma MDT, which chose a hindquarter amputation since reconstruction was not possible.',
    'documented',
  ],
  ['tumorBoard', 'Tumour board review was not done because the meeting was cancelled.', 'negated'],
  ['tumorBoard', 'The MDT as arranged was not held.', 'negated'],
  ['tumorBoard', 'Reviewed at the bone tumour panel on 3/2.', 'documented'],
  ['tumorBoard', 'Presented at the weekly sarcoma meeting.', 'documented'],
  ['tumorBoard', 'Tumour board discussion planned for next week.', 'not_mentioned'],
  ['tumorBoard', 'MDT to be held after the staging scans.', 'not_mentioned'],
  ['tumorBoard', 'Tumor board: ***', 'not_mentioned'],
  ['tumorBoard', 'MDT discussed: ___', 'not_mentioned'],
  ['tumorBoard', 'Plan: present at tumour board next week, then consider surgery.', 'not_mentioned'],
  ['tumorBoard', 'Case to be discussed at the sarcoma MDT.', 'not_mentioned'],
  ['tumorBoard', 'Refer to MDT for a decision on limb salvage.', 'not_mentioned'],
  [
    'tumorBoard',
    'INDICATIONS: 61M with pelvic chondrosarcoma, discussed at the regional sarcoma MDM with agreement for hindquarter amputation.\nPROCEDURE: left hindquarter amputation.',
    'documented',
  ],
  ['tumorBoard', 'Tumor board: reviewed 2/14, recommended resection.', 'documented'],
  [
    'tumorBoard',
    'The tumour board recommended hindquarter amputation, scheduled for next week.',
    'documented',
  ],
  // imaging: angiography; a scan still to come is none
  ['preopImaging', 'Angiogram showed the superficial femoral artery encased by tumour.', 'documented'],
  ['preopImaging', 'Preoperative angiography: the iliac vessels displaced but patent.', 'documented'],
  ['preopImaging', 'MRI to be arranged.', 'not_mentioned'],
  ['preopImaging', 'Staging CT still to be done.', 'not_mentioned'],
  ['preopImaging', 'Imaging: ***', 'not_mentioned'],
  ['preopImaging', 'MRI reviewed with the radiologist.', 'documented'],
  // diagnosis confirmed: abbreviations (bx, HPE, FNAC, Tru-cut), a tissue diagnosis, a result field
  ['diagnosisConfirmation', 'Bx-proven high-grade chondrosarcoma of the left ilium.', 'documented'],
  ['diagnosisConfirmation', 'HPE-confirmed osteosarcoma of the distal femur.', 'documented'],
  ['diagnosisConfirmation', 'Tissue diagnosis of undifferentiated pleomorphic sarcoma.', 'documented'],
  ['diagnosisConfirmation', 'HPE report - Ewing sarcoma.', 'documented'],
  ['diagnosisConfirmation', 'FNAC showed malignant spindle cells.', 'documented'],
  ['diagnosisConfirmation', 'Trucut from the thigh mass revealed myxoid liposarcoma.', 'documented'],
  ['diagnosisConfirmation', 'Bx: high grade sarcoma.', 'documented'],
  ['diagnosisConfirmation', 'Bx not done.', 'negated'],
  ['diagnosisConfirmation', 'Biopsy tract marked on the skin.', 'not_mentioned'],
  // pathology: HPE, a frozen section of a margin read negative
  ['pathology', 'HPE: conventional chondrosarcoma grade 2.', 'documented'],
  ['pathology', 'Frozen section of the marrow margin negative.', 'documented'],
  ['pathology', 'Intraoperative frozen section from the proximal femoral cut end: negative.', 'documented'],
  ['pathology', 'Final histopathology awaited.', 'not_mentioned'],
  // margin intent: a margin of healthy tissue, a margin field answered
  ['marginIntent', 'Margin: wide.', 'documented'],
  ['marginIntent', 'Margins planned - wide, including the biopsy scar.', 'documented'],
  ['marginIntent', 'Tumour removed with a clear margin of healthy muscle.', 'documented'],
  ['marginIntent', 'Excised with a 1 cm margin of normal fat all round.', 'documented'],
  ['marginIntent', 'Margin: marginal, along the neurovascular bundle.', 'documented'],
  ['marginIntent', 'Margins: ***', 'not_mentioned'],
  ['marginIntent', 'Wound margins were trimmed.', 'not_mentioned'],
  // anatomic location: a third or an end of the femur
  ['anatomicLocation', 'Tumour of the proximal third of the femur.', 'documented'],
  ['anatomicLocation', 'Mass in the lower end of femur.', 'documented'],
  ['anatomicLocation', 'Lytic lesion in the upper end of the right femur.', 'documented'],
  ['anatomicLocation', 'Osteosarcoma of the middle third of the left femur.', 'documented'],
  // stump indication: a sinus in its British and Indian wordings, a bony spur; a heart rhythm is none
  ['indication', 'A discharging sinus over the end of the stump for six months.', 'documented'],
  ['indication', 'Chronic sinus at the distal stump with exposed bone.', 'documented'],
  ['indication', 'There is a sinus tract down to the femur.', 'documented'],
  ['indication', 'Unable to wear the prosthesis because of a painful bony spur.', 'documented'],
  ['indication', 'ECG showed sinus rhythm; chronic sinusitis noted.', 'not_mentioned'],
  ['indication', 'Chronic sinus tachycardia under cardiology review.', 'not_mentioned'],
  // stump technique: the muscle brought over the bone end and sewn to its opposite; skin flaps are none
  [
    'reconstructionTechnique',
    'Quadriceps brought over the bone end and sewn to the posterior fascia and hamstrings.',
    'documented',
  ],
  [
    'reconstructionTechnique',
    'The adductors were brought across the femur and stitched to the vastus lateralis.',
    'documented',
  ],
  ['reconstructionTechnique', 'The skin flaps were brought over the wound and stapled.', 'not_mentioned'], // findrt: consent: the completion later in the clause, after who signed or an aside; the form signed; told the risks in other verbs; a denial in the span and a form for blood stay out
  ['informedConsent', 'Consent: risks explained to the patient and her daughter, form signed.', 'documented'],
  ['informedConsent', 'Consent - pt & wife, obtained by the registrar', 'documented'],
  [
    'informedConsent',
    'Went over the consent with him on the ward the night before, and he signed it.',
    'documented',
  ],
  [
    'informedConsent',
    'He agreed and signed the form once the interpreter had gone through it.',
    'documented',
  ],
  [
    'informedConsent',
    'She was advised of the possible risks, including wound breakdown and phantom pain.',
    'documented',
  ],
  ['informedConsent', 'Consent - pt & wife, not yet signed', 'negated'],
  ['informedConsent', 'He signed the form for blood products.', 'not_mentioned'],
  ['informedConsent', 'Consent form: ___', 'not_mentioned'],
  // findrt: diagnosis confirmed: the result as an attribute, no verb (source words right before a type or grade); a biopsy track, a planned biopsy, a pending result are none
  ['diagnosisConfirmation', 'Tru-cut histopathology grade III chondrosarcoma, left ilium.', 'documented'],
  ['diagnosisConfirmation', 'Core biopsy histology Ewing sarcoma, translocation positive.', 'documented'],
  ['pathology', 'Core needle biopsy pathology osteosarcoma, conventional type.', 'documented'],
  ['pathology', 'Bx path c/w chondrosarcoma.', 'documented'],
  ['diagnosisConfirmation', 'Biopsy track excised with the sarcoma.', 'not_mentioned'],
  ['diagnosisConfirmation', 'Needle biopsy of the mass is planned.', 'not_mentioned'],
  ['pathology', 'Biopsy pathology pending.', 'negated'],
  // "path" for pathology, its result an attribute after the specimen it came from (a type or a grade)
  ['pathology', 'Path from the first curettage giant cell tumour, recurrent now.', 'documented'],
  ['pathology', 'Path from the prior excision GCTB.', 'documented'],
  ['pathology', 'Spec to path.', 'not_mentioned'],
  ['pathology', 'The dissection path from the groin was developed.', 'not_mentioned'],
  ['pathology', 'Path from the biopsy pending.', 'negated'],
  // findrt: a field answered with a denied act is negated; a label of a few words before an empty box documents nothing; an answered field and a ticked box stay
  ['tumorBoard', 'Sarcoma MDT: not yet presented', 'negated'],
  ['tumorBoard', 'Tumour board: not discussed', 'negated'],
  ['preopImaging', 'MRI pelvis: not yet', 'negated'],
  ['tumorBoard', 'Tumour board: discussed 4/11, not for radiotherapy', 'documented'],
  ['tumorBoard', 'MDT discussed: [ ]', 'not_mentioned'],
  ['preopImaging', 'Staging CT reviewed: [ ]', 'not_mentioned'],
  ['informedConsent', 'Consent obtained: ( )', 'not_mentioned'],
  ['tumorBoard', 'MDT reviewed: [x]', 'documented'],
  // findrt: admission: in hospital since a day; "prior" as an operation's adjective dates that operation, not the admission beside it; an earlier admission stays history
  ['inpatientAdmission', 'IP since 02/11, septic stump.', 'documented'],
  [
    'inpatientAdmission',
    'Location: Pinecrest Memorial Hospital OR 3          Pt class: Inpatient',
    'documented',
  ],
  ['inpatientAdmission', 'Hospitalized since the weekend with a discharging stump.', 'documented'],
  ['inpatientAdmission', 'Day case; home this evening.', 'negated'],
  ['inpatientAdmission', 'Previous right AKA, now septic, admitted as inpatient on Sunday.', 'documented'],
  [
    'inpatientAdmission',
    'She is an inpatient on antibiotics for an infected stump after a prior left transfemoral amputation.',
    'documented',
  ],
  ['inpatientAdmission', 'He was admitted with a stump abscess in 2019.', 'not_mentioned'],
  [
    'inpatientAdmission',
    'Prior admission for stump cellulitis; treated with oral antibiotics.',
    'not_mentioned',
  ],
  // findrt: anatomic location abbreviated as charted (prox tib, dist fem); "distance" and distal pulses are none
  ['anatomicLocation', 'Dx: L prox tib chondrosarcoma', 'documented'],
  ['anatomicLocation', 'Lytic lesion R dist femur, lateral cortex', 'documented'],
  ['anatomicLocation', 'PROX FEMUR METASTASIS', 'documented'],
  ['anatomicLocation', 'Distance from the tumour to the joint line 4 cm.', 'not_mentioned'],
  ['anatomicLocation', 'Dist pulses intact.', 'not_mentioned'],
  // findrt: reconstruction detail: a named implant type or muscle flap is a component; a bare "reconstruction" or a plan is none
  [
    'reconstructionDetail',
    'Resected en bloc and reconstructed with a distal femoral endoprosthesis.',
    'documented',
  ],
  [
    'reconstructionDetail',
    'The defect was reconstructed with a proximal tibial replacement and a gastrocnemius flap.',
    'documented',
  ],
  ['reconstructionDetail', 'Reconstruction was performed.', 'not_mentioned'],
  ['reconstructionDetail', 'Plan: distal femoral replacement if the margins allow.', 'not_mentioned'],
  // findrt: the reconstruction's type named by its joint replacement, graft or fusion (a proximal femoral arthroplasty, a fibular strut graft, an arthrodesis over a nail)
  [
    'reconstructionDetail',
    'A wide proximal femoral resection was performed with reconstruction with a proximal femoral arthroplasty.',
    'documented',
  ],
  [
    'reconstructionDetail',
    'After resection of the distal femur the defect was reconstructed by knee arthrodesis over an intramedullary nail.',
    'documented',
  ],
  ['reconstructionDetail', 'The resection was reconstructed with a vascularised fibula.', 'documented'],
  ['reconstructionDetail', 'Reconstruction of the defect was carried out.', 'not_mentioned'],
  [
    'reconstructionDetail',
    'The reconstruction was performed by the arthroplasty team; see their separate report.',
    'not_mentioned',
  ],
  // findrt: a translated report names its imaging, tissue diagnosis, tumour board and consent in its own language
  [
    'preopImaging',
    'IRM du bassin of 02/09/2025 and TDM thoraco-abdomino-pelvien: persistent tumour of the left ilium.',
    'documented',
  ],
  [
    'preopImaging',
    'RM of the whole femur after chemotherapy: lesion of the distal metaphysis.',
    'documented',
  ],
  ['preopImaging', 'Resonancia magnética de pelvis: tumour of the ischium, no skip lesions.', 'documented'],
  ['preopImaging', 'Seen by Dr. R. M. Okafor in clinic; TC 2 units transfused.', 'not_mentioned'],
  ['diagnosisConfirmation', 'Biopsia 03/2025: condrosarcoma grado 2 confirmed.', 'documented'],
  [
    'tumorBoard',
    'Interdisziplinäre Tumorkonferenz of 18.12.2024: recommendation external hemipelvectomy.',
    'documented',
  ],
  [
    'tumorBoard',
    'Case was presented in Comité de Tumores on 04/06, the recommendation is amputation.',
    'documented',
  ],
  ['tumorBoard', 'Dossier discuté en RCP sarcome: indication of amputation.', 'documented'],
  ['tumorBoard', 'At the cancer board of 18 September, hip disarticulation was recommended.', 'documented'],
  [
    'tumorBoard',
    'To be discussed at the tumor board next week, where an amputation may be proposed.',
    'not_mentioned',
  ],
  [
    'informedConsent',
    'Aufklärung on 20.12.2024 by the operateur in presence of the wife: loss of the whole leg and the hemipelvis.',
    'documented',
  ],
  ['informedConsent', 'Consentimiento informado firmado por el paciente.', 'documented'],
  // findrt: the tumour board as "the board" (board review, the board recommended); an ethics board or board certification is none
  ['tumorBoard', 'Board review done in October, recommended amputation.', 'documented'],
  ['tumorBoard', 'The board recommended a hindquarter amputation after chemotherapy.', 'documented'],
  ['tumorBoard', 'Ethics board review obtained for the trial.', 'not_mentioned'],
  ['tumorBoard', 'Operated by a board-certified orthopaedic oncologist.', 'not_mentioned'],
  ['tumorBoard', 'Board review not yet done.', 'negated'],
];

describe('documentation elements stated in other words and places', () => {
  it.each(rows)('%s: %j -> %s', (key, text, expected) => {
    expect(statusOf(text, key)).toBe(expected);
  });
});
