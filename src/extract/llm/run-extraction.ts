import type { z } from 'zod';
import { ExtractionError, type Usage } from '../../errors.ts';
import type { Extraction } from '../types.ts';
import type { GrounderOptions } from './grounding.ts';
import { modelOutputToExtraction } from './model-facts.ts';
import { type ModelOutput, modelOutputSchema, SCHEMA_VERSION } from './output-schema.ts';
import { defaultPrices, estimateCostUsd, type PriceTable, priceFor } from './prices.ts';
import { type ChatMessage, extractionMessages, PROMPT_VERSION, repairMessages } from './prompt.ts';

/** One chat completion, reduced to what extraction needs (the openai and langchain paths both map to it). */
export interface Completion {
  /** Number of choices returned (0 means an empty answer). */
  choices: number;
  content: string | null;
  refusal: string | null;
  finishReason: string | null;
  usage?: Usage;
  /** Model that answered, as the provider reports it. */
  model?: string;
}

/** Sends messages to the model; implemented by each extractor over its client. */
export type CompleteFn = (messages: ChatMessage[]) => Promise<Completion>;

export type AnswerResult =
  | { ok: true; output: ModelOutput }
  | { ok: false; kind: 'parse' | 'schema'; issues: string[] };

// Issue text is built from codes and schema facts only: never a value from the answer (it may quote the note).
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  switch (issue.code) {
    case 'invalid_type':
      return `${path}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${path}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${path}: ${issue.keys.length} unexpected key(s); only the keys of the schema are allowed`;
    case 'invalid_union':
      return `${path}: does not match any allowed form`;
    default:
      return `${path}: ${issue.code.replace(/_/g, ' ')}`;
  }
}

/** Most issues reported back to the model or in an error. */
const MAX_ISSUES = 20;

/** Removes a Markdown code fence some OpenAI-compatible servers wrap JSON in. */
const stripFence = (text: string): string => {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(text);
  return m ? (m[1] as string) : text;
};

/** Parses and validates a model answer into a result; never throws on bad model output. */
export function parseAnswer(content: string): AnswerResult {
  let json: unknown;
  try {
    json = JSON.parse(stripFence(content));
  } catch {
    return { ok: false, kind: 'parse', issues: ['(root): the answer is not valid JSON'] };
  }
  const parsed = modelOutputSchema.safeParse(json);
  if (parsed.success) return { ok: true, output: parsed.data as ModelOutput };
  return { ok: false, kind: 'schema', issues: parsed.error.issues.slice(0, MAX_ISSUES).map(describeIssue) };
}

const addUsage = (a: Usage | undefined, b: Usage | undefined): Usage | undefined =>
  a && b
    ? {
        promptTokens: a.promptTokens + b.promptTokens,
        completionTokens: a.completionTokens + b.completionTokens,
      }
    : (a ?? b);

/** Throws for answers that carry no usable content: no choices, a refusal, truncation, empty content. */
function usableContent(c: Completion, usage: Usage | undefined): string {
  const details = {
    ...(c.finishReason ? { finishReason: c.finishReason } : {}),
    ...(usage ? { usage } : {}),
  };
  if (c.choices === 0)
    throw new ExtractionError(
      'empty',
      'the model returned no choices; retry, or check that the server implements chat completions',
      details,
    );
  if (c.refusal)
    throw new ExtractionError(
      'refusal',
      'the model refused to extract facts from this note; review it manually or try another model',
      details,
    );
  if (c.finishReason === 'length')
    throw new ExtractionError(
      'truncated',
      `the model stopped at its output token limit (finish_reason length${usage ? `, ${usage.completionTokens} completion tokens` : ''}) before finishing the answer; use a model with a larger output limit`,
      details,
    );
  if (c.finishReason === 'content_filter')
    throw new ExtractionError(
      'refusal',
      'the provider withheld the answer (finish_reason content_filter); review this note manually or use another model',
      details,
    );
  if (c.content === null || c.content.trim() === '')
    throw new ExtractionError(
      'empty',
      `the model returned an empty answer (finish_reason ${c.finishReason ?? 'none'}); retry, or check the server`,
      details,
    );
  return c.content;
}

export interface RunOptions {
  transcript: string;
  complete: CompleteFn;
  /** Model requested (used for versions and price when the provider does not report one). */
  model: string;
  prices?: PriceTable;
  grounding?: GrounderOptions;
}

/**
 * The extraction protocol shared by every LLM path: ask, validate with zod, repair once with the
 * validation issues on a schema failure, then fail with a typed `ExtractionError`; ground the quotes,
 * add usage, cost and versions.
 */
export async function runExtraction(options: RunOptions): Promise<Extraction> {
  const { transcript, complete } = options;
  const first = await complete(extractionMessages(transcript));
  let usage = first.usage;
  let answered = first;
  let result = parseAnswer(usableContent(first, usage));
  if (!result.ok && result.kind === 'schema') {
    answered = await complete(repairMessages(transcript, result.issues));
    usage = addUsage(usage, answered.usage);
    result = parseAnswer(usableContent(answered, usage));
  }
  if (!result.ok) {
    const details = {
      ...(answered.finishReason ? { finishReason: answered.finishReason } : {}),
      ...(usage ? { usage } : {}),
      issues: result.issues,
    };
    throw result.kind === 'parse'
      ? new ExtractionError(
          'parse',
          'the model answer is not valid JSON; check that the server supports strict structured outputs (response_format json_schema)',
          details,
        )
      : new ExtractionError(
          'schema',
          `the model answer does not match the extraction schema, even after one repair (${result.issues.length} issue(s), first: ${result.issues[0] ?? 'unknown'}); try another model`,
          details,
        );
  }
  const model = answered.model ?? options.model;
  const price =
    priceFor(model, options.prices ?? defaultPrices) ??
    priceFor(options.model, options.prices ?? defaultPrices);
  const grounded = modelOutputToExtraction(result.output, transcript, options.grounding);
  return {
    ...grounded,
    versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION, model },
    ...(usage ? { usage } : {}),
    ...(usage && price ? { costUsd: estimateCostUsd(usage, price) } : {}),
  };
}
