/**
 * Writes one HAND-AUTHORED replay recording per case (fixtures/<case>/recordings/, and the LLM test
 * cases under tests/llm-fixtures/). No API key exists on this machine, so nothing here comes from a
 * real call: each answer is built from the case's gold facts (expected.json), the rules extractor's
 * verbatim quotes, and the hand corrections in scripts/recording-corrections.ts; each file says so with
 * "source": "hand-authored". The request is the exact one the openai extractor sends (captured, not
 * sent), so the replay key matches both the openai and the langchain path.
 *
 * Re-runnable: after a prompt, schema or knowledge change, or for a new case. It then replays every case
 * through both extractors and reports where the code or findings differ from expected.json (amended
 * where evals/replay/amendments.json says; those cases keep their recorded answer, re-keyed).
 *
 *   node scripts/author-recordings.ts            all cases
 *   node scripts/author-recordings.ts <case>...  only these cases
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ElementKey, elementKeys } from '../src/codes/elements.ts';
import type { FeatureKey } from '../src/codes/features.ts';
import { compareCase } from '../src/eval/compare.ts';
import { type FixtureCase, loadFixtures } from '../src/eval/fixtures.ts';
import { amendForReplay, loadSuite } from '../src/eval/suite.ts';
import { createGrounder } from '../src/extract/llm/grounding.ts';
import { createLangChainExtractor } from '../src/extract/llm/langchain-extractor.ts';
import { extractionToModelOutput } from '../src/extract/llm/model-facts.ts';
import { createOpenAIExtractor, DEFAULT_MODEL } from '../src/extract/llm/openai-extractor.ts';
import type { ModelItem, ModelOutput } from '../src/extract/llm/output-schema.ts';
import { SCHEMA_VERSION, valueSchemaFor } from '../src/extract/llm/output-schema.ts';
import { PROMPT_VERSION } from '../src/extract/llm/prompt.ts';
import {
  type Recording,
  recordingFile,
  recordingSchema,
  requestKey,
  serializeRecording,
} from '../src/extract/llm/recording.ts';
import { withReplay } from '../src/extract/llm/replay.ts';
import { supportedValue } from '../src/extract/llm/value-support.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { chatCompletion } from '../src/testing/fake-openai-server.ts';
import { type CaseCorrections, corrections, UNGROUNDED_ON_PURPOSE } from './recording-corrections.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CASE_ROOTS = [join(ROOT, 'fixtures'), join(ROOT, 'tests/llm-fixtures')];
/** Snapshot name the authored answers report, as the real API reports a dated model. */
const ANSWER_MODEL = `${DEFAULT_MODEL}-2025-04-14`;
/** A loopback address nothing is expected to listen on: if interception ever failed, nothing would leave the machine. */
const OFFLINE_BASE_URL = 'http://127.0.0.1:65535/v1';

export const HAND_AUTHORED_NOTE =
  'HAND-AUTHORED, not recorded: no API key exists on this machine. Written by scripts/author-recordings.ts from the case gold facts (expected.json), the rules extractor quotes and the hand corrections in scripts/recording-corrections.ts, shaped like an OpenAI chat.completion. Token counts are estimates (characters / 4).';

const STATUS_WORDS = new Set(['documented', 'negated', 'not_mentioned']);

/**
 * Cases whose recorded answer is wrong on purpose (evals/replay/amendments.json: the replay must refuse
 * it). Their answer is kept when they are re-authored: only what it lacks (an element or feature added
 * to the schema since) comes from the authored answer, and the request is the current one.
 */
const AMENDMENTS = loadSuite('openai', join(ROOT, 'evals')).amendments;

/** The model answer of the case's current hand-authored recording, if any. */
function keptAnswer(dir: string): ModelOutput | undefined {
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const old = recordingSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!old.success || old.data.source !== 'hand-authored') continue;
    const body = old.data.response.body as { choices?: { message?: { content?: string } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (content) return JSON.parse(content) as ModelOutput;
  }
  return undefined;
}

