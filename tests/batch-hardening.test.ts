// Regressions of issue 9 (batch): what a red team and a new user broke in `opnote batch`.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionCache } from '../src/batch/cache.ts';
import { diffOutcomes, readOutcomes } from '../src/batch/diff.ts';
import { createCallLimiter } from '../src/batch/limiter.ts';
import { lockPathFor } from '../src/batch/lock.ts';
import { type BatchOptions, runBatch } from '../src/batch/run.ts';
import { summaryText } from '../src/batch/summary.ts';
import { readTranscript } from '../src/pipeline/input.ts';
import { splitLines, splitLinesCapped } from '../src/pipeline/lines.ts';
import { MAX_LINE_BYTES } from '../src/pipeline/source.ts';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';
import { runCliInProcess } from './support/cli.ts';
import { createFakeExtractor, rateLimited } from './support/fake-extractors.ts';

const temp = tempDirs('opnote-batch-hardening-');
afterAll(() => temp.removeAll());
const SEEDS = seedNotes();
const noWait = { sleep: async () => {}, random: () => 0 };

function workdir() {
  const dir = temp.make();
  return {
    dir,
    input: join(dir, 'notes.jsonl'),
    out: join(dir, 'results.jsonl'),
    errors: join(dir, 'results.errors.jsonl'),
  };
}

const jsonl = (rows: unknown[]): string => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
const rawLines = (path: string): string[] =>
  existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(0, -1) : [];
const records = (path: string) => rawLines(path).map((l) => JSON.parse(l) as Record<string, unknown>);
const mode = (path: string): number => statSync(path).mode & 0o777;
const run = (options: Partial<BatchOptions> & Pick<BatchOptions, 'input' | 'out'>) =>
  runBatch({ countTotal: true, ...noWait, ...options });

/** The pid of a process that has exited (for stale locks and temp files). */
function deadPid(): number {
  const r = spawnSync('true');
  return r.pid as number;
}

describe('U+2028 / U+2029 in batch JSONL', () => {
  const sep = (i: number) => {
    const n = generatedNote(SEEDS, i);
    return { ...n, id: `case\u2028${i}`, transcript: `${n.transcript}\u2028Addendum\u2029 signed.` };
  };

  it('splits lines on \\n only, not on U+2028, U+2029 or a lone \\r', async () => {
    const text = 'a\u2028b\nc\u2029d\r\ne\rf\n\nlast';
    const lines: string[] = [];
    for await (const l of splitLines(Readable.from([Buffer.from(text)]))) lines.push(l.toString('utf8'));
    expect(lines).toEqual(['a\u2028b', 'c\u2029d', 'e\rf', '', 'last']);
  });

  it('a transcript or id with U+2028 is one note, skipped on resume, and compaction keeps every line whole', async () => {
    const w = workdir();
    const notes = [sep(0), generatedNote(SEEDS, 1), sep(2), generatedNote(SEEDS, 3)];
    writeFileSync(w.input, jsonl(notes));
    const first = await run({ input: w.input, out: w.out });
    const written = readFileSync(w.out, 'utf8');
    const second = await run({ input: w.input, out: w.out });
    // Change one note so that the next run compacts the results file.
    notes[3] = { ...generatedNote(SEEDS, 3), transcript: `${generatedNote(SEEDS, 3).transcript} Revised.` };
    writeFileSync(w.input, jsonl(notes));
    const third = await run({ input: w.input, out: w.out });
    expect({
      first: first.summary.notes,
      secondSkipped: second.summary.notes.skipped,
      thirdProcessed: third.summary.notes.processed,
      errors: rawLines(w.errors),
      rawSeparators: /[\u2028\u2029]/.test(readFileSync(w.out, 'utf8')),
      lines: rawLines(w.out).length,
      ids: records(w.out)
        .map((r) => r.id)
        .sort(),
    }).toEqual({
      first: { read: 4, processed: 4, failed: 0, skipped: 0, duplicates: 0 },
      secondSkipped: 4,
      thirdProcessed: 1,
      errors: [],
      rawSeparators: false,
      lines: 4,
      ids: ['case\u20280', 'case\u20282', 'n-1', 'n-3'],
    });
    // Compaction copied the unchanged lines byte for byte; only the revised note's line is new.
    const before = new Set(written.split('\n'));
    expect(
      rawLines(w.out)
        .filter((l) => !before.has(l))
        .map((l) => JSON.parse(l).id),
    ).toEqual(['n-3']);
  });
  it('--diff reads a results file whose lines hold raw U+2028 (as earlier versions wrote them) note by note', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([sep(0), generatedNote(SEEDS, 1)]));
    await run({ input: w.input, out: w.out });
    const old = join(w.dir, 'old.jsonl');
    writeFileSync(
      old,
      readFileSync(w.out, 'utf8').replaceAll('\\u2028', '\u2028').replaceAll('\\u2029', '\u2029'),
    );
    const { totals } = diffOutcomes(await readOutcomes(old), await readOutcomes(w.out));
    expect(totals).toEqual({ compared: 2, changed: 0, supportedChanged: 0, onlyOld: 0, onlyNew: 0 });
  });
});

