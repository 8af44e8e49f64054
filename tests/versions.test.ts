import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { pipelineVersions } from '../src/pipeline/process.ts';
import {
  moduleClosure,
  SRC_ROOT,
  sourceVersions,
  templatesVersion,
  VERSION_SOURCES,
} from '../src/version.ts';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';

const temp = tempDirs('opnote-versions-');
afterAll(() => temp.removeAll());
const TEMPLATES = new URL('../src/render/templates/', import.meta.url).pathname;

/** A copy of src/ in which the first string literal (outside imports) of one file is changed. */
function editedCopy(pick: (files: string[]) => string | undefined): { root: string; file: string } {
  const root = temp.make();
  cpSync(SRC_ROOT, root, { recursive: true });
  const files = [
    ...new Set([
      ...moduleClosure(VERSION_SOURCES.rules, root),
      ...moduleClosure(VERSION_SOURCES.validator, root),
    ]),
  ];
  const file = pick(files);
  if (!file) throw new Error('no file to edit');
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => !/^\s*(?:import|export \{|\} from)/.test(l) && /'[^']+'/.test(l));
  lines[i] = (lines[i] as string).replace(/'([^']+)'/, "'$1-edited'");
  writeFileSync(join(root, file), lines.join('\n'));
  return { root, file };
}

describe('versions come from content (issue 10)', () => {
  const base = sourceVersions(SRC_ROOT);

  it('are hashes, not hand-kept strings, and the rules extractor declares them', () => {
    expect(base.rules).toMatch(/^[0-9a-f]{12}$/);
    expect(createRulesExtractor().versions).toEqual({ rules: base.rules, context: base.context });
    expect(Object.keys(pipelineVersions())).toEqual(['opnote', 'knowledge', 'validator', 'templates']);
  });

  it.each<[string, (files: string[]) => string | undefined, keyof typeof base]>([
    ['a lexicon entry', (fs) => fs.find((f) => /lexicon/.test(f)), 'rules'],
    ['a context rule', (fs) => fs.find((f) => /(?:^|\/)[^/]*context[^/]*$/.test(f)), 'context'],
    ['a validator rule', (fs) => fs.find((f) => f === 'validate/rules/doc-missing.ts'), 'validator'],
    ['a level decision rule', (fs) => fs.find((f) => f === 'validate/level.ts'), 'validator'],
  ])('changing %s changes the %s version', (_what, pick, key) => {
    const { root } = editedCopy(pick);
    const edited = sourceVersions(root);
    expect(edited[key]).not.toBe(base[key]);
    if (key === 'validator') expect([edited.rules, edited.context]).toEqual([base.rules, base.context]);
  });

  it('changing the draft code (render/) changes the templates version (regression: it was the template text only)', () => {
    const [same, root] = [temp.make(), temp.make()];
    for (const dir of [same, root]) cpSync(SRC_ROOT, dir, { recursive: true });
    const sources = { 'x.md.hbs': 'same' };
    expect(templatesVersion(sources, same)).toBe(templatesVersion(sources));
    const file = join(root, 'render/operative-note.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const edited = 1;\n`);
    expect(templatesVersion(sources, root)).not.toBe(templatesVersion(sources));
  });

  it('changing a template changes the templates version', () => {
    const dir = temp.make();
    cpSync(TEMPLATES, dir, { recursive: true });
    expect(pipelineVersions({ templatesDir: dir }).templates).toBe(pipelineVersions().templates);
    const file = join(dir, 'coder-summary.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited.\n`);
    const edited = temp.make();
    cpSync(dir, edited, { recursive: true });
    expect(pipelineVersions({ templatesDir: edited }).templates).not.toBe(pipelineVersions().templates);
  });
});

describe('batch resume redoes notes when a version changes', () => {
  const seeds = seedNotes();
  const input = () => {
    const dir = temp.make();
    const path = join(dir, 'notes.jsonl');
    writeFileSync(path, [0, 1].map((i) => JSON.stringify(generatedNote(seeds, i))).join('\n'));
    return { path, out: join(dir, 'results.jsonl') };
  };
  const processed = async (options: Parameters<typeof runBatch>[0]) =>
    (await runBatch({ countTotal: true, sleep: async () => {}, ...options })).summary.notes.processed;

  it('an edited template redoes every note; the same templates skip them', async () => {
    const { path, out } = input();
    const dir = temp.make();
    cpSync(TEMPLATES, dir, { recursive: true });
    expect(await processed({ input: path, out, process: { templatesDir: dir } })).toBe(2);
    expect(await processed({ input: path, out, process: { templatesDir: dir } })).toBe(0);
    const edited = temp.make();
    cpSync(TEMPLATES, edited, { recursive: true });
    const file = join(edited, 'operative-note.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited.\n`);
    expect(await processed({ input: path, out, process: { templatesDir: edited } })).toBe(2);
  });

  it.each(['rules', 'context'] as const)('a changed %s version redoes every note', async (key) => {
    const { path, out } = input();
    const rules = createRulesExtractor();
    expect(await processed({ input: path, out, extractor: rules })).toBe(2);
    expect(await processed({ input: path, out, extractor: rules })).toBe(0);
    const changed = { ...rules, versions: { ...rules.versions, [key]: 'edited' } };
    expect(await processed({ input: path, out, extractor: changed })).toBe(2);
  });
});