/** The authored answer with the kept answer's items wherever it has them. */
function withKept(output: ModelOutput, kept: ModelOutput): ModelOutput {
  const merge = (target: 'elements' | 'features') => {
    const now = output[target] as Record<string, ModelItem>;
    const was = kept[target] as Record<string, ModelItem>;
    return Object.fromEntries(Object.keys(now).map((k) => [k, was[k] ?? now[k]]));
  };
  return { ...output, elements: merge('elements'), features: merge('features') } as ModelOutput;
}

/** The answer a careful model would give for this case, or the problems that stop us from authoring it. */
function authorAnswer(c: FixtureCase, transcript: string): { output: ModelOutput; problems: string[] } {
  const output = extractionToModelOutput(extractWithRules(transcript));
  const fix: CaseCorrections | undefined = corrections[c.name];
  const problems: string[] = [];
  const apply = (target: 'elements' | 'features', key: string, item: ModelItem) => {
    const group = output[target] as Record<string, ModelItem>;
    const current = group[key] as ModelItem;
    group[key] =
      'value' in current
        ? { ...item, value: item.value ?? null }
        : { status: item.status, quotes: item.quotes };
  };
  for (const [key, want] of Object.entries(c.expected.facts)) {
    const target = elementKeys.includes(key as ElementKey) ? 'elements' : 'features';
    const corrected = (target === 'elements' ? fix?.elements : fix?.features)?.[
      key as ElementKey & FeatureKey
    ];
    if (corrected) continue;
    const item = (output[target] as Record<string, ModelItem>)[key];
    if (!item) {
      problems.push(`expected.json names unknown fact "${key}"`);
      continue;
    }
    const isStatus = STATUS_WORDS.has(want);
    const got = isStatus ? item.status : String(item.value ?? `(${item.status})`);
    if (got === want) continue;
    if (want === 'not_mentioned') apply(target, key, { status: 'not_mentioned', value: null, quotes: [] });
    else
      problems.push(
        `${key}: gold is "${want}" but the rules read "${got}"; add a correction with a verbatim quote`,
      );
  }
  for (const [key, item] of Object.entries(fix?.elements ?? {}))
    apply('elements', key, { status: item.status, value: item.value ?? null, quotes: item.quotes ?? [] });
  for (const [key, item] of Object.entries(fix?.features ?? {}))
    apply('features', key, { status: item.status, value: item.value ?? null, quotes: item.quotes ?? [] });

  if (!UNGROUNDED_ON_PURPOSE.includes(c.name)) {
    const ground = createGrounder(transcript);
    for (const target of ['elements', 'features'] as const) {
      for (const [key, item] of Object.entries(output[target] as Record<string, ModelItem>)) {
        if (item.status === 'not_mentioned') continue;
        for (const q of item.quotes) {
          const r = ground(q);
          if (!r.ok || r.method !== 'exact')
            problems.push(
              `${key}: quote is not verbatim (${r.ok ? r.method : r.reason}): "${q.slice(0, 60)}"`,
            );
        }
        if (item.quotes.length === 0) problems.push(`${key}: ${item.status} without a quote`);
        // A careful model states only values its own quotes say (grounding refuses the others).
        if (item.status === 'documented' && item.value !== null && item.value !== undefined) {
          const quotes = item.quotes.flatMap((q) => {
            const r = ground(q);
            return r.ok ? [r.evidence.quote] : [];
          });
          const support = supportedValue(target, key, valueSchemaFor(target, key), item.value, quotes);
          if (!support.ok)
            problems.push(
              `${key}: value ${JSON.stringify(item.value)} is not said by its quotes; add a correction`,
            );
        }
      }
    }
  }
  return { output, problems };
}

/** Runs the openai extractor with a fetch that captures the request and answers `content`. */
async function captureExchange(transcript: string, content: string): Promise<Recording> {
  let captured: { body: unknown; path: string } | undefined;
  const promptTokens = Math.ceil(transcript.length / 4) + 5200;
  const body = chatCompletion(content, { model: ANSWER_MODEL, promptTokens });
  const fetchStub: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    captured = { body: JSON.parse(await request.text()), path: new URL(request.url).pathname };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const extractor = createOpenAIExtractor({
    apiKey: 'authoring',
    baseURL: OFFLINE_BASE_URL,
    fetch: fetchStub,
    maxRetries: 0,
  });
  await extractor.extract(transcript);
  if (!captured) throw new Error('the extractor sent no request');
  const key = requestKey(captured.body);
  return {
    source: 'hand-authored',
    note: HAND_AUTHORED_NOTE,
    key,
    date: new Date().toISOString().slice(0, 10),
    model: DEFAULT_MODEL,
    versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION },
    request: {
      method: 'POST',
      path: captured.path,
      headers: { 'content-type': 'application/json' },
      body: captured.body,
    },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-request-id': `req_handauthored_${key.slice(0, 16)}` },
      body: { ...body, id: `chatcmpl-handauthored-${key.slice(0, 16)}` },
    },
  };
}