describe('oversized batch lines', () => {
  it('a line over the cap is dropped as it streams and reported once, by its hash', async () => {
    const chunks = ['ok\n', 'x'.repeat(60), 'x'.repeat(40), '\nta', 'il'].map((c) => Buffer.from(c));
    const got: unknown[] = [];
    for await (const l of splitLinesCapped(Readable.from(chunks), 10))
      got.push(Buffer.isBuffer(l) ? l.toString('utf8') : { bytes: l.bytes, hashed: l.sha256.length });
    expect(got).toEqual(['ok', { bytes: 100, hashed: 64 }, 'tail']);
  });

  it('a JSONL input without newlines (or a line over 8 MiB) is one input.too-large error, not an out-of-memory crash', async () => {
    const w = workdir();
    const huge = Buffer.alloc(MAX_LINE_BYTES + 1024, 0x61);
    writeFileSync(
      w.input,
      Buffer.concat([
        Buffer.from(jsonl([generatedNote(SEEDS, 0)])),
        huge,
        Buffer.from(`\n${jsonl([generatedNote(SEEDS, 1)])}`),
      ]),
    );
    const first = await run({ input: w.input, out: w.out });
    const again = await run({ input: w.input, out: w.out });
    expect({
      processed: first.summary.notes.processed,
      errors: records(w.errors).map((r) => [r.id, r.code]),
      skippedAgain: again.summary.notes.skipped,
    }).toEqual({ processed: 2, errors: [['line-2', 'input.too-large']], skippedAgain: 3 });
  });
});

describe('oversized case files', () => {
  it('a case transcript over the limit or a claim over 64 KiB is input.too-large, read no further than the limit', async () => {
    const w = workdir();
    const cases = join(w.dir, 'cases');
    for (const c of ['big', 'big-claim', 'ok']) mkdirSync(join(cases, c), { recursive: true });
    writeFileSync(join(cases, 'big', 'transcript.txt'), 'Left hip. '.repeat(500));
    writeFileSync(join(cases, 'big-claim', 'transcript.txt'), 'Left hip disarticulation.');
    writeFileSync(join(cases, 'big-claim', 'claim.json'), `{"cpt":"27290","pad":"${'x'.repeat(70_000)}"}`);
    writeFileSync(join(cases, 'ok', 'transcript.txt'), 'Left hip disarticulation.');
    await run({ input: cases, out: w.out, process: { maxChars: 1_000 } });
    expect({
      results: records(w.out).map((r) => r.id),
      errors: records(w.errors)
        .map((r) => [r.id, r.code, r.message])
        .sort(),
    }).toEqual({
      results: ['ok'],
      errors: [
        ['big', 'input.too-large', 'big/transcript.txt is 5000 bytes, over the limit of 1000 characters'],
        [
          'big-claim',
          'input.too-large',
          'big-claim/claim.json is 70024 bytes, over the limit of 65536 bytes',
        ],
      ],
    });
  });
});

