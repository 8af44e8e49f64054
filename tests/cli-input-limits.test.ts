import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { errorLine, MAX_ECHO_CHARS, MAX_REQUEST_ID_CHARS } from '../src/errors.ts';
import { toOpnoteError } from '../src/extract/llm/provider-errors.ts';
import {
  countCodePoints,
  decodeUtf8,
  readFileBounded,
  readFileBoundedSync,
  readStreamBounded,
  readTranscript,
} from '../src/pipeline/input.ts';
import { processNote } from '../src/pipeline/process.ts';
import { spawnTracked } from './support/children.ts';
import { type CliRun, ROOT, runCliInProcess } from './support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'opnote-limits-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const FIXTURE = `${ROOT}fixtures/a-27290-classic-formatted`;
const good = `${FIXTURE}/transcript.txt`;
const goodText = readFileSync(good, 'utf8');
const MARKER = 'ZEBRA-PHI-MARKER';

/** A TCP port free on 127.0.0.1 a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Exit 2 with exactly one line on stderr matching `message`, nothing on stdout, no stack. */
function expectOneLineError(run: CliRun, message: RegExp): void {
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^opnote: /);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(run.status).toBe(2);
}

/**
 * Runs bin/opnote.js behind a real shell pipe (not a socket, as spawn's stdin is) fed in two parts
 * with a pause between them, as a slow producer does: a synchronous read of fd 0 then sees EAGAIN.
 */
function runWithPipedStdin(args: string[], input: Buffer): Promise<CliRun> {
  const path = file(`stdin-${Math.random().toString(36).slice(2)}.txt`, input);
  const half = Math.floor(input.length / 2);
  const quoted = [process.execPath, `${ROOT}bin/opnote.js`, ...args].map(
    (a) => `'${a.replace(/'/g, "'\\''")}'`,
  );
  const script = `(head -c ${half} '${path}'; sleep 0.3; tail -c +${half + 1} '${path}') | ${quoted.join(' ')}`;
  return new Promise((resolve, reject) => {
    // Its own process group: the shell and what it runs are killed together when the test ends.
    const child = spawnTracked('sh', ['-c', script], {
      cwd: ROOT,
      env: { ...process.env, OPENAI_API_KEY: '' },
      group: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        // a producer cut off early (over the limit) may complain about the broken pipe: not ours
        stderr: Buffer.concat(err)
          .toString('utf8')
          .replace(/^(head|tail|sh): .*\n/gm, ''),
      }),
    );
  });
}

describe('stdin is read asynchronously', () => {
  it('process - reads a valid 150 KB note from a slow pipe (was EAGAIN: exit 1 internal error)', async () => {
    const note = Buffer.from(`${goodText}\n${'The wound was irrigated. '.repeat(6_000)}`);
    expect(note.length).toBeGreaterThan(150_000);
    const run = await runWithPipedStdin(['process', '-'], note);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).code.supported).toBe('27290');
  });

  it('process - reads a valid note over the default limit (250 KB) with --max-chars 300000', async () => {
    const note = Buffer.from(`${goodText}\n${'The wound was irrigated. '.repeat(10_000)}`);
    expect(note.length).toBeGreaterThan(250_000);
    const run = await runWithPipedStdin(['process', '-', '--max-chars', '300000'], note);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).code.supported).toBe('27290');
  });

  it('process - over the limit on stdin stops reading and says so in one line', async () => {
    const run = await runWithPipedStdin(
      ['process', '-', '--max-chars', '1000'],
      Buffer.alloc(2_000_000, 'a'),
    );
    expectOneLineError(run, /transcript is larger than the limit of 1000 characters/);
  });
});

describe('every read is bounded', () => {
  it('process /dev/zero stops at the limit with exit 2 (was: grew without end)', async () => {
    expectOneLineError(
      await runCliInProcess(['process', '/dev/zero']),
      /transcript is larger than the limit/,
    );
  });

  it('--claim /dev/zero stops at the claim limit with exit 2', async () => {
    expectOneLineError(
      await runCliInProcess(['process', good, '--claim', '/dev/zero']),
      /claim is larger than the limit of 65536 bytes/,
    );
  });

  it('a sparse 3 GiB transcript or claim is refused from its size, before reading (was RangeError: internal error)', async () => {
    const sparse = file('sparse.txt', '');
    truncateSync(sparse, 3 * 1024 ** 3);
    expectOneLineError(
      await runCliInProcess(['process', sparse]),
      /transcript is 3221225472 bytes, over the limit of 200000 characters/,
    );
    expectOneLineError(
      await runCliInProcess(['process', good, '--claim', sparse]),
      /claim is 3221225472 bytes, over the limit/,
    );
  });

  it('the bounded readers never read more than the limit + 1 bytes from a file, a device or a stream', async () => {
    const limit = { what: 'input', maxBytes: 10 };
    await expect(readFileBounded('/dev/zero', limit)).rejects.toMatchObject({ code: 'input.too-large' });
    expect(() => readFileBoundedSync('/dev/zero', limit)).toThrow(/larger than the limit of 10 bytes/);
    expect((await readFileBounded(file('ten.txt', '0123456789'), limit)).toString()).toBe('0123456789');
    expect(readFileBoundedSync(file('ten.txt', '0123456789'), limit).toString()).toBe('0123456789');
    const stream = new PassThrough();
    let pulled = 0;
    stream.on('data', (c: Buffer) => {
      pulled += c.length;
    });
    const endless = setInterval(() => stream.write(Buffer.alloc(4, 1)), 1);
    await expect(readStreamBounded(stream, limit)).rejects.toMatchObject({ code: 'input.too-large' });
    clearInterval(endless);
    expect(stream.destroyed).toBe(true);
    expect(pulled).toBeLessThanOrEqual(12);
    await expect(readFileBounded(join(dir, 'nope'), limit)).rejects.toMatchObject({
      code: 'input.not-found',
    });
    await expect(readFileBounded(dir, limit)).rejects.toMatchObject({ code: 'input.invalid' });
  });
});

