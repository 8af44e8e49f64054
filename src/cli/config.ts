import { readFileSync } from 'node:fs';
import { codes as builtInCodes } from '../codes/index.ts';
import { ConfigError, echo } from '../errors.ts';
import { parsePriceTable } from '../extract/llm/prices.ts';
import type { ExtractorConfig } from '../extract/registry.ts';
import { createKnowledge, type Knowledge } from '../knowledge/apply.ts';
import { readOverlay } from '../knowledge/overlay.ts';
import { MAX_TRANSCRIPT_CHARS } from '../pipeline/input.ts';
import { type CallbackHost, MIN_WEBHOOK_SECRET_LENGTH, parseCallbackHosts } from '../serve/webhooks.ts';

/** Everything the CLI reads from the environment, in one place. Keys are never printed. */
export interface EnvConfig extends ExtractorConfig {
  /** Extractor to use when none is given: `openai` when OPENAI_API_KEY is set, otherwise `rules`. */
  defaultExtractor: string;
  /** OPNOTE_PRICES: path of a JSON price table merged over the built-in one. Default: none. */
  pricesPath?: string;
  /** OPNOTE_MAX_CHARS: largest transcript in characters (code points). Default: none (MAX_TRANSCRIPT_CHARS). */
  maxChars?: number;
}

/** Parses a non-negative number from the environment or a flag; anything else is `config.invalid`. */
export function parseNonNegative(name: string, raw: string, options: { integer?: boolean } = {}): number {
  const value = Number(raw.trim());
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (options.integer && !Number.isInteger(value))
  )
    throw new ConfigError(
      'config.invalid',
      `${name} must be a non-negative ${options.integer ? 'integer' : 'number'}, got "${echo(raw)}"`,
    );
  return value;
}

/** Parses a size limit in characters (a whole number of at least 1) from a flag or the environment. */
export function parseMaxChars(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1)
    throw new ConfigError(
      'config.invalid',
      `${name} must be a whole number of at least 1, got "${echo(raw)}"`,
    );
  return value;
}

/** The transcript size limit: the `--max-chars` flag, else OPNOTE_MAX_CHARS, else MAX_TRANSCRIPT_CHARS. */
export function resolveMaxChars(flag: string | number | undefined, env: Pick<EnvConfig, 'maxChars'>): number {
  if (typeof flag === 'number') return flag;
  if (flag !== undefined) return parseMaxChars('--max-chars', flag);
  return env.maxChars ?? MAX_TRANSCRIPT_CHARS;
}

/**
 * Reads the LLM settings: OPENAI_API_KEY, OPENAI_BASE_URL (any OpenAI-compatible server), OPNOTE_MODEL
 * (default gpt-4.1-mini), OPNOTE_TIMEOUT (seconds per request, default 60), OPNOTE_MAX_RETRIES (default 2),
 * OPNOTE_PRICES (price-table override file); and OPNOTE_MAX_CHARS (transcript size limit, default 200000).
 */
export function loadEnvConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const timeout = env.OPNOTE_TIMEOUT?.trim();
  const retries = env.OPNOTE_MAX_RETRIES?.trim();
  const pricesPath = env.OPNOTE_PRICES?.trim();
  const maxChars = env.OPNOTE_MAX_CHARS?.trim();
  return {
    defaultExtractor: apiKey ? 'openai' : 'rules',
    ...(apiKey ? { apiKey } : {}),
    ...(env.OPENAI_BASE_URL?.trim() ? { baseURL: env.OPENAI_BASE_URL.trim() } : {}),
    ...(env.OPNOTE_MODEL?.trim() ? { model: env.OPNOTE_MODEL.trim() } : {}),
    ...(timeout ? { timeoutMs: parseNonNegative('OPNOTE_TIMEOUT', timeout) * 1000 } : {}),
    ...(retries ? { maxRetries: parseNonNegative('OPNOTE_MAX_RETRIES', retries, { integer: true }) } : {}),
    ...(pricesPath ? { pricesPath } : {}),
    ...(maxChars ? { maxChars: parseMaxChars('OPNOTE_MAX_CHARS', maxChars) } : {}),
  };
}

/** Reads and validates a price-table override file (JSON: model -> {inputPerMillion, outputPerMillion}). */
export function loadPriceTable(path: string): NonNullable<ExtractorConfig['prices']> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigError(
      'config.invalid',
      `price table ${path} could not be read as JSON; check OPNOTE_PRICES`,
      {
        cause,
      },
    );
  }
  return parsePriceTable(json);
}

/** The `--knowledge <dir>` option's help text, shared by every command that takes it. */
export const KNOWLEDGE_OPTION_HELP =
  'directory of an imported CMS knowledge overlay (opnote knowledge import); default OPNOTE_KNOWLEDGE, else the built-in knowledge';

/**
 * The knowledge overlay to apply: `--knowledge <dir>`, else OPNOTE_KNOWLEDGE, else none (the built-in
 * knowledge). A missing or malformed overlay is `knowledge.invalid` (exit 2).
 */