describe('encoding of batch input', () => {
  it('a JSONL line that is not valid UTF-8 is an input.encoding error under its id, never U+FFFD', async () => {
    const w = workdir();
    const good = generatedNote(SEEDS, 0);
    const bad = Buffer.concat([
      Buffer.from('{"id":"latin1","transcript":"Patient Jos'),
      Buffer.from([0xe9]), // é in Latin-1
      Buffer.from(' left hip."}\n'),
    ]);
    const noId = Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    writeFileSync(w.input, Buffer.concat([Buffer.from(jsonl([good])), bad, noId]));
    const { summary } = await run({ input: w.input, out: w.out });
    expect({
      processed: summary.notes.processed,
      errors: records(w.errors).map(({ batchKey: _k, ...r }) => r),
      replaced: readFileSync(w.out, 'utf8').includes('\uFFFD'),
    }).toEqual({
      processed: 1,
      errors: [
        {
          id: 'latin1',
          code: 'input.encoding',
          message: 'line 2 is not valid UTF-8; convert the file (e.g. iconv -t UTF-8) and retry',
        },
        {
          id: 'line-3',
          code: 'input.encoding',
          message: 'line 3 is not valid UTF-8; convert the file (e.g. iconv -t UTF-8) and retry',
        },
      ],
      replaced: false,
    });
  });

  it('a transcript or claim file of a directory input that is not valid UTF-8 is input.encoding, as in opnote process', async () => {
    const w = workdir();
    const cases = join(w.dir, 'cases');
    mkdirSync(join(cases, 'good'), { recursive: true });
    mkdirSync(join(cases, 'latin1'), { recursive: true });
    writeFileSync(join(cases, 'good', 'transcript.txt'), generatedNote(SEEDS, 0).transcript);
    writeFileSync(join(cases, 'latin1', 'transcript.txt'), Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x68]));
    mkdirSync(join(cases, 'latin1-claim'), { recursive: true });
    writeFileSync(join(cases, 'latin1-claim', 'transcript.txt'), generatedNote(SEEDS, 1).transcript);
    writeFileSync(
      join(cases, 'latin1-claim', 'claim.json'),
      Buffer.concat([
        Buffer.from('{"cpt": "27290", "payer": "Soci'),
        Buffer.from([0xe9]),
        Buffer.from('t\u00e9"}'),
      ]),
    );
    await run({ input: cases, out: w.out });
    let cli = '';
    try {
      readTranscript(readFileSync(join(cases, 'latin1', 'transcript.txt')));
    } catch (e) {
      cli = (e as { code: string }).code; // what `opnote process` reports for this file
    }
    expect({
      results: records(w.out).map((r) => r.id),
      errors: records(w.errors)
        .map((r) => [r.id, r.code])
        .sort(),
      cli,
    }).toEqual({
      results: ['good'],
      errors: [
        ['latin1', 'input.encoding'],
        ['latin1-claim', 'input.encoding'],
      ],
      cli: 'input.encoding',
    });
  });

  it('a JSONL file with a byte order mark keeps its first line', async () => {
    const w = workdir();
    writeFileSync(w.input, `\uFEFF${jsonl([generatedNote(SEEDS, 0), generatedNote(SEEDS, 1)])}`);
    const { summary } = await run({ input: w.input, out: w.out });
    expect({ processed: summary.notes.processed, errors: rawLines(w.errors).length }).toEqual({
      processed: 2,
      errors: 0,
    });
  });
});

describe('one batch per output', () => {
  it('a second batch on the same --out fails with output.locked while the first runs, and the lock goes with it', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl(Array.from({ length: 6 }, (_, i) => generatedNote(SEEDS, i))));
    const slow = createFakeExtractor({ delayMs: 20 });
    // The second batch starts once the first has written a note, so the first surely holds the lock.
    let second: Promise<string> | undefined;
    const first = run({
      input: w.input,
      out: w.out,
      extractor: slow,
      concurrency: 1,
      onProgress: () => {
        second ??= run({ input: w.input, out: w.out }).then(
          () => 'ran',
          (e: { code?: string; message: string }) => `${e.code}: ${e.message}`,
        );
      },
    });
    const a = await first;
    const b = await second;
    expect(b).toBe(
      `output.locked: ${w.out} is in use by another batch (pid ${process.pid}); wait for it to finish, or choose another --out (if no batch is running, delete ${w.out}.lock)`,
    );
    expect({ processed: a.summary.notes.processed, lines: rawLines(w.out).length }).toEqual({
      processed: 6,
      lines: 6,
    });
    expect(existsSync(lockPathFor(w.out))).toBe(false);
  });

  it('a lock and temp file naming this pid but left by an earlier process (a restarted container) are taken over', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0)]));
    writeFileSync(lockPathFor(w.out), JSON.stringify({ pid: process.pid, host: hostname() }));
    writeFileSync(`${w.out}.${process.pid}.tmp`, 'an earlier compaction');
    const { summary } = await run({ input: w.input, out: w.out });
    expect({
      processed: summary.notes.processed,
      lock: existsSync(lockPathFor(w.out)),
      temp: existsSync(`${w.out}.${process.pid}.tmp`),
    }).toEqual({ processed: 1, lock: false, temp: false });
  });

  it('the CLI exits 2 with one line when another live process holds the lock, and a dead one is taken over', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0)]));
    // The holder is the test runner's parent: live, and not this process (which runs the CLI here).
    writeFileSync(lockPathFor(w.out), JSON.stringify({ pid: process.ppid, host: hostname() }));
    const held = await runCliInProcess(['batch', w.input, '--out', w.out, '--quiet']);
    const wroteWhileHeld = existsSync(w.out);
    const dead = deadPid();
    writeFileSync(lockPathFor(w.out), JSON.stringify({ pid: dead, host: hostname() }));
    const stale = await run({ input: w.input, out: w.out });
    expect({
      held: [held.status, held.stderr.split('\n').length, wroteWhileHeld],
      stale: [stale.summary.notes.processed, rawLines(w.out).length, existsSync(lockPathFor(w.out))],
    }).toEqual({ held: [2, 2, false], stale: [1, 1, false] });
    expect(held.stderr).toContain(`is in use by another batch (pid ${process.ppid})`);
  });
});

