import { ConfigError } from '../errors.ts';
import type { ExtractorConfig } from '../extract/registry.ts';

/** Everything the CLI reads from the environment, in one place. Keys are never printed. */
export interface EnvConfig extends ExtractorConfig {
  /** Extractor to use when none is given: rules unless a key is set (LLM issue decides). */
  defaultExtractor: string;
}

export function loadEnvConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  return {
    defaultExtractor: 'rules',
    ...(apiKey ? { apiKey } : {}),
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    ...(env.OPNOTE_MODEL ? { model: env.OPNOTE_MODEL } : {}),
  };
}

/** What `opnote serve` reads from the environment. Tokens are never printed. */
export interface ServeEnvConfig {
  /** OPNOTE_API_TOKENS: bearer tokens, comma-separated (blanks dropped). */
  apiTokens: string[];
  /** OPNOTE_AUTH_DISABLED=1 or true: serve without auth, for local use only. Default: false. */
  authDisabled: boolean;
}

export function loadServeEnvConfig(env: NodeJS.ProcessEnv = process.env): ServeEnvConfig {
  const disabled = (env.OPNOTE_AUTH_DISABLED ?? '').trim().toLowerCase();
  if (!['', '0', 'false', '1', 'true'].includes(disabled))
    throw new ConfigError(
      'config.invalid',
      `OPNOTE_AUTH_DISABLED must be 1, true, 0 or false, got "${env.OPNOTE_AUTH_DISABLED}"`,
    );
  return {
    apiTokens: (env.OPNOTE_API_TOKENS ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    authDisabled: disabled === '1' || disabled === 'true',
  };
}
