import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluate } from '../src/eval/evaluate.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { type GateResult, runGate } from '../src/eval/gate.ts';
import { escapeHtml, highlightTranscript, renderReportHtml } from '../src/eval/report-html.ts';
import { CHROMIUM_ARGS, chromiumCheck } from './support/browser.ts';
import { spawnTracked } from './support/children.ts';

const BROWSER = chromiumCheck();
const CHROMIUM = BROWSER.path;

/** Inverse of the escaping a browser's DOM serializer applies to text. */
const unescapeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
const textOf = (html: string): string => unescapeHtml(html.replace(/<[^>]*>/g, ''));

/**
 * Loads a file in headless Chromium (no network, throwaway profile) and returns the DOM it built. The
 * browser leads its own process group (it starts helpers of its own), killed whole when the test ends.
 */
async function dumpDom(file: string, profile: string): Promise<string> {
  const child = spawnTracked(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--dump-dom', `file://${file}`],
    { group: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => out.push(d));
  child.stderr?.on('data', (d: Buffer) => err.push(d));
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  if (code !== 0)
    throw new Error(`chromium exited ${code ?? signal}: ${Buffer.concat(err).toString('utf8').slice(-2000)}`);
  return Buffer.concat(out).toString('utf8');
}

describe('highlightTranscript', () => {
  it.each([
    { name: 'no evidence', text: 'a <b> & c', spans: [], marks: 0 },
    { name: 'one span', text: 'the right femur was cut', spans: [[4, 9]], marks: 1 },
    {
      name: 'overlapping spans split, not nested',
      text: 'the right femur was cut',
      spans: [
        [4, 15],
        [10, 23],
      ],
      marks: 3,
    },
    {
      name: 'markup in the text stays text',
      text: 'x</pre><script>alert(1)</script>',
      spans: [[0, 7]],
      marks: 1,
    },
  ])('$name', ({ text, spans, marks }) => {
    const html = highlightTranscript(
      text,
      spans.map(([start, end]) => ({
        start: start as number,
        end: end as number,
        label: 'x (element, documented)',
        negated: false,
      })),
    );
    expect(textOf(html)).toBe(text);
    expect(html.match(/<mark /g)?.length ?? 0).toBe(marks);
    expect(html).not.toContain('<script');
    // Marks are flat: each holds text only.
    expect(html.match(/<mark[^>]*>[^<]*<\/mark>/g)?.length ?? 0).toBe(marks);
  });

  it('escapes attribute quotes in titles', () => {
    const html = highlightTranscript('ab', [{ start: 0, end: 2, label: '"><img src=x>', negated: true }]);
    expect(html).toBe(`<mark class="neg" title="${escapeHtml('"><img src=x>')}">ab</mark>`);
  });
});

describe('report.html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opnote-report-'));
  let evaluation: Evaluation;
  let gate: GateResult;
  let html: string;

  beforeAll(async () => {
    // The fixtures, plus one hostile case whose transcript carries markup.
    const hostile = join(dir, 'cases', 'zz-hostile-markup');
    mkdirSync(hostile, { recursive: true });
    writeFileSync(
      join(hostile, 'transcript.txt'),
      '\nRight hindquarter amputation. </pre><script>document.body.remove()</script><img src=x onerror="alert(1)"> The right sacroiliac joint was divided & the pubic symphysis was divided.',
    );
    writeFileSync(join(hostile, 'expected.json'), JSON.stringify({ code: null, findings: [] }));
    const cases = [...loadFixtures('fixtures'), ...loadFixtures(join(dir, 'cases'))];
    evaluation = await evaluate(cases);
    gate = runGate(evaluation.results, evaluation.results, { codeAccuracy: 0 });
    html = renderReportHtml({ ...evaluation, gate, baseline: evaluation.results });
    writeFileSync(join(dir, 'report.html'), html);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\s(src|srcset|action)=|\shref="(?!#)/i.test(t))).toEqual([]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(|@import/i);
  });

  it("shows each case's operative-note draft beside its transcript, escaped, with its draft defects", () => {
    for (const r of evaluation.runs) {
      if (!r.result) continue;
      const pre = new RegExp(`<pre class="draft" data-case="${r.fixture.name}">\n([\\s\\S]*?)</pre>`).exec(
        html,
      );
      expect(pre, r.fixture.name).not.toBeNull();
      expect(unescapeHtml(pre?.[1] ?? '')).toBe(r.result.drafts.operativeNote);
    }
    // The hostile transcript's markup reaches the draft only as text.
    const hostile =
      /<pre class="draft" data-case="zz-hostile-markup">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
    expect(hostile).not.toMatch(/<(script|img)\b/i);
    expect(hostile).toContain('&lt;');
    const from = html.indexOf('<details id="case-a-27290-classic-formatted"');
    const classic = html.slice(from, html.indexOf('<details id="case-', from + 1));
    expect(classic).toContain('<div class="grid">');
    expect(classic).toContain('Gold section items');
  });

  it("shows each case's route against its gold", () => {
    const routed = evaluation.results.cases.filter((c) => c.gotRoute);
    const shown = html.match(/Route <strong class="(?:ok|bad)">[a-z-]+<\/strong>/g) ?? [];
    expect(shown.length).toBe(routed.length);
    expect(html).toContain('Route <strong class="ok">ready</strong> (expected ready).');
  });

  it('renders in headless Chromium with every case row, evidence mark and transcript intact', async (ctx) => {
    if (!BROWSER.run) {
      if (BROWSER.required) throw new Error(`${BROWSER.reason} (required: CI or OPNOTE_REQUIRE_BROWSER=1)`);
      // Outside CI a fresh machine has no browser: say so in the test output, then skip.
      console.warn(`SKIPPED the browser render check of report.html: ${BROWSER.reason}`);
      ctx.skip(BROWSER.reason);
    }
    const dom = await dumpDom(join(dir, 'report.html'), join(dir, 'profile'));
    const { results, runs } = evaluation;
    for (const c of results.cases) {
      expect(dom).toContain(`<tr data-case="${c.name}"`);
      expect(dom).toContain(`<details id="case-${c.name}" data-case="${c.name}"`);
    }
    expect(dom).toContain('Gate against the baseline');
    // The browser kept every highlight the renderer wrote, and the hostile case produced no elements.
    const marks = (s: string) => s.match(/<mark class="(?:ev|neg)" title="[^"]*">/g)?.length ?? 0;
    expect(marks(dom)).toBe(marks(html));
    expect(marks(dom)).toBeGreaterThan(results.cases.length);
    expect(dom).not.toMatch(/<(script|img)\b/i);
    for (const r of runs) {
      const pre = new RegExp(`<pre class="transcript" data-case="${r.fixture.name}">([\\s\\S]*?)</pre>`).exec(
        dom,
      );
      expect(pre, r.fixture.name).not.toBeNull();
      expect(textOf(pre?.[1] ?? '')).toBe(r.transcript);
      expect(marks(pre?.[1] ?? ''), r.fixture.name).toBeGreaterThan(0);
    }
  });
});