describe('patient data at rest', () => {
  it('a temp file left by a kill -9 during compaction is removed by the next run, and results stay 0600', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0), generatedNote(SEEDS, 1)]));
    const leftover = `${w.out}.${deadPid()}.tmp`;
    writeFileSync(leftover, 'half of a compaction, with patient data\n', { mode: 0o644 });
    // A temp file of a process still running (the test runner's parent) is not ours to remove.
    const live = `${w.out}.${process.ppid}.tmp`;
    writeFileSync(live, 'in use');
    await run({ input: w.input, out: w.out });
    // A changed note makes the run compact through a temp file of its own.
    writeFileSync(
      w.input,
      jsonl([generatedNote(SEEDS, 0), { ...generatedNote(SEEDS, 1), transcript: 'Revised.' }]),
    );
    await run({ input: w.input, out: w.out });
    expect({
      leftover: existsSync(leftover),
      unrelated: existsSync(live),
      temps: readdirSync(w.dir).filter((n) => n.endsWith('.tmp') && n !== live.slice(w.dir.length + 1)),
      results: mode(w.out),
      errors: mode(w.errors),
    }).toEqual({ leftover: false, unrelated: true, temps: [], results: 0o600, errors: 0o600 });
  });

  it('results, errors, summary and cache are owner-only (0600 files, 0700 directories) under umask 022', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0), { id: 'empty', transcript: '' }]));
    const out = join(w.dir, 'runs', 'may', 'results.jsonl');
    const cache = join(w.dir, 'cache');
    const summary = join(w.dir, 'reports', 'summary.json'); // a directory that does not exist yet
    const umask = process.umask(0o022);
    const r = await runCliInProcess([
      'batch',
      w.input,
      '--out',
      out,
      '--cache-dir',
      cache,
      '--summary-json',
      summary,
      '--quiet',
    ]).finally(() => process.umask(umask));
    const entries = readdirSync(cache);
    expect({
      status: r.status,
      stderr: r.stderr,
      results: mode(out),
      errors: mode(join(w.dir, 'runs', 'may', 'results.errors.jsonl')),
      outDirs: [mode(join(w.dir, 'runs')), mode(join(w.dir, 'runs', 'may'))],
      summary: [mode(join(w.dir, 'reports')), mode(summary)],
      cacheDir: mode(cache),
      entries: entries.map((e) => mode(join(cache, e))),
    }).toEqual({
      status: 0,
      stderr: '',
      results: 0o600,
      errors: 0o600,
      outDirs: [0o700, 0o700],
      summary: [0o700, 0o600],
      cacheDir: 0o700,
      entries: [0o600],
    });
  });

  it('cache entries expire after --cache-ttl, and --cache-prune deletes expired entries only', async () => {
    const dir = temp.make();
    const cache = createExtractionCache({ dir, ttlMs: 60_000 });
    const extraction = await createFakeExtractor().extract(generatedNote(SEEDS, 0).transcript);
    const oldKey = 'a'.repeat(64);
    const newKey = 'b'.repeat(64);
    cache.set(oldKey, extraction);
    cache.set(newKey, extraction);
    const past = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, `${oldKey}.json`), past, past);
    const fresh = createExtractionCache({ dir, ttlMs: 60_000 * 60 * 24 * 30 });
    const stillThere = fresh.get(oldKey) !== undefined; // 10 days old, TTL 30 days
    const strict = createExtractionCache({ dir, ttlMs: 60_000, maxEntries: 0 });
    const afterOpen = readdirSync(dir).sort();
    writeFileSync(join(dir, 'notes.json'), '{}'); // not a cache entry: never deleted
    utimesSync(join(dir, 'notes.json'), past, past);
    utimesSync(join(dir, `${newKey}.json`), past, past);
    const pruned = await runCliInProcess(['batch', '--cache-prune', '--cache-dir', dir, '--cache-ttl', '7']);
    expect({
      stillThere,
      expiredMiss: strict.get(oldKey),
      afterOpen,
      pruned: [pruned.status, pruned.stderr],
      left: readdirSync(dir).sort(),
    }).toEqual({
      stillThere: true,
      expiredMiss: undefined,
      afterOpen: [`${newKey}.json`],
      pruned: [
        0,
        `cache ${dir}: removed 1 entries older than 7 days and 0 stale temporary files; 0 entries kept\n`,
      ],
      left: ['notes.json'],
    });
  });
});

