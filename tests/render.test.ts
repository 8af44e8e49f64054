import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { processNote } from '../src/pipeline/process.ts';
import { precompileTemplates } from '../src/pipeline/templates.ts';
import { escapeMarkdown } from '../src/render/escape.ts';
import { TEMPLATE_NAMES } from '../src/render/render.ts';
import { ROOT, runCliInProcess } from './support/cli.ts';
import { createFakeExtractor } from './support/fake-extractors.ts';

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

const BUILT_IN = `${ROOT}src/render/templates/`;

/** A templates dir holding the built-in templates, with `operative-note.md.hbs` replaced by `broken`. */
function dirWith(broken: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'opnote-tpl-broken-'));
  for (const name of TEMPLATE_NAMES) copyFileSync(join(BUILT_IN, name), join(dir, name));
  writeFileSync(join(dir, 'operative-note.md.hbs'), broken);
  return dir;
}

describe('a broken user template fails at load, before any extraction (it was an internal error after the LLM call)', () => {
  it.each([
    ['a syntax error', '# Note\n{{#if supported}}\nno close\n', /syntax error on line \d+/],
    ['a missing partial', '{{> header}}\n{{supported}}', /partial "header"/],
    ['an unknown helper', '{{shout supported}}', /unknown helper "shout"/],
    ['an unknown helper in a subexpression', '{{#if (shout supported)}}x{{/if}}', /unknown helper "shout"/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]), /not UTF-8|binary/],
    ['a NUL byte', Buffer.from('{{supported}}\0\0'), /binary/],
  ])(
    '%s is config.invalid naming the file, and the extractor is never called',
    async (_what, broken, reason) => {
      const dir = dirWith(broken);
      const extractor = createFakeExtractor();
      const error = await processNote({ transcript: HINDQUARTER }, { templatesDir: dir, extractor }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ code: 'config.invalid', message: expect.stringMatching(reason) });
      expect((error as Error).message).toContain('operative-note.md.hbs');
      expect(extractor.calls).toBe(0);
      expect(() => precompileTemplates(dir)).toThrow(ConfigError);
    },
  );

  it('inline partials defined in the template and built-in helpers are accepted', () => {
    const dir = dirWith(
      '{{#*inline "row"}}- {{this}}{{/inline}}{{#each reasons}}{{> row}}{{/each}}{{lookup . "x"}}',
    );
    expect(() => precompileTemplates(dir)).not.toThrow();
  });

  it('the CLI exits 2 with one line naming the template, without calling the model', async () => {
    const { startFakeOpenAIServer } = await import('../src/testing/fake-openai-server.ts');
    const server = await startFakeOpenAIServer();
    try {
      const dir = dirWith('{{#each}}');
      const r = await runCliInProcess(
        ['process', 'fixtures/a-27290-classic-formatted/transcript.txt', '--templates', dir],
        {
          env: { OPENAI_API_KEY: 'sk-test-template-key', OPENAI_BASE_URL: server.url },
        },
      );
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^opnote: template operative-note\.md\.hbs in .* /);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('user templates cannot leak the view to stderr or escape the templates directory', () => {
  afterEach(() => vi.restoreAllMocks());

  it('{{log this}} and prototype access print nothing (they bypassed the service log redaction)', async () => {
    const dir = dirWith(
      '{{log this}}{{log "side" side level="error"}}{{constructor.name}}{{__proto__}}{{this.toString}}[{{supported}}]',
    );
    const written: string[] = [];
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, m).mockImplementation((...a: unknown[]) => {
        written.push(a.map(String).join(' '));
      });
    const r = await processNote({ transcript: HINDQUARTER, claim }, { templatesDir: dir });
    vi.restoreAllMocks();
    expect(written).toEqual([]);
    expect(r.drafts.operativeNote).toBe('[27290]');
  });

  it('a template symlinked to a file outside the directory is refused (as root it rendered /etc/shadow)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'opnote-tpl-secret-'));
    writeFileSync(join(outside, 'secret.txt'), 'root:SECRET-HASH:19000:0:99999:7:::');
    const dir = dirWith('x');
    const link = join(dir, 'coder-summary.md.hbs');
    const { rmSync } = await import('node:fs');
    rmSync(link);
    symlinkSync(join(outside, 'secret.txt'), link);
    const error = await processNote({ transcript: HINDQUARTER }, { templatesDir: dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'config.invalid',
      message: expect.stringMatching(/outside the templates directory/),
    });
    expect((error as Error).message).not.toContain('SECRET');
  });

  it('a symlink to another file inside the directory is followed', async () => {
    const dir = dirWith('x');
    const { rmSync } = await import('node:fs');
    writeFileSync(join(dir, 'shared.hbs'), 'SHARED {{supported}}');
    rmSync(join(dir, 'operative-note.md.hbs'));
    symlinkSync(join(dir, 'shared.hbs'), join(dir, 'operative-note.md.hbs'));
    const r = await processNote({ transcript: HINDQUARTER, claim }, { templatesDir: dir });
    expect(r.drafts.operativeNote).toBe('SHARED 27290');
  });
});
