import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import { retractedSpans, retractionPointers, selfCorrectionMarkers } from '../src/nlp/retraction.ts';

describe('retraction across sentences (issue 10)', () => {
  it.each(retractionPointers.flatMap((p) => p.examples.map((e) => [p.id, e] as const)))(
    '%s: %s',
    (_id, sentence) => {
      // The statement pointed at: a femoral transection, or the operation's name in a title.
      const earlier = /hip disarticulation/.test(sentence)
        ? 'Procedure: Left hip disarticulation.'
        : 'The femur was transected.';
      const text = `${earlier} ${sentence}`;
      const spans = retractedSpans(text);
      expect(spans.some((s) => s.start === 0)).toBe(true);
    },
  );
  it.each(selfCorrectionMarkers.flatMap((p) => p.examples.map((e) => [p.id, e.text, e.retracted] as const)))(
    '%s: %s retracts %j',
    (_id, text, retracted) => {
      const spans = retractedSpans(text).map((s) => text.slice(s.start, s.end));
      expect(spans).toEqual(retracted === null ? [] : [retracted]);
    },
  );
  it('a side corrected on the spot keeps the corrected side (set D)', () => {
    const text =
      'Internal hemipelvectomy. The iliac wing was osteotomised on the right? - corrected: on the left, above the acetabulum.';
    expect(extractWithRules(text).elements.laterality).toMatchObject({ status: 'documented', value: 'left' });
  });
  it('a correction pointing at something never said retracts nothing earlier', () => {
    const text = 'The femur was transected. The statement about the tibia is withdrawn.';
    expect(extractWithRules(text).features.femurCut.status).toBe('documented');
  });
  it('the retracted statement documents nothing, the correction stands', () => {
    const text =
      'The femur was transected.\nADDENDUM: "the femur was transected" was dictated in error. The knee joint was disarticulated.';
    const x = extractWithRules(text);
    expect(x.features.femurCut.status).toBe('not_mentioned');
    expect(x.features.kneeDisarticulation.status).toBe('documented');
  });
  it('stays linear: many corrections in one note are bounded', () => {
    const text = 'The femur was transected. The sentence stating the femur was cut is withdrawn. '.repeat(
      400,
    );
    expect(retractedSpans(text).length).toBeLessThanOrEqual(64);
  });
});
