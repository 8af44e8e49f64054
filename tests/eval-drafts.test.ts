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
      'informedConsent: cites no indicator quoted from the note',
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

describe('compliant-query rules (AHIMA/ACDIS 2022), one check each', () => {
  // The transcript the queries below cite: "Surgeon: Dr. Lee." is at [0–17].
  const OK_QUERY = [
    '# Documentation query: Informed consent',
    'The operative note documents:',
    '> “Surgeon: Dr. Lee.” [0–17]',
    'Was informed consent obtained?',
    '- [ ] Other (please specify)',
    '- [ ] Unable to determine / clinically undetermined',
  ].join('\n');
  const notMentioned = (operativeNote = '') =>
    ({
      code: { checked: '27590' },
      facts: { informedConsent: { status: 'not_mentioned', evidence: [] } },
      anatomy: {},
      requirements: [],
      drafts: { operativeNote, coderSummary: '', queries: [] },
    }) as unknown as ProcessResult;
  const violations = (text: string) => {
    const r = notMentioned();
    r.drafts.queries.push({ element: 'informedConsent', text });
    return scoreDrafts(TRANSCRIPT, r).queryViolations;
  };

  it('a compliant query breaks no rule', () => {
    expect(violations(OK_QUERY)).toEqual([]);
  });
  it('cites an indicator quoted from the note', () => {
    expect(
      violations(OK_QUERY.replace('> “Surgeon: Dr. Lee.” [0–17]', 'The note does not address this.')),
    ).toEqual(['informedConsent: cites no indicator quoted from the note']);
  });
  it('quotes the note exactly at its offsets', () => {
    expect(violations(OK_QUERY.replace('Surgeon: Dr. Lee.', 'Surgeon: Dr. Lim.'))).toEqual([
      'informedConsent: cites text the note does not contain at its offsets',
    ]);
  });
  it('offers "other" and "unable to determine"', () => {
    expect(violations(OK_QUERY.replace('- [ ] Unable to determine / clinically undetermined', ''))).toEqual([
      'informedConsent: lacks the other / unable-to-determine options',
    ]);
  });
  it.each([
    ['the claimed code', 'Does the note support 27596?'],
    ['a diagnosis code', 'Is T87.41 the right diagnosis?'],
    ['a modifier', 'Should modifier 22 apply?'],
    ['payment', 'This affects reimbursement.'],
    ['money', 'The difference is $1,200.'],
  ])('never names %s', (_what, line) => {
    expect(violations(`${OK_QUERY}\n${line}`)).toEqual(['informedConsent: names a code or payment']);
  });
  it('the note quoted may hold what the query itself may not say ("T87.41" in the surgeon\'s words)', () => {
    const r = notMentioned();
    const transcript = 'Dx T87.41 infected stump.';
    r.drafts.queries.push({
      element: 'informedConsent',
      text: OK_QUERY.replace('> “Surgeon: Dr. Lee.” [0–17]', '> “Dx T87.41 infected stump.” [0–25]'),
    });
    expect(scoreDrafts(transcript, r).queryViolations).toEqual([]);
  });
  it('never asks for a fact the note states, whichever way (documented or negated)', () => {
    for (const status of ['documented', 'negated'] as const) {
      const r = notMentioned();
      (r.facts as Record<string, unknown>).informedConsent = { status, evidence: [] };
      r.drafts.queries.push({ element: 'informedConsent', text: OK_QUERY });
      expect(scoreDrafts(TRANSCRIPT, r).queryViolations).toEqual([
        `informedConsent: asks what the note states (${status})`,
      ]);
    }
  });
  it('asks only the missing part (area, not depth, when the depth is dictated)', () => {
    const transcript = 'Excisional debridement of skin, subcutaneous tissue and muscle.';
    const r = {
      ...notMentioned(),
      facts: { debridementDetail: { status: 'not_mentioned', evidence: [] } },
      anatomy: { debridementPerformed: { status: 'documented', evidence: [{ start: 0, end: 63 }] } },
    } as unknown as ProcessResult;
    const base = [
      '> “Excisional debridement of skin, subcutaneous tissue and muscle.” [0–63]',
      '- [ ] Other',
      '- [ ] Unable to determine',
    ];
    r.drafts.queries.push({
      element: 'debridementDetail',
      text: ['What was the surface area debrided?', ...base].join('\n'),
    });
    expect(scoreDrafts(transcript, r).queryViolations).toEqual([]);
    r.drafts.queries[0] = {
      element: 'debridementDetail',
      text: ['What was the deepest tissue debrided?', '- [ ] Muscle', ...base].join('\n'),
    };
    expect(scoreDrafts(transcript, r).queryViolations).toEqual([
      'debridementDetail: asks for the tissue depth, which the note states',
    ]);
  });
});

describe('the drafted queries on the fixtures', () => {
  it('break no compliant-query rule, and none is drafted for a claimed code the note contradicts', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const { processNote } = await import('../src/pipeline/process.ts');
    const root = new URL('../fixtures/', import.meta.url).pathname;
    let queries = 0;
    // The notes with a missing element (where queries are drafted) and a claim the note contradicts.
    const names = readdirSync(root).filter(
      (n) =>
        n === 'c-27598-knee-disartic-claimed-27596' ||
        readFileSync(`${root}${n}/expected.json`, 'utf8').includes('"doc.missing'),
    );
    for (const name of names) {
      const transcript = readFileSync(`${root}${name}/transcript.txt`, 'utf8');
      const claimFile = `${root}${name}/claim.json`;
      const claim = existsSync(claimFile) ? JSON.parse(readFileSync(claimFile, 'utf8')) : undefined;
      const r = await processNote({ transcript, ...(claim ? { claim } : {}) } as Parameters<
        typeof processNote
      >[0]);
      queries += r.drafts.queries.length;
      expect(scoreDrafts(transcript, r).queryViolations, name).toEqual([]);
      if (name === 'c-27598-knee-disartic-claimed-27596')
        // "This is her first amputation": never asked for a prior amputation level to fit the claim.
        expect(r.drafts.queries.map((q) => q.element)).not.toContain('priorAmputationLevel');
    }
    expect(queries).toBeGreaterThan(10);
  });
});