describe('retry-after', () => {
  it('a huge retry-after is capped (not a 28-hour sleep, not an overflowing timer) and the summary says so', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0), generatedNote(SEEDS, 1)]));
    const sleeps: number[] = [];
    const extractor = createFakeExtractor({
      fail: (call) => (call === 1 ? rateLimited(100_000_000) : call === 2 ? rateLimited(2 ** 40) : undefined),
    });
    const { summary } = await run({
      input: w.input,
      out: w.out,
      extractor,
      concurrency: 1,
      sleep: async (ms) => {
        if (ms > 0) sleeps.push(ms);
      },
    });
    expect({
      processed: summary.notes.processed,
      longest: Math.max(...sleeps),
      clamped: summary.retryAfterClamped,
    }).toEqual({
      processed: 2,
      longest: 60_000,
      clamped: { count: 2, longestAskedMs: 2 ** 40, capMs: 60_000 },
    });
    expect(summaryText(summary)).toContain('retry-after capped');
  });

  it('the limiter waits at most maxRetryAfterMs for a rate-limit pause', async () => {
    const sleeps: number[] = [];
    const limiter = createCallLimiter({
      maxRetryAfterMs: 5_000,
      random: () => 0,
      sleep: async (ms) => {
        if (ms > 0) sleeps.push(ms);
      },
    });
    let calls = 0;
    await limiter.run(async () => {
      calls += 1;
      if (calls === 1) throw rateLimited(100_000 * 1000);
      return calls;
    });
    expect({ calls, longest: Math.max(...sleeps) }).toEqual({ calls: 2, longest: 5_000 });
  });
});

describe('new-user traps', () => {
  it('--diff given a notes file instead of a results file fails with one line and exit 2', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0)]));
    await run({ input: w.input, out: w.out });
    const r = await runCliInProcess(['batch', '--diff', w.input, w.out]);
    expect({ status: r.status, stdout: r.stdout, lines: r.stderr.split('\n').length }).toEqual({
      status: 2,
      stdout: '',
      lines: 2,
    });
    expect(r.stderr).toContain(`${w.input} is a notes input`);
    expect(r.stderr).not.toContain('Dictation');
  });

  it('batch <files...> processes several inputs as one batch, with a reused id reported under its file and line', async () => {
    const w = workdir();
    const second = join(w.dir, 'more.jsonl');
    writeFileSync(w.input, jsonl([generatedNote(SEEDS, 0), generatedNote(SEEDS, 1)]));
    writeFileSync(
      second,
      jsonl([generatedNote(SEEDS, 1), { ...generatedNote(SEEDS, 2), id: 'n-0' }, generatedNote(SEEDS, 3)]),
    );
    const r = await runCliInProcess([
      'batch',
      w.input,
      second,
      '--out',
      w.out,
      '--summary-json',
      join(w.dir, 's.json'),
    ]);
    const summary = JSON.parse(readFileSync(join(w.dir, 's.json'), 'utf8'));
    expect({
      status: r.status,
      results: records(w.out)
        .map((x) => x.id)
        .sort(),
      errors: records(w.errors).map(({ batchKey: _k, ...x }) => x),
      notes: summary.notes,
    }).toEqual({
      status: 0,
      results: ['n-0', 'n-1', 'n-3'],
      errors: [
        {
          id: `${second}:line-2`,
          code: 'input.invalid',
          message: `line 2 of ${second} repeats the id of an earlier note with other content; give each note a unique id`,
        },
      ],
      notes: { read: 5, processed: 3, failed: 1, skipped: 0, duplicates: 1 },
    });
  });

  it('--help marks --out as required and names the default extractor as opnote process does', async () => {
    const r = await runCliInProcess(['batch', '--help']);
    expect(r.stdout).toMatch(/--out <file>\s+required:/);
    expect(r.stdout).toMatch(/default openai when\s+OPENAI_API_KEY is set, else\s+rules/);
  });
});
