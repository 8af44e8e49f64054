import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processNote } from '../src/pipeline/process.ts';
import { escapeMarkdown } from '../src/render/escape.ts';
import { TEMPLATE_NAMES } from '../src/render/render.ts';
import { ROOT } from './support/cli.ts';

const HINDQUARTER = readFileSync(`${ROOT}fixtures/a-27290-classic-formatted/transcript.txt`, 'utf8');
const claim = { cpt: '27290', modifiers: ['LT'], icd10: ['C41.4'], placeOfService: '21' };

describe('operative-note draft', () => {
  it('shows a missing required element as a visible placeholder, never invented text', async () => {
    const text = HINDQUARTER.replace(/She understood and signed informed consent\./, '');
    const r = await processNote({ transcript: text, claim });
    expect(r.drafts.operativeNote).toContain('**MISSING — Informed consent:**');
    expect(r.drafts.operativeNote).not.toMatch(/Informed consent:\*\* “/);
  });

  it('quotes evidence with its offsets for documented elements', async () => {
    const r = await processNote({ transcript: HINDQUARTER, claim });
    const consent = r.facts.informedConsent?.evidence[0];
    expect(consent).toBeDefined();
    expect(r.drafts.operativeNote).toContain(`[${consent?.start}–${consent?.end}]`);
  });
});

describe('coder summary', () => {
  it('shows claimed vs supported, the payment difference and neighbours', async () => {
    const text = readFileSync(
      `${ROOT}fixtures/b-27295-hip-disartic-addendum-hemipelvectomy/transcript.txt`,
      'utf8',
    );
    const r = await processNote({ transcript: text, claim: { cpt: '27290', modifiers: ['RT'] } });
    expect(r.drafts.coderSummary).toMatch(/\| Claimed \| 27290 \|/);
    expect(r.drafts.coderSummary).toMatch(/\| Supported \| 27295 \|/);
    expect(r.drafts.coderSummary).toContain('changes the work RVU by −4.77');
    expect(r.drafts.coderSummary).toContain('27290 not supported');
    expect(r.drafts.coderSummary).toContain('APC 5116');
  });
});

describe('physician queries', () => {
  it('one non-leading query per gap, with an unable-to-determine option', async () => {
    const text = HINDQUARTER.replace(/She understood and signed informed consent\./, '');
    const r = await processNote({ transcript: text, claim });
    expect(r.drafts.queries.map((q) => q.element)).toEqual(['informedConsent']);
    expect(r.drafts.queries[0]?.text).toContain('[ ] Unable to determine');
    expect(r.drafts.queries[0]?.text).toContain('Was informed consent obtained');
  });
});

describe('transcript text cannot inject markup or template code', () => {
  it('escapes HTML, links and Handlebars syntax from the transcript', async () => {
    const hostile = `${HINDQUARTER}\nInformed consent was obtained <script>alert(1)</script> {{constructor.constructor}} [x](javascript:alert(1)).`;
    const r = await processNote({ transcript: hostile, claim });
    const all = [r.drafts.operativeNote, r.drafts.coderSummary, ...r.drafts.queries.map((q) => q.text)].join(
      '\n',
    );
    expect(all).not.toContain('<script>');
    expect(all).not.toMatch(/(?<!\\)\](?:\()javascript:/);
    expect(all).toContain('\\[x\\](javascript:');
    expect(all).toContain('&lt;script&gt;');
    expect(all).toContain('\\{\\{constructor.constructor\\}\\}');
  });

  it.each([
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['a*b_c', 'a\\*b\\_c'],
    ['[l](u)', '\\[l\\](u)'],
  ])('escapeMarkdown(%s)', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('user-edited templates', () => {
  it('are used from --templates dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opnote-tpl-'));
    for (const name of TEMPLATE_NAMES) writeFileSync(join(dir, name), `CUSTOM ${name} {{supported}}`);
    const r = await processNote({ transcript: HINDQUARTER, claim }, { templatesDir: dir });
    expect(r.drafts.operativeNote).toBe('CUSTOM operative-note.md.hbs 27290');
  });
});

describe('template loading', () => {
  it('a templates dir without the files is an input error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opnote-tpl-empty-'));
    await expect(processNote({ transcript: HINDQUARTER }, { templatesDir: dir })).rejects.toThrow(
      /template operative-note\.md\.hbs not found/,
    );
  });
});
