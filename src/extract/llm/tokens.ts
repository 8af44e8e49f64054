import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { outputResponseFormat } from './output-schema.ts';
import { extractionMessages } from './prompt.ts';

/** Tokenizer family of a model: o200k_base for GPT-4o, GPT-4.1, o-series and later; cl100k_base for GPT-4 and 3.5. */
export function encodingFor(model: string | undefined): 'o200k_base' | 'cl100k_base' {
  if (model && /^(gpt-4(?!o|\.)|gpt-3\.5)/.test(model)) return 'cl100k_base';
  return 'o200k_base';
}

/** Tokens of `text` with the model's real tokenizer (gpt-tokenizer), not characters ÷ 4. */
export function countTokens(text: string, model?: string): number {
  return encodingFor(model) === 'cl100k_base' ? countCl100k(text) : countO200k(text);
}

/** Chat framing per message (role and separators), as OpenAI documents for its chat models. */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_REPLY = 3;

/** Tokens the model is expected to answer for one note (a filled extraction); corrected with the real usage after each call. */
export const COMPLETION_RESERVE_TOKENS = 1500;

export interface RequestOverhead {
  /** Prompt tokens of an extraction request with an empty transcript: system and user templates, framing. */
  promptTokens: number;
  /** Tokens of the strict JSON-schema response format sent with every request. */
  schemaTokens: number;
  encoding: 'o200k_base' | 'cl100k_base';
}

const overheads = new Map<string, RequestOverhead>();

/** The fixed cost of every extraction request, measured once per tokenizer from the real prompt and schema. */
export function requestOverhead(model?: string): RequestOverhead {
  const encoding = encodingFor(model);
  const cached = overheads.get(encoding);
  if (cached) return cached;
  const messages = extractionMessages('');
  const promptTokens =
    messages.reduce((n, m) => n + TOKENS_PER_MESSAGE + countTokens(String(m.content), model), 0) +
    TOKENS_PER_REPLY;
  const schemaTokens = countTokens(JSON.stringify(outputResponseFormat.json_schema), model);
  const measured = { promptTokens, schemaTokens, encoding };
  overheads.set(encoding, measured);
  return measured;
}

/** Tokens one extraction of `transcript` is expected to use: transcript + prompt + schema + the answer. */
export function estimateRequestTokens(transcript: string, model?: string): number {
  const o = requestOverhead(model);
  return countTokens(transcript, model) + o.promptTokens + o.schemaTokens + COMPLETION_RESERVE_TOKENS;
}
