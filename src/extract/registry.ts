import { UsageError } from '../errors.ts';
import { createLangChainExtractor } from './llm/langchain-extractor.ts';
import { createOpenAIExtractor } from './llm/openai-extractor.ts';
import type { PriceTable } from './llm/prices.ts';
import { createRulesExtractor } from './rules/rules-extractor.ts';
import type { Extractor } from './types.ts';

/** Settings an extractor factory may need; read from the environment by the CLI, never here. */
export interface ExtractorConfig {
  apiKey?: string;
  baseURL?: string;
  model?: string;
  timeoutMs?: number;
  maxRetries?: number;
  fetch?: typeof fetch;
  /** Price table for LLM cost estimates (built-in table merged with a user override). */
  prices?: PriceTable;
}

type Factory = (config: ExtractorConfig) => Extractor;

const factories = new Map<string, Factory>([
  ['rules', () => createRulesExtractor()],
  ['openai', (config) => createOpenAIExtractor(config)],
  ['langchain', (config) => createLangChainExtractor(config)],
]);

/** Registers an extractor under a command-line name (LLM extractors register themselves here). */
export function registerExtractor(name: string, factory: Factory): void {
  factories.set(name, factory);
}

export const extractorNames = (): string[] => [...factories.keys()];

/** Creates an extractor by name; an unknown name is a usage error listing the known ones. */
export function createExtractor(name: string, config: ExtractorConfig = {}): Extractor {
  const factory = factories.get(name);
  if (!factory)
    throw new UsageError(`unknown extractor "${name}"; expected one of: ${extractorNames().join(', ')}`);
  return factory(config);
}