export function loadKnowledgeOption(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Knowledge | undefined {
  const dir = flag ?? (env.OPNOTE_KNOWLEDGE?.trim() || undefined);
  return dir === undefined ? undefined : createKnowledge(readOverlay(dir), builtInCodes);
}

/** What `opnote serve` reads from the environment. Tokens are never printed. */
export interface ServeEnvConfig {
  /** OPNOTE_API_TOKENS: bearer tokens, comma-separated (blanks dropped). */
  apiTokens: string[];
  /** OPNOTE_AUTH_DISABLED=1 or true: serve without auth, for local use only. Default: false. */
  authDisabled: boolean;
  /** OPNOTE_WEBHOOK_SECRET: signs webhook deliveries. Default: none (callbacks refused). Never printed. */
  webhookSecret?: string;
  /** OPNOTE_CALLBACK_HOSTS: `host` or `host:port`, comma-separated. Default: none allowed. */
  callbackHosts: CallbackHost[];
  /** OPNOTE_RATE_LIMIT: requests per minute per token on /v1. Default: unlimited. */
  rateLimitPerMinute?: number;
  /**
   * OPNOTE_TOKEN_WEBHOOKS: a JSON array in the order of OPNOTE_API_TOKENS, each entry null or
   * `{"callbackUrl"?, "webhookSecret"?}`: a token's default callback and own secret. By token here.
   */
  tokenWebhooks: Record<string, { callbackUrl?: string; webhookSecret?: string }>;
}

/** Parses OPNOTE_TOKEN_WEBHOOKS against the tokens; messages name positions, never values (secrets). */
function parseTokenWebhooks(
  raw: string | undefined,
  tokens: readonly string[],
): Record<string, { callbackUrl?: string; webhookSecret?: string }> {
  if (raw === undefined || raw.trim() === '') return {};
  const fail = (why: string): never => {
    throw new ConfigError('config.invalid', `OPNOTE_TOKEN_WEBHOOKS ${why}`);
  };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return fail('is not JSON; expected [{"callbackUrl": "...", "webhookSecret": "..."}, null, ...]');
  }
  if (!Array.isArray(list)) return fail('must be a JSON array, one entry per token of OPNOTE_API_TOKENS');
  if (list.length > tokens.length)
    fail(`has ${list.length} entries but OPNOTE_API_TOKENS has ${tokens.length} tokens`);
  const out: Record<string, { callbackUrl?: string; webhookSecret?: string }> = {};
  list.forEach((entry: unknown, i) => {
    if (entry === null) return;
    const e = entry as Record<string, unknown>;
    const keys = typeof entry === 'object' && !Array.isArray(entry) ? Object.keys(e) : ['?'];
    if (keys.some((k) => k !== 'callbackUrl' && k !== 'webhookSecret'))
      fail(`entry ${i + 1} must be null or an object with callbackUrl and/or webhookSecret`);
    for (const k of keys)
      if (typeof e[k] !== 'string' || (e[k] as string).trim() === '')
        fail(`entry ${i + 1}: ${k} must be a non-empty string`);
    if (typeof e.webhookSecret === 'string' && e.webhookSecret.length < MIN_WEBHOOK_SECRET_LENGTH)
      fail(`entry ${i + 1}: webhookSecret is shorter than ${MIN_WEBHOOK_SECRET_LENGTH} characters`);
    out[tokens[i] as string] = {
      ...(typeof e.callbackUrl === 'string' ? { callbackUrl: e.callbackUrl } : {}),
      ...(typeof e.webhookSecret === 'string' ? { webhookSecret: e.webhookSecret } : {}),
    };
  });
  return out;
}

export function loadServeEnvConfig(env: NodeJS.ProcessEnv = process.env): ServeEnvConfig {
  const disabled = (env.OPNOTE_AUTH_DISABLED ?? '').trim().toLowerCase();
  if (!['', '0', 'false', '1', 'true'].includes(disabled))
    throw new ConfigError(
      'config.invalid',
      `OPNOTE_AUTH_DISABLED must be 1, true, 0 or false, got "${echo(env.OPNOTE_AUTH_DISABLED ?? '')}"`,
    );
  const webhookSecret = env.OPNOTE_WEBHOOK_SECRET?.trim();
  if (webhookSecret && webhookSecret.length < MIN_WEBHOOK_SECRET_LENGTH)
    throw new ConfigError(
      'config.invalid',
      `OPNOTE_WEBHOOK_SECRET is shorter than ${MIN_WEBHOOK_SECRET_LENGTH} characters; use a long random secret (e.g. openssl rand -hex 32)`,
    );
  const apiTokens = (env.OPNOTE_API_TOKENS ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return {
    apiTokens,
    tokenWebhooks: parseTokenWebhooks(env.OPNOTE_TOKEN_WEBHOOKS, apiTokens),
    authDisabled: disabled === '1' || disabled === 'true',
    ...(webhookSecret ? { webhookSecret } : {}),
    callbackHosts: parseCallbackHosts(env.OPNOTE_CALLBACK_HOSTS ?? ''),
    ...(env.OPNOTE_RATE_LIMIT?.trim()
      ? { rateLimitPerMinute: parseMaxChars('OPNOTE_RATE_LIMIT', env.OPNOTE_RATE_LIMIT.trim()) }
      : {}),
  };
}
