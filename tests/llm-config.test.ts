import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnvConfig, loadPriceTable } from '../src/cli/config.ts';
import { ConfigError } from '../src/errors.ts';
import { defaultPrices, estimateCostUsd, parsePriceTable, priceFor } from '../src/extract/llm/prices.ts';
import { createExtractor } from '../src/extract/registry.ts';

describe('LLM configuration from the environment', () => {
  it.each([
    ['nothing set: rules stay the default', {}, { defaultExtractor: 'rules' }],
    ['a blank key counts as none', { OPENAI_API_KEY: '  ' }, { defaultExtractor: 'rules' }],
    [
      'a key makes openai the default',
      { OPENAI_API_KEY: 'sk-x' },
      { defaultExtractor: 'openai', apiKey: 'sk-x' },
    ],
    [
      'every setting',
      {
        OPENAI_API_KEY: 'sk-x',
        OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
        OPNOTE_MODEL: 'llama3.1',
        OPNOTE_TIMEOUT: '2.5',
        OPNOTE_MAX_RETRIES: '0',
        OPNOTE_PRICES: 'prices.json',
      },
      {
        defaultExtractor: 'openai',
        apiKey: 'sk-x',
        baseURL: 'http://127.0.0.1:11434/v1',
        model: 'llama3.1',
        timeoutMs: 2500,
        maxRetries: 0,
        pricesPath: 'prices.json',
      },
    ],
  ])('%s', (_name, env, expected) => {
    expect(loadEnvConfig(env)).toEqual(expected);
  });

  it.each([
    [{ OPNOTE_TIMEOUT: 'soon' }, 'OPNOTE_TIMEOUT must be a non-negative number, got "soon"'],
    [{ OPNOTE_TIMEOUT: '-1' }, 'OPNOTE_TIMEOUT must be a non-negative number, got "-1"'],
    [{ OPNOTE_MAX_RETRIES: '1.5' }, 'OPNOTE_MAX_RETRIES must be a non-negative integer, got "1.5"'],
  ])('rejects %o with config.invalid', (env, message) => {
    expect(() => loadEnvConfig(env)).toThrow(new ConfigError('config.invalid', message));
  });

  it.each(['openai', 'langchain'])('refuses to create %s without a key, in one line', (name) => {
    expect(() => createExtractor(name, {})).toThrow(
      expect.objectContaining({
        code: 'config.missing-key',
        message: `the ${name} extractor needs OPENAI_API_KEY (any non-empty value for a local server); set it, or use --extractor rules`,
      }),
    );
  });
});

describe('prices and cost', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'opnote-prices-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('estimates cost per million tokens, matching dated snapshots to their model', () => {
    const price = priceFor('gpt-4.1-mini-2025-04-14', defaultPrices);
    expect(price).toMatchObject({ inputPerMillion: 0.4, outputPerMillion: 1.6, unverified: true });
    expect(
      estimateCostUsd({ promptTokens: 10_000, completionTokens: 2_000 }, price as NonNullable<typeof price>),
    ).toBe(0.0072);
    expect(priceFor('llama3.1', defaultPrices)).toBeUndefined();
  });

  it('merges a user price table over the built-in one', () => {
    const path = join(dir, 'prices.json');
    writeFileSync(
      path,
      JSON.stringify({
        'llama3.1': { inputPerMillion: 0, outputPerMillion: 0 },
        'gpt-4.1-mini': { inputPerMillion: 1, outputPerMillion: 2, source: 'contract', date: '2026-05' },
      }),
    );
    const table = loadPriceTable(path);
    expect(table['llama3.1']).toEqual({
      inputPerMillion: 0,
      outputPerMillion: 0,
      source: 'user price table',
      date: 'unknown',
    });
    expect(table['gpt-4.1-mini']).toEqual({
      inputPerMillion: 1,
      outputPerMillion: 2,
      source: 'contract',
      date: '2026-05',
    });
    expect(table['gpt-4o']).toEqual(defaultPrices['gpt-4o']);
  });

  it.each([
    ['not JSON', '{', /price table .* could not be read as JSON; check OPNOTE_PRICES/],
    [
      'a negative price',
      JSON.stringify({ m: { inputPerMillion: -1, outputPerMillion: 1 } }),
      /price table is invalid \(m\.inputPerMillion: /,
    ],
    [
      'a missing field',
      JSON.stringify({ m: { inputPerMillion: 1 } }),
      /price table is invalid \(m\.outputPerMillion: /,
    ],
  ])('rejects a price table with %s', (_what, text, message) => {
    const path = join(dir, 'prices.json');
    writeFileSync(path, text);
    expect(() => loadPriceTable(path)).toThrow(message);
    expect(() => loadPriceTable(path)).toThrow(ConfigError);
  });

  it('parses an empty override to the defaults', () => {
    expect(parsePriceTable({})).toEqual(defaultPrices);
  });
});
