import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreDrafts } from '../src/eval/drafts.ts';
import { type ProcessResult, processNote } from '../src/pipeline/process.ts';
import { loadTemplates } from '../src/pipeline/templates.ts';
import { draftSections, renderSpoken } from '../src/render/operative-note.ts';
import { renderDrafts } from '../src/render/render.ts';
import { ROOT } from './support/cli.ts';

const fixture = (name: string) => {
  const dir = `${ROOT}fixtures/${name}/`;
  const transcript = readFileSync(`${dir}transcript.txt`, 'utf8');
  let claim: unknown;
  try {
    claim = JSON.parse(readFileSync(`${dir}claim.json`, 'utf8'));
  } catch {
    claim = undefined;
  }
  return { transcript, claim };
};
const run = async (name: string) => {
  const f = fixture(name);
  return { ...f, result: await processNote(f as Parameters<typeof processNote>[0]) };
};

/** The text of one `## Title` section of the note. */
const section = (note: string, title: string): string => {
  const block = note.split(/^## /m).find((b) => b.startsWith(`${title}\n`));
  return block === undefined ? '' : block.slice(title.length + 1);
};

describe('operative note in the required sections', () => {
  it('puts the surgeon and assistant under Surgeon and assistants (the draft said "Nothing dictated" under Surgical team although the transcript names them)', async () => {
    const { result } = await run('a-27290-classic-formatted');
    const team = section(result.drafts.operativeNote, 'Surgeon and assistants');
    expect(team).toContain('Marcus Ellery, MD');
    expect(team).toContain('Dana Whitcomb, PA-C');
    expect(result.drafts.operativeNote).not.toContain('Nothing dictated');
  });

  it('finds the surgeon named in a sign-off line ("Dr. X, attending. Dr. Y, resident.")', async () => {
    const { result } = await run('a-27594-scar-revision-claimed-27596');
    const team = section(result.drafts.operativeNote, 'Surgeon and assistants');
    expect(team).toContain('Dr. Imani Castellanos, attending.');
    expect(team).toContain('Dr. Paul Ng, resident.');
  });

  it('puts EBL, specimens, complications and disposition in their sections (they never reached the draft)', async () => {
    const { result } = await run('a-27290-classic-formatted');
    const note = result.drafts.operativeNote;
    expect(section(note, 'Estimated blood loss')).toContain('1,900 mL.');
    expect(section(note, 'Specimens removed')).toContain('Left hemipelvis and lower extremity to pathology.');
    expect(section(note, 'Complications')).toContain('None apparent.');
    expect(section(note, 'Disposition and condition')).toContain('Transferred to the surgical ICU');
    expect(section(note, 'Preoperative diagnosis')).toContain('Grade 3 conventional chondrosarcoma');
    expect(section(note, 'Procedure(s) performed')).toContain('Left hindquarter amputation');
    expect(section(note, 'Anesthesia')).toContain('General endotracheal anesthesia');
  });

  it('renders spoken punctuation (raw speech kept "comma" and "colon")', async () => {
    const { result } = await run('a-27290-speech-raw');
    const note = result.drafts.operativeNote;
    expect(note).not.toMatch(/\b(?:comma|colon|period)\b/i);
    expect(section(note, 'Estimated blood loss')).toContain(
      'Estimated blood loss about fifteen hundred cc, three units of blood.',
    );
    expect(section(note, 'Complications')).toContain('No complications.');
    expect(section(note, 'Specimens removed')).toContain('Specimen to pathology.');
    expect(section(note, 'Surgeon and assistants')).toContain('Assistant was jenna');
  });

  it('renderSpoken: punctuation words become marks, fillers go, words are never cut or added', () => {
    expect(renderSpoken('hemostasis comma two drains comma staples to skin', true)).toBe(
      'Hemostasis, two drains, staples to skin.',
    );
    expect(renderSpoken('procedure colon um right hindquarter amputation', false)).toBe(
      'Procedure: right hindquarter amputation',
    );
    expect(renderSpoken('i went over the risks', true)).toBe('I went over the risks.');
    expect(renderSpoken('EBL 1,900 mL.', false)).toBe('EBL 1,900 mL.');
  });

  it('gives a required section that was not dictated a visible placeholder, named as the section', async () => {
    const f = fixture('a-27290-classic-formatted');
    const transcript = f.transcript.replace(/ESTIMATED BLOOD LOSS:[^\n]*\n/, '');
    const r = await processNote({ transcript, claim: f.claim as never });
    expect(section(r.drafts.operativeNote, 'Estimated blood loss')).toContain(
      '**MISSING — Estimated blood loss:** not dictated',
    );
  });

  it('shows no section that is optional and not dictated (Indications, Disposition)', async () => {
    const transcript =
      'Procedure: left above-knee amputation. Surgeon: Dr. Lee. Anesthesia: general. The femur was transected. EBL 100 mL. No complications.';
    const r = await processNote({ transcript });
    const titles = [...r.drafts.operativeNote.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(titles).not.toContain('Indications');
    expect(titles).not.toContain('Disposition and condition');
    for (const s of draftSections.filter((d) => d.required)) expect(titles).toContain(s.title);
  });

  it('shows only the checked code elements (a limb-salvage note got "Stump reconstruction technique"; 65 drafts got "Indication for re-amputation")', async () => {
    for (const name of [
      'a-27365-endoprosthesis-clean',
      'a-27290-classic-formatted',
      'b-27329-thigh-sarcoma-3p5cm-claimed-27364',
    ]) {
      const { transcript, result } = await run(name);
      expect(result.drafts.operativeNote).not.toContain('Stump reconstruction technique');
      expect(result.drafts.operativeNote).not.toContain('Indication for re-amputation');
      expect(scoreDrafts(transcript, result).leaked).toEqual([]);
    }
  });

  it('never cuts a value mid-word (values were cut at 200 characters: "cemented femoral ste")', async () => {
    const { transcript, result } = await run('a-27365-endoprosthesis-clean');
    expect(result.drafts.operativeNote).not.toMatch(/cemented femoral ste(?!m)/);
    expect(result.drafts.operativeNote).toContain('13 x 125 mm curved cemented femoral stem');
    const score = scoreDrafts(transcript, result);
    expect(score.truncated).toBe(0);
    expect(score.ungrounded).toBe(0);
  });

  it('every shown sentence is traceable: its words are the transcript text at its offsets, on notes of every format', async () => {
    for (const name of [
      'a-27290-speech-raw',
      'c-27590-terse-community-L-aka-claim-RT',
      'b-27596-revision-aka-soap-clean',
      'e-27598-hardwrapped-60col-claimed-27590',
      'e-27591-table-list-ipop-clean',
      'e-27290-all-uppercase-osteosarcoma-clean',
    ]) {
      const { transcript, result } = await run(name);
      const score = scoreDrafts(transcript, result);
      expect(score.ungrounded, name).toBe(0);
      expect(score.truncated, name).toBe(0);
      expect(result.drafts.operativeNote, name).toMatch(/<sup>\[\d+–\d+\]<\/sup>/);
    }
  });
});

describe('requirement statuses', () => {
  it('the result carries the checked code requirements with their status, basis and evidence', async () => {
    const f = fixture('a-27290-classic-formatted');
    const transcript = f.transcript.replace(/She understood and signed informed consent\./, '');
    const r = await processNote({ transcript, claim: f.claim as never });
    const consent = r.requirements.find((q) => q.element === 'informedConsent');
    expect(consent).toMatchObject({ required: true, status: 'not_mentioned' });
    expect(consent?.basis).toMatch(/consent/i);
    const board = r.requirements.find((q) => q.element === 'tumorBoard');
    expect(board).toMatchObject({ required: true, status: 'documented' });
    expect(board?.evidence.length).toBeGreaterThan(0);
    // The findings agree with the statuses.
    const gaps = r.requirements.filter((q) => q.required && q.status !== 'documented').map((q) => q.element);
    expect(r.findings.filter((x) => x.id === 'doc.missing').map((x) => x.element)).toEqual(gaps);
  });

  it('render reads the statuses, not doc.missing finding ids', async () => {
    const f = fixture('a-27290-classic-formatted');
    const r = (await processNote({ transcript: f.transcript, claim: f.claim as never })) as ProcessResult;
    const input = {
      transcript: f.transcript,
      claim: null,
      code: r.code,
      facts: r.facts,
      anatomy: r.anatomy,
      findCode: () => undefined,
    };
    const templates = { templates: loadTemplates() };
    const fromStatus = renderDrafts(
      {
        ...input,
        findings: [],
        requirements: [
          { element: 'informedConsent', required: true, status: 'not_mentioned', basis: 'x', evidence: [] },
        ],
      },
      templates,
    );
    expect(fromStatus.operativeNote).toContain('**MISSING — Informed consent:**');
    expect(fromStatus.queries.map((q) => q.element)).toEqual(['informedConsent']);
    const fromFinding = renderDrafts(
      {
        ...input,
        findings: [
          {
            id: 'doc.missing',
            element: 'informedConsent',
            severity: 'error',
            message: 'm',
            fix: 'f',
            evidence: [],
          },
        ],
        requirements: [],
      },
      templates,
    );
    expect(fromFinding.operativeNote).not.toContain('MISSING — Informed consent');
    expect(fromFinding.queries).toEqual([]);
  });
});

describe('coder summary tables', () => {
  it('shows no empty rates table (27594 had a table header with no rows)', async () => {
    const { result } = await run('c-27594-scar-revision-no-shortening-clean');
    const block = section(result.drafts.coderSummary, 'Rates by site of service: 27594');
    expect(block).toContain('No site-of-service rates recorded in the knowledge for 27594');
    expect(block).not.toContain('| Setting |');
  });
});

describe('README', () => {
  it('shows the operative note the bundled fixture drafts today (no drift)', async () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const shown = /````markdown\n([\s\S]*?)\n````/.exec(readme)?.[1];
    const { result } = await run('a-27290-classic-formatted');
    expect(shown, 'README draft: regenerate it from the fixture').toBe(result.drafts.operativeNote.trimEnd());
  });
});
