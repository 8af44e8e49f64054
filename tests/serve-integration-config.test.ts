import { describe, expect, it } from 'vitest';
import { loadServeEnvConfig } from '../src/cli/config.ts';
import { ConfigError } from '../src/errors.ts';
import { runCliInProcess } from './support/cli.ts';

const TOKEN = 'test-token-0123456789abcdef';

describe('integration settings from the environment', () => {
  it('reads OPNOTE_WEBHOOK_SECRET, OPNOTE_CALLBACK_HOSTS and OPNOTE_RATE_LIMIT', () => {
    expect(
      loadServeEnvConfig({
        OPNOTE_WEBHOOK_SECRET: ' s3cret-0123456789abcdef ',
        OPNOTE_CALLBACK_HOSTS: 'hooks.example.org,10.1.2.3:8443',
        OPNOTE_RATE_LIMIT: '120',
      }),
    ).toMatchObject({
      webhookSecret: 's3cret-0123456789abcdef',
      callbackHosts: [{ host: 'hooks.example.org' }, { host: '10.1.2.3', port: 8443 }],
      rateLimitPerMinute: 120,
    });
    const none = loadServeEnvConfig({});
    expect(none.callbackHosts).toEqual([]);
    expect(none.webhookSecret).toBeUndefined();
    expect(none.rateLimitPerMinute).toBeUndefined();
  });

  it.each([
    [{ OPNOTE_CALLBACK_HOSTS: 'https://hooks.example.org/' }, /OPNOTE_CALLBACK_HOSTS/],
    [{ OPNOTE_WEBHOOK_SECRET: 'tiny-Secret-X' }, /OPNOTE_WEBHOOK_SECRET is shorter than 16/],
    [{ OPNOTE_RATE_LIMIT: '0' }, /OPNOTE_RATE_LIMIT/],
  ])('refuses %o with a one-line config error that echoes no secret', (env, message) => {
    expect(() => loadServeEnvConfig(env)).toThrow(ConfigError);
    expect(() => loadServeEnvConfig(env)).toThrow(message);
    try {
      loadServeEnvConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('tiny-Secret-X');
    }
  });

  it('OPNOTE_TOKEN_WEBHOOKS gives tokens, by position, a default callback and their own secret', () => {
    const env = {
      OPNOTE_API_TOKENS: `${TOKEN},second-token-0123456789abcdef`,
      OPNOTE_TOKEN_WEBHOOKS: JSON.stringify([
        null,
        { callbackUrl: 'https://hooks.example.org/b', webhookSecret: 'b-secret-0123456789abcdef' },
      ]),
    };
    expect(loadServeEnvConfig(env).tokenWebhooks).toEqual({
      'second-token-0123456789abcdef': {
        callbackUrl: 'https://hooks.example.org/b',
        webhookSecret: 'b-secret-0123456789abcdef',
      },
    });
    for (const [bad, message] of [
      ['{"x":', /is not JSON/],
      ['{}', /must be a JSON array/],
      ['[null, null, null]', /has 3 entries but OPNOTE_API_TOKENS has 2/],
      ['[{"webhookSecret": "tiny-Secret-X"}]', /entry 1: webhookSecret is shorter than 16/],
      ['[{"callback": "x"}]', /entry 1 must be null or an object/],
    ] as const) {
      const run = () => loadServeEnvConfig({ ...env, OPNOTE_TOKEN_WEBHOOKS: bad });
      expect(run).toThrow(message);
      expect(run).toThrow(expect.objectContaining({ message: expect.not.stringContaining('tiny-Secret-X') }));
    }
  });

  it('opnote serve stops at start with exit 2 on a bad callback host list', async () => {
    // In this process (cheap under load): the same main the binary runs.
    const run = await runCliInProcess(['serve', '--port', '0'], {
      env: { OPNOTE_API_TOKENS: TOKEN, OPNOTE_CALLBACK_HOSTS: 'a.example,/x' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'opnote: callback host 2 of 2 is not "host" or "host:port"; check OPNOTE_CALLBACK_HOSTS',
    ]);
  });
});