/** Writes the recording; removes stale hand-authored ones; keeps the date when nothing changed. */
function writeRecording(dir: string, recording: Recording): 'written' | 'unchanged' {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, recordingFile(recording.key));
  for (const name of readdirSync(dir).filter(
    (n) => n.endsWith('.json') && n !== recordingFile(recording.key),
  )) {
    const old = recordingSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (old.success && old.data.source === 'hand-authored') rmSync(join(dir, name));
  }
  if (existsSync(path)) {
    const old = recordingSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const same = { ...recording, date: old.date };
    if (readFileSync(path, 'utf8') === serializeRecording(same)) return 'unchanged';
  }
  writeFileSync(path, serializeRecording(recording));
  return 'written';
}

async function verify(c: FixtureCase, dir: string, transcript: string): Promise<string[]> {
  const claim = c.claimPath ? JSON.parse(readFileSync(c.claimPath, 'utf8')) : undefined;
  const problems: string[] = [];
  for (const make of [createOpenAIExtractor, createLangChainExtractor]) {
    const extractor = make({ apiKey: 'replay', baseURL: OFFLINE_BASE_URL, maxRetries: 0 });
    const { result } = await withReplay(dir, () =>
      processNote({ transcript, ...(claim === undefined ? {} : { claim }) }, { extractor }),
    );
    const cmp = compareCase(result, c.expected);
    if (!cmp.codeCorrect)
      problems.push(`${extractor.name}: code ${cmp.gotCode}, expected ${cmp.expectedCode}`);
    if (cmp.falseNegatives.length)
      problems.push(`${extractor.name}: missing findings ${cmp.falseNegatives.join(', ')}`);
    if (cmp.falsePositives.length)
      problems.push(`${extractor.name}: extra findings ${cmp.falsePositives.join(', ')}`);
    const wrongFacts = cmp.factResults.filter((f) => !f.correct);
    if (wrongFacts.length)
      problems.push(
        `${extractor.name}: facts ${wrongFacts.map((f) => `${f.element}=${f.got} (want ${f.expected})`).join(', ')}`,
      );
  }
  return problems;
}

async function main(only: string[]): Promise<number> {
  const cases = CASE_ROOTS.filter(existsSync)
    .flatMap((root) => loadFixtures(root))
    .filter((c) => only.length === 0 || only.includes(c.name));
  let failures = 0;
  for (const c of cases) {
    const transcript = readFileSync(c.transcriptPath, 'utf8');
    const dir = join(c.dir, 'recordings');
    const authored = authorAnswer(c, transcript);
    const kept = AMENDMENTS[c.name] ? keptAnswer(dir) : undefined;
    const { output, problems } = kept ? { output: withKept(authored.output, kept), problems: [] } : authored;
    if (problems.length > 0) {
      failures++;
      process.stdout.write(`SKIP ${c.name}\n${problems.map((p) => `     - ${p}\n`).join('')}`);
      continue;
    }
    const state = writeRecording(dir, await captureExchange(transcript, JSON.stringify(output)));
    const mismatches = UNGROUNDED_ON_PURPOSE.includes(c.name)
      ? []
      : await verify(amendForReplay(c, AMENDMENTS), dir, transcript);
    if (mismatches.length > 0) failures++;
    process.stdout.write(
      `${mismatches.length ? 'DIFF' : 'OK  '} ${c.name} (${state})\n${mismatches.map((p) => `     - ${p}\n`).join('')}`,
    );
  }
  process.stdout.write(
    `${cases.length - failures}/${cases.length} cases authored and replayed as expected\n`,
  );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
