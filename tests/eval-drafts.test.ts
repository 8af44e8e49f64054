import { describe, expect, it } from 'vitest';
import { scoreDrafts } from '../src/eval/drafts.ts';
import type { ProcessResult } from '../src/pipeline/process.ts';

const TRANSCRIPT = 'Surgeon: Dr. Lee. The femur was transected. EBL 100 mL.';

/** A result whose only interesting parts are the drafts and the checked code. */
const result = (operativeNote: string, queries: ProcessResult['drafts']['queries'] = []) =>
  ({
    code: { checked: '27590' },
    facts: { informedConsent: { status: 'documented', evidence: [] } },
    anatomy: {},
    requirements: [],
    drafts: { operativeNote, coderSummary: '', queries },
  }) as unknown as ProcessResult;

describe('draft metrics', () => {
  it('scores section recall against the gold and names the misses', () => {
    const note =
      '## Surgeon and assistants\nDr. Lee. <sup>[9–17]</sup>\n\n## Estimated blood loss\n- **MISSING — Estimated blood loss:** not dictated\n';
    const s = scoreDrafts(TRANSCRIPT, result(note), { sections: { surgeons: ['Dr. Lee'], ebl: ['100 mL'] } });
    expect(s.sectionMisses).toContain('ebl: 100 mL');
    expect(s.sectionMisses).not.toContain('surgeons: Dr. Lee');
  });

  it('a required section the gold leaves out (not dictated) must show its placeholder, not sentences', () => {
    const note = [
      '## Surgeon and assistants\nDr. Lee. <sup>[9–17]</sup>',
      '## Estimated blood loss\nEBL 100 mL. <sup>[44–55]</sup>',
      '## Implants\n- **MISSING — Implants:** not dictated; list any implants, or "none".',
      '## Complications\nThe femur was transected. <sup>[18–43]</sup>',
    ].join('\n\n');
    const s = scoreDrafts(TRANSCRIPT, result(note), { sections: { surgeons: ['Dr. Lee'], ebl: ['100 mL'] } });
    // Required and left out: anesthesia, both diagnoses, procedure, specimens, implants, complications
    // (disposition is not required, so not scored when left out).
    expect(s.sectionItems).toBe(2 + 7);
    expect(s.sectionHits).toBe(3);
    expect(s.sectionMisses).toContain('complications: (placeholder)');
    expect(s.sectionMisses).toContain('anesthesia: (placeholder)');
    expect(s.sectionMisses).not.toContain('implants: (placeholder)');
    expect(s.sectionMisses.some((m) => m.startsWith('disposition'))).toBe(false);
  });

  it('counts a sentence cut mid-word and one whose words are not at its offsets', () => {
    const note =
      '## Description of the procedure and findings\nThe femur was transe <sup>[18–38]</sup> Invented words <sup>[18–43]</sup>\n';
    const s = scoreDrafts(TRANSCRIPT, result(note));
    expect(s.truncated).toBe(1);
    expect(s.ungrounded).toBe(1);
  });

  it('counts elements of other codes shown as items, not words of a sentence', () => {
    const note =
      '## Indications\n- **Indication for re-amputation:** infection\nShe signed informed consent <sup>[0–5]</sup>\n';
    const s = scoreDrafts(TRANSCRIPT, result(note), { absent: ['re-amputation'] });
    expect(s.leaked).toEqual(['element indication', 'text "re-amputation"']);
  });

  it('flags queries that name a code, lack the options or ask what the note states', () => {
    const s = scoreDrafts(
      TRANSCRIPT,
      result('', [{ element: 'informedConsent', text: 'Regarding 27596: was consent obtained?' }]),
    );
    expect(s.queryViolations).toEqual([
      'informedConsent: names a code or payment',
      'informedConsent: lacks the other / unable-to-determine options',
      'informedConsent: asks what the note states (documented)',
    ]);
  });
});

describe('draft metrics in the eval', () => {
  it('the rules suite gates the draft metrics and the fixture gold (sections and absent text) parses', async () => {
    const { readFileSync } = await import('node:fs');
    const { readExpected } = await import('../src/eval/fixtures.ts');
    const suite = JSON.parse(readFileSync(new URL('../evals/rules.json', import.meta.url), 'utf8'));
    for (const key of [
      'draftLeakedElements',
      'draftUngroundedSentences',
      'draftTruncatedSpans',
      'draftQueryViolations',
    ])
      expect(suite.thresholds[key]).toBe(0);
    const gold = readExpected(
      new URL('../fixtures/a-27290-classic-formatted/expected.json', import.meta.url).pathname,
    );
    expect(gold.draft?.sections.surgeons).toContain('Marcus Ellery');
  });
});