describe('the size limit is an option', () => {
  it('--max-chars and OPNOTE_MAX_CHARS set the limit of process (was a constant)', async () => {
    expectOneLineError(
      await runCliInProcess(['process', good, '--max-chars', '100']),
      /transcript is \d+ bytes, over the limit of 100 characters/,
    );
    expectOneLineError(
      await runCliInProcess(['process', good], { env: { OPNOTE_MAX_CHARS: '100' } }),
      /over the limit of 100 characters/,
    );
    // The flag wins over the environment.
    const wide = await runCliInProcess(['process', good, '--max-chars', '500000'], {
      env: { OPNOTE_MAX_CHARS: '100' },
    });
    expect(wide.status).toBe(0);
    const exact = await runCliInProcess(['process', good, '--max-chars', String(countCodePoints(goodText))]);
    expect(exact.status).toBe(0);
    expectOneLineError(
      await runCliInProcess(['process', good, '--max-chars', String(countCodePoints(goodText) - 1)]),
      /the limit is \d+/,
    );
  });

  it('a bad --max-chars or OPNOTE_MAX_CHARS is one line, exit 2', async () => {
    expectOneLineError(await runCliInProcess(['process', good, '--max-chars', '0']), /--max-chars must be/);
    expectOneLineError(
      await runCliInProcess(['process', good], { env: { OPNOTE_MAX_CHARS: '2e5' } }),
      /OPNOTE_MAX_CHARS must be a whole number/,
    );
  });

  it('eval --max-chars and OPNOTE_MAX_CHARS apply to every case', async () => {
    const out = join(dir, 'eval-out');
    const run = await runCliInProcess(['eval', `${FIXTURE}/..`, '--out', out, '--max-chars', '100'], {
      env: { OPNOTE_MAX_CHARS: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/did not run \(input\.too-large\)/);
    const env = await runCliInProcess(['eval', `${FIXTURE}/..`, '--out', out], {
      env: { OPNOTE_MAX_CHARS: '100' },
    });
    expect(env.status).toBe(1);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(
      results.cases.every((c: { error?: { code: string } }) => c.error?.code === 'input.too-large'),
    ).toBe(true);
  });
});

describe('the size limit in batch and serve', () => {
  it('batch --max-chars and OPNOTE_MAX_CHARS make longer notes input.too-large errors', async () => {
    const cases = join(dir, 'batch-cases');
    cpSync(FIXTURE, join(cases, 'one'), { recursive: true });
    for (const [name, args, env] of [
      ['flag', ['--max-chars', '100'], {}],
      ['env', [], { OPNOTE_MAX_CHARS: '100' }],
    ] as const) {
      const out = join(dir, `batch-${name}.jsonl`);
      const run = await runCliInProcess(['batch', cases, '--out', out, '--quiet', ...args], { env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const [error] = readFileSync(join(dir, `batch-${name}.errors.jsonl`), 'utf8')
        .trim()
        .split('\n');
      expect(JSON.parse(error ?? '{}')).toMatchObject({ id: 'one', code: 'input.too-large' });
    }
  });

  it('serve takes its --max-chars default from OPNOTE_MAX_CHARS (was only the flag)', async () => {
    // In this process: the same main the binary runs (the binary's serve is tests/serve-cli.test.ts),
    // stopped by the signal it awaits. The pipeline in-process (--workers 0): the limit is the listener's.
    const port = await freePort();
    const run = runCliInProcess(
      [
        'serve',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--no-auth',
        '--drain',
        '0',
        '--workers',
        '0',
        '--log-level',
        'silent',
      ],
      { env: { OPNOTE_MAX_CHARS: '100' } },
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await expect
        .poll(() =>
          fetch(`${url}/healthz`).then(
            (r) => r.status,
            () => 0,
          ),
        )
        .toBe(200);
      const post = (transcript: string) =>
        fetch(`${url}/v1/notes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ transcript }),
        });
      expect((await post('x'.repeat(101))).status).toBe(413);
      expect((await post('Right above-knee amputation.')).status).toBe(200);
    } finally {
      process.emit('SIGTERM');
    }
    expect((await run).status).toBe(0);
  });
});

describe('characters are code points', () => {
  it('100,000 emoji are 100000 characters, not 200000 (was counted in UTF-16 units)', () => {
    expect(readTranscript('😀'.repeat(100_000), 100_000)).toHaveLength(200_000);
    expect(() => readTranscript('😀'.repeat(100_001), 100_000)).toThrow(
      'transcript is 100001 characters; the limit is 100000',
    );
    expect(readTranscript(Buffer.from('😀'.repeat(1_000)), 1_000)).toHaveLength(2_000);
    expect(countCodePoints('a😀b\ud800')).toBe(4);
  });
});

describe('a byte-order mark', () => {
  it("keeps evidence offsets on the caller's string (was stripped: every offset one off)", async () => {
    const claim = JSON.parse(readFileSync(`${FIXTURE}/claim.json`, 'utf8'));
    const plain = await processNote({ transcript: goodText, claim });
    const bomText = `\ufeff${goodText}`;
    const bom = await processNote({ transcript: bomText, claim });
    expect(bom.code.supported).toBe(plain.code.supported);
    expect(bom.findings.map((f) => f.id)).toEqual(plain.findings.map((f) => f.id));
    const evidence = [...Object.values(bom.facts), ...Object.values(bom.anatomy)].flatMap(
      (f) => f?.evidence ?? [],
    );
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) expect(bomText.slice(e.start, e.end)).toBe(e.quote);
  });

  it('in a transcript file: offsets index the text a UTF-8 reader of the file gets', async () => {
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goodText)]));
    const run = await runCliInProcess(['process', path]);
    expect(run.status).toBe(0);
    const text = readFileSync(path, 'utf8');
    const result = JSON.parse(run.stdout);
    const evidence = Object.values({ ...result.facts, ...result.anatomy }).flatMap(
      (f) => (f as { evidence: Array<{ quote: string; start: number; end: number }> }).evidence,
    );
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('in a claim file is accepted (was rejected as invalid JSON)', async () => {
    const claim = file(
      'bom-claim.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"cpt": "27290"}')]),
    );
    const run = await runCliInProcess(['process', good, '--claim', claim]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).code.claimed).toBe('27290');
  });
});

describe('one UTF-8 rule', () => {
  it('decodeUtf8 rejects invalid bytes with input.encoding and never replaces them', () => {
    expect(decodeUtf8(Buffer.from('café'))).toBe('café');
    expect(() => decodeUtf8(Buffer.from([0x63, 0xe9]), 'claim')).toThrow(
      expect.objectContaining({
        code: 'input.encoding',
        message: expect.stringMatching(/^claim is not valid UTF-8/),
      }),
    );
  });

  it('a claim file that is not UTF-8 is rejected with input.encoding (was decoded lossily)', async () => {
    const claim = file('latin1-claim.json', Buffer.from('{"cpt": "27290\xe9"}', 'latin1'));
    expectOneLineError(
      await runCliInProcess(['process', good, '--claim', claim]),
      /claim is not valid UTF-8/,
    );
  });
});

describe('error lines stay one short line', () => {
  it('a path containing a newline cannot forge a second stderr line', async () => {
    const path = join(dir, 'x\nopnote: forged second line');
    const run = await runCliInProcess(['process', path]);
    expectOneLineError(run, /file not found: .*x\\nopnote: forged second line$/);
  });

  it('an eval --out path with a newline stays on its own line', async () => {
    const cases = join(dir, 'one-case');
    cpSync(FIXTURE, join(cases, 'one'), { recursive: true });
    const run = await runCliInProcess(['eval', cases, '--out', join(dir, 'out\nopnote: forged')]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^opnote: wrote .*out\\nopnote: forged\/results\.json/);
  });

  it('an unknown command with a newline in it stays one escaped line', async () => {
    expectOneLineError(await runCliInProcess(['frob\nnicate']), /unknown command 'frob\\nnicate'/);
  });

  it('a long path is cut in the error line', async () => {
    const run = await runCliInProcess(['process', join(dir, 'y'.repeat(5000))]);
    expectOneLineError(run, /more characters\)/);
    expect(run.stderr.length).toBeLessThan(MAX_ECHO_CHARS + 100);
  });

  it('an 8 KB provider x-request-id is cut in the error message', () => {
    const error = toOpnoteError(
      { status: 500, headers: new Headers({ 'x-request-id': `req_${'a'.repeat(8192)}` }) },
      { host: 'api.example', timeoutMs: 1000, maxRetries: 0 },
    );
    expect(error?.code).toBe('provider.server');
    expect(error?.message.length).toBeLessThan(MAX_REQUEST_ID_CHARS + 200);
    expect((error as { requestId?: string }).requestId?.length).toBeLessThanOrEqual(
      MAX_REQUEST_ID_CHARS + 30,
    );
  });

  it('errorLine escapes terminal controls and caps the line', () => {
    expect(errorLine('a\r\nb\u001b[31mc\u2028d')).toBe('a\\r\\nb\\x1b[31mc\\u2028d');
    expect(errorLine('z'.repeat(5000)).length).toBeLessThan(1100);
    expect(errorLine(MARKER)).toBe(MARKER);
  });
});
