import OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { ConfigError } from '../../errors.ts';
import type { Extractor } from '../types.ts';
import { createBoundedFetch, MAX_RESPONSE_BYTES } from './bounded-fetch.ts';
import type { GrounderOptions } from './grounding.ts';
import { outputResponseFormat, SCHEMA_VERSION } from './output-schema.ts';
import type { PriceTable } from './prices.ts';
import { type ChatMessage, PROMPT_VERSION } from './prompt.ts';
import { callContext, toOpnoteError } from './provider-errors.ts';
import { type Completion, runExtraction } from './run-extraction.ts';

/** Model used when none is configured. */
export const DEFAULT_MODEL = 'gpt-4.1-mini';
/** Per-request timeout when none is configured, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries (with backoff, only for 408/409/429/5xx, timeouts and dropped connections) when none is configured. */
export const DEFAULT_MAX_RETRIES = 2;
/** Output-token limit of a request when none is configured (a normal answer is about 1,000 tokens). */
export const DEFAULT_MAX_OUTPUT_TOKENS = 8192;

/**
 * The output-token limit as the model expects it: reasoning models (o1, o3, gpt-5 …) take
 * `max_completion_tokens` and reject `max_tokens`; other OpenAI-compatible servers know `max_tokens`.
 */
export const outputTokenLimit = (
  model: string,
  tokens: number,
): { max_tokens: number } | { max_completion_tokens: number } =>
  /^(?:o\d|gpt-5)/.test(model) ? { max_completion_tokens: tokens } : { max_tokens: tokens };

/** Options shared by the LLM extractors. */
export interface LlmExtractorOptions {
  /** API key; required (any non-empty value for a local server that ignores it). */
  apiKey?: string | undefined;
  /** Base URL of an OpenAI-compatible server, ending in /v1. Default: the OpenAI API. */
  baseURL?: string | undefined;
  /** Model name. Default: DEFAULT_MODEL (gpt-4.1-mini). */
  model?: string | undefined;
  /** Per-request timeout in ms. Default: DEFAULT_TIMEOUT_MS (60 s). */
  timeoutMs?: number | undefined;
  /** Retries of retryable failures. Default: DEFAULT_MAX_RETRIES (2). */
  maxRetries?: number | undefined;
  /** fetch used for HTTP (record/replay wrap it). Default: the global fetch, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /** Price table for cost estimates. Default: the built-in table. */
  prices?: PriceTable | undefined;
  /** Grounding tolerances. Default: see GrounderOptions. */
  grounding?: GrounderOptions | undefined;
  /** Output-token limit per request. Default: DEFAULT_MAX_OUTPUT_TOKENS (8,192). */
  maxOutputTokens?: number | undefined;
  /** Largest response body accepted, in bytes. Default: MAX_RESPONSE_BYTES (2 MiB). */
  maxResponseBytes?: number | undefined;
}

/** Resolved options with defaults; a missing key is a one-line config error. */
export function resolveLlmOptions(name: string, options: LlmExtractorOptions) {
  if (!options.apiKey)
    throw new ConfigError(
      'config.missing-key',
      `the ${name} extractor needs OPENAI_API_KEY (any non-empty value for a local server); set it, or use --extractor rules`,
    );
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  return {
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    model: options.model ?? DEFAULT_MODEL,
    timeoutMs,
    maxRetries,
    maxOutputTokens: options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    // The whole body is read inside fetch (bounded): a connection dropped mid-body is then a retried
    // connection error. The global fetch is looked up at call time so a replay installed later sees the calls.
    fetch: createBoundedFetch(
      options.fetch ??
        ((input: Parameters<typeof fetch>[0], init?: RequestInit) => globalThis.fetch(input, init)),
      options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
    ),
    ctx: callContext({ baseURL: options.baseURL, timeoutMs, maxRetries }),
  };
}

/** Reduces a chat completion to what extraction needs. */
export function toCompletion(data: ChatCompletion): Completion {
  const choices = Array.isArray(data.choices) ? data.choices : [];
  const choice = choices[0];
  return {
    choices: choices.length,
    content: choice?.message?.content ?? null,
    refusal: choice?.message?.refusal ?? null,
    finishReason: choice?.finish_reason ?? null,
    ...(data.usage
      ? { usage: { promptTokens: data.usage.prompt_tokens, completionTokens: data.usage.completion_tokens } }
      : {}),
    ...(typeof data.model === 'string' && data.model ? { model: data.model } : {}),
  };
}

/**
 * `--extractor openai`: chat completions with a strict JSON-schema response format built from the zod
 * schema by the openai helper. The SDK retries what retrying can fix; everything else is a typed error.
 */
export function createOpenAIExtractor(options: LlmExtractorOptions = {}): Extractor {
  const o = resolveLlmOptions('openai', options);
  const client = new OpenAI({
    apiKey: o.apiKey,
    ...(o.baseURL ? { baseURL: o.baseURL } : {}),
    timeout: o.timeoutMs,
    maxRetries: o.maxRetries,
    fetch: o.fetch,
    logLevel: 'off',
  });
  return {
    name: 'openai',
    versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION, model: o.model },
    async extract(transcript, extractOptions = {}) {
      const complete = async (messages: ChatMessage[]): Promise<Completion> => {
        try {
          const data = await client.chat.completions.create(
            {
              model: o.model,
              messages,
              response_format: outputResponseFormat,
              ...outputTokenLimit(o.model, o.maxOutputTokens),
            },
            extractOptions.signal ? { signal: extractOptions.signal } : {},
          );
          return toCompletion(data);
        } catch (error) {
          throw toOpnoteError(error, o.ctx) ?? error;
        }
      };
      return runExtraction({
        transcript,
        complete,
        model: o.model,
        ...(options.prices ? { prices: options.prices } : {}),
        ...(options.grounding ? { grounding: options.grounding } : {}),
      });
    },
  };
}
