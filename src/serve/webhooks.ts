import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, InputError } from '../errors.ts';

/** Header of a webhook delivery carrying its timestamp and signature: `t=<unix seconds>,v1=<hex>`. */
export const SIGNATURE_HEADER = 'opnote-signature';

/** Shortest webhook secret accepted in the server configuration. */
export const MIN_WEBHOOK_SECRET_LENGTH = 16;

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the webhook secret, over `<timestamp>.<body>`
 * (the timestamp in Unix seconds, the body byte for byte), in lowercase hex. As Stripe does.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The value of the `opnote-signature` header for a delivery. */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${webhookSignature(secret, timestamp, body)}`;
}

/**
 * Checks an `opnote-signature` header as a receiver should: the signature matches (compared in constant
 * time) and the timestamp is within `toleranceSeconds` of now (default 300), so a captured delivery
 * cannot be replayed later.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  options: { toleranceSeconds?: number; now?: () => Date } = {},
): boolean {
  if (!header) return false;
  const parts = new Map(
    header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const nowSeconds = Math.floor((options.now ?? (() => new Date()))().getTime() / 1000);
  if (Math.abs(nowSeconds - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(webhookSignature(secret, t, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

/** One allowed callback destination: a host name or IP, and a port (any port when not given). */
export interface CallbackHost {
  host: string;
  port?: number;
}

/**
 * Parses the callback allowlist (`host` or `host:port`, comma-separated; IPv6 in brackets). Throws
 * `config.invalid` naming the entry's position on a malformed entry.
 */
export function parseCallbackHosts(list: string): CallbackHost[] {
  const entries = list
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries.map((entry, i) => {
    const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(entry);
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (!m?.[1] || (port !== undefined && (port < 1 || port > 65535)))
      throw new ConfigError(
        'config.invalid',
        `callback host ${i + 1} of ${entries.length} is not "host" or "host:port"; check OPNOTE_CALLBACK_HOSTS`,
      );
    return { host: m[1].toLowerCase(), ...(port === undefined ? {} : { port }) };
  });
}

const defaultPort = (protocol: string): number => (protocol === 'https:' ? 443 : 80);

/**
 * Checks a callback URL against the allowlist: http or https, no credentials in it, and its host (and
 * port, when the entry names one) on the list. Nothing is allowed when the list is empty, so no request
 * ever goes to an address the operator did not name. Throws `callback.refused` (the URL is not echoed).
 */
export function checkCallbackUrl(raw: string, allowed: readonly CallbackHost[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('callback.refused', 'callbackUrl is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError('callback.refused', 'callbackUrl must be http or https');
  if (url.username !== '' || url.password !== '')
    throw new InputError('callback.refused', 'callbackUrl must not carry credentials');
  const host = url.hostname.toLowerCase();
  const port = url.port === '' ? defaultPort(url.protocol) : Number(url.port);
  const ok = allowed.some((a) => a.host === host && (a.port === undefined || a.port === port));
  if (!ok)
    throw new InputError(
      'callback.refused',
      allowed.length === 0
        ? 'this server sends no callbacks (no callback hosts are configured); poll GET /v1/jobs/{id} instead'
        : "callbackUrl's host is not one of the callback hosts this server allows",
    );
  return url;
}

/** One delivery attempt, as recorded on the job (never the URL, the secret or the body). */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  outcome: 'delivered' | 'http-error' | 'timeout' | 'connection-error';
  durationMs: number;
}

/** Retry policy of webhook deliveries. */
export interface WebhookRetryPolicy {
  /** Most attempts in all. Default: 8. */
  maxAttempts: number;
  /** Delay before the second attempt; doubled each time. Default: 1000 ms. */
  baseDelayMs: number;
  /** Longest delay between two attempts. Default: 60,000 ms. */
  maxDelayMs: number;
  /** Time allowed for one attempt (connect to answer). Default: 10,000 ms. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: WebhookRetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
};

/** The delay before attempt `n + 1` (n >= 1): base * 2^(n-1), capped. */
export const backoffMs = (policy: WebhookRetryPolicy, attempt: number): number =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));

export interface Delivery {
  url: URL;
  /** The JSON body, sent byte for byte as signed. */
  body: string;
  secret: string;
  /** Extra headers (job id, delivery id). */
  headers?: Record<string, string>;
  policy: WebhookRetryPolicy;
  /** Attempts already made (by an instance that stopped): numbering and the bound continue. Default: 0. */
  attemptsMade?: number;
  /** Called after each attempt, so the job records it. */
  onAttempt?: (attempt: DeliveryAttempt) => Promise<void> | void;
  /** Stops retrying (server shutdown). */
  signal?: AbortSignal;
  now?: () => Date;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * POSTs a signed delivery, retrying with exponential backoff on a non-2xx answer, a timeout or a
 * connection error, up to `policy.maxAttempts`. Redirects are not followed (a 3xx is a failure), so
 * the allowlist cannot be bypassed. Resolves true once a 2xx is received, false when attempts run out.
 */
export async function deliverWebhook(delivery: Delivery): Promise<boolean> {
  const now = delivery.now ?? (() => new Date());
  for (let attempt = (delivery.attemptsMade ?? 0) + 1; attempt <= delivery.policy.maxAttempts; attempt++) {
    if (delivery.signal?.aborted) return false;
    const started = now();
    const timestamp = Math.floor(started.getTime() / 1000);
    const record: Omit<DeliveryAttempt, 'outcome' | 'durationMs'> = { attempt, at: started.toISOString() };
    let result: DeliveryAttempt;
    try {
      const res = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'opnote-webhook',
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, timestamp, delivery.body),
          ...delivery.headers,
        },
        body: delivery.body,
        signal: AbortSignal.timeout(delivery.policy.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      const ok = res.status >= 200 && res.status < 300;
      result = {
        ...record,
        status: res.status,
        outcome: ok ? 'delivered' : 'http-error',
        durationMs: now().getTime() - started.getTime(),
      };
    } catch (error) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError';
      result = {
        ...record,
        outcome: timedOut ? 'timeout' : 'connection-error',
        durationMs: now().getTime() - started.getTime(),
      };
    }
    await delivery.onAttempt?.(result);
    if (result.outcome === 'delivered') return true;
    if (attempt < delivery.policy.maxAttempts)
      await sleep(backoffMs(delivery.policy, attempt), delivery.signal);
  }
  return false;
}
