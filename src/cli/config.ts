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
