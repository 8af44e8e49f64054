import { describe, expect, it } from 'vitest';
import { queryViolations } from '../src/eval/drafts.ts';
import { processNote } from '../src/pipeline/process.ts';
import { readFixture } from './support/fixtures.ts';

const run = async (name: string) => {
  const { transcript, claim } = readFixture(name);
  return { transcript, result: await processNote({ transcript, claim: claim as never }) };
};

describe('compliant physician queries (AHIMA/ACDIS 2022)', () => {
  it('never asks again what the note states: the scar revision saying "the femur was not shortened" gets no femur-cut query (it was a leading query)', async () => {
    const { result } = await run('a-27594-scar-revision-claimed-27596');
    expect(result.drafts.queries.map((q) => q.element)).not.toContain('newResectionLevel');
    expect(result.drafts.queries.map((q) => q.text).join('\n')).not.toMatch(/femur cut/i);
  });

  it('a stated fact that contradicts the claim is a claim finding for the coder, not a query', async () => {
    const { result } = await run('a-27594-scar-revision-claimed-27596');
    expect(result.findings.find((f) => f.id === 'level.mismatch')?.suggestedCode).toBe('27594');
    expect(result.drafts.coderSummary).toContain('level.mismatch');
    expect(result.drafts.queries).toEqual([]);
  });

  it('a side stated two ways is queried citing both statements, with both sides as options and no lean', async () => {
    const transcript = [
      'PROCEDURE: RIGHT knee disarticulation.',
      'DESCRIPTION: The left lower extremity was prepped and draped. A long anterior flap was designed about the left knee. The knee joint was entered and the leg removed through the joint; no bone was cut.',
    ].join('\n');
    const result = await processNote({ transcript, claim: null });
    expect(result.findings.map((f) => f.id)).toContain('doc.conflicting');
    const q = result.drafts.queries.find((x) => x.element === 'laterality');
    expect(q?.text).toContain('RIGHT knee disarticulation');
    expect(q?.text).toContain('left lower extremity was prepped');
    expect(q?.text).toContain('[ ] Left');
    expect(q?.text).toContain('[ ] Right');
    expect(queryViolations(transcript, result)).toEqual([]);
  });

  it('asks only for the part that is missing: area, not depth, when the depth is dictated', async () => {
    const { result } = await run('a-27596-debridement-no-area');
    const q = result.drafts.queries.find((x) => x.element === 'debridementDetail');
    expect(q?.text).toContain('What was the surface area debrided?');
    expect(q?.text).not.toMatch(/depth|deepest|\[ \] (?:Fascia|Muscle|Skin)/i);
  });

  it('cites the clinical indicators found in the note, each quote the transcript text at its offsets', async () => {
    const { transcript, result } = await run('a-27596-debridement-no-area');
    const q = result.drafts.queries.find((x) => x.element === 'debridementDetail');
    const quotes = [...(q?.text ?? '').matchAll(/> “([^”]*)” \[(\d+)–(\d+)\]/g)];
    expect(quotes.length).toBeGreaterThan(0);
    for (const m of quotes) expect(transcript.slice(Number(m[2]), Number(m[3]))).toBe(m[1]);
    expect(q?.text).toContain('fascia and muscle');
  });

  it('offers the options of the code knowledge plus other and unable to determine / clinically undetermined', async () => {
    const { result } = await run('c-27596-very-short-noclaim');
    const q = result.drafts.queries.find((x) => x.element === 'indication');
    for (const option of ['Infection', 'Nonviable stump', 'Prosthetic fit', 'Pain', 'Tumor'])
      expect(q?.text).toContain(`- [ ] ${option}\n`);
    expect(q?.text).toContain('- [ ] Other (please specify)');
    expect(q?.text).toContain('- [ ] Unable to determine / clinically undetermined');
  });

  it('never mentions payment, a code or the claimed code (queries said "procedure under review: 27596")', async () => {
    for (const name of [
      'a-27596-debridement-no-area',
      'c-27596-very-short-noclaim',
      'a-27290-modifier62-resident-only',
      'a-27365-wrong-side-recon-deferred',
    ]) {
      const { transcript, result } = await run(name);
      expect(result.drafts.queries.length, name).toBeGreaterThan(0);
      for (const q of result.drafts.queries) expect(q.text).not.toMatch(/\b\d{5}\b|\$|RVU|payment|reimburs/i);
      expect(queryViolations(transcript, result), name).toEqual([]);
    }
  });

  it('asks for the stump technique as a technique: a wound closure is no technique, and "none" is an option (gaps 9)', async () => {
    const transcript = `Procedure: right above-knee re-amputation.
History: right above-knee amputation in 2021; the stump has broken down and is infected.
Description: the old scar was excised. The femur was re-cut 4 cm proximal to the old bone end with a saw and the edges filed. The wound was closed in layers over a drain.`;
    const result = await processNote({ transcript, claim: { cpt: '27596' } });
    expect(result.code.supported).toBe('27596');
    const q = result.drafts.queries.find((x) => x.element === 'reconstructionTechnique');
    expect(q?.text).toContain('Which technique, if any, shaped the residual limb');
    expect(q?.text).not.toMatch(/reconstruct or close/i);
    for (const option of ['Myodesis', 'Myoplasty', 'A named flap', 'the wound was closed only'])
      expect(q?.text).toContain(option);
    expect(queryViolations(transcript, result)).toEqual([]);
  });

  it('drafts no query for an element the note states as not done (negated): that is a finding', async () => {
    const { result } = await run('a-27365-mri-not-performed');
    expect(result.findings.some((f) => f.id === 'doc.missing' && f.element === 'preopImaging')).toBe(true);
    expect(result.drafts.queries.map((q) => q.element)).not.toContain('preopImaging');
  });
});
