import { z } from 'zod';
import { ConfigError, type Usage } from '../../errors.ts';

/** Price of one model in USD per million tokens, with where the figure came from. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  source: string;
  date: string;
  /** True when the figure was not checked against the provider's own page. */
  unverified?: boolean;
}

/** Model name (without a date suffix) -> price. */
export type PriceTable = Record<string, ModelPrice>;

const SOURCE = 'OpenAI API pricing, standard tier, as summarized by third-party price lists';
const DATE = '2026-03';

const price = (inputPerMillion: number, outputPerMillion: number): ModelPrice => ({
  inputPerMillion,
  outputPerMillion,
  source: SOURCE,
  date: DATE,
  unverified: true,
});

/**
 * Built-in price table. Unverified: no key exists on this machine to check the provider's page, so
 * users who need exact figures override the table by config (`OPNOTE_PRICES=<file.json>`).
 */
export const defaultPrices: PriceTable = Object.freeze({
  'gpt-4.1': price(2.0, 8.0),
  'gpt-4.1-mini': price(0.4, 1.6),
  'gpt-4.1-nano': price(0.1, 0.4),
  'gpt-4o': price(2.5, 10.0),
  'gpt-4o-mini': price(0.15, 0.6),
  'gpt-5': price(1.25, 10.0),
  'gpt-5-mini': price(0.25, 2.0),
  'gpt-5-nano': price(0.05, 0.4),
});

const DATE_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/** Price of a model: exact name first, then without a dated snapshot suffix (`gpt-4.1-mini-2025-04-14`). */
export function priceFor(model: string, table: PriceTable): ModelPrice | undefined {
  return table[model] ?? table[model.replace(DATE_SUFFIX, '')];
}

/** Estimated cost in USD, rounded to a millionth of a dollar. */
export function estimateCostUsd(usage: Usage, p: ModelPrice): number {
  const usd =
    (usage.promptTokens * p.inputPerMillion + usage.completionTokens * p.outputPerMillion) / 1_000_000;
  return Math.round(usd * 1_000_000) / 1_000_000;
}

const overrideSchema = z.record(
  z.string().min(1),
  z.object({
    inputPerMillion: z.number().nonnegative(),
    outputPerMillion: z.number().nonnegative(),
    source: z.string().optional(),
    date: z.string().optional(),
  }),
);

/**
 * Parses a user price table (JSON object: model -> {inputPerMillion, outputPerMillion, source?, date?})
 * and merges it over the defaults. A malformed table is a `config.invalid` error naming the fields.
 */
export function parsePriceTable(json: unknown, base: PriceTable = defaultPrices): PriceTable {
  const parsed = overrideSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(table)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(
      'config.invalid',
      `price table is invalid (${where}); expected {"<model>": {"inputPerMillion": n, "outputPerMillion": n}}`,
    );
  }
  const merged: PriceTable = { ...base };
  for (const [model, p] of Object.entries(parsed.data)) {
    merged[model] = {
      inputPerMillion: p.inputPerMillion,
      outputPerMillion: p.outputPerMillion,
      source: p.source ?? 'user price table',
      date: p.date ?? 'unknown',
    };
  }
  return merged;
}
