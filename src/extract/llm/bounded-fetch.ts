/**
 * The fetch the LLM clients use: it reads the whole response body before handing the response over, so
 * a connection dropped in the middle of the body fails inside fetch, where the SDK treats it as a
 * connection error and retries it (it escaped as an untyped TypeError when the SDK read the body
 * itself), and it refuses bodies over a byte cap (a runaway answer must not reach parsing and grounding).
 */

/** Largest response body accepted from the provider, in bytes. A normal answer is 10–60 KB. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/** Error code the synthetic answer to an oversized body carries (mapped to `extraction.truncated`). */
export const RESPONSE_TOO_LARGE = 'opnote_response_too_large';

/**
 * Wraps `base` so every response is fully read (at most `maxBytes`) before it is returned. An oversized
 * body is cancelled and answered with a non-retryable 400 whose error code is `RESPONSE_TOO_LARGE`.
 */
export function createBoundedFetch(base: typeof fetch, maxBytes: number = MAX_RESPONSE_BYTES): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body) return response;
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel().catch(() => {});
      return tooLarge(maxBytes);
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      // A dropped connection rejects here, inside fetch: the SDK retries it as a connection error.
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.byteLength;
    }
    const headers = new Headers(response.headers);
    // The body is decoded already: the length and encoding of the wire form no longer apply.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(response.status === 204 || response.status === 304 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

function tooLarge(maxBytes: number): Response {
  return new Response(
    JSON.stringify({
      error: {
        message: `the response body is larger than ${maxBytes} bytes`,
        type: 'invalid_response',
        code: RESPONSE_TOO_LARGE,
      },
    }),
    { status: 400, headers: { 'content-type': 'application/json', 'x-should-retry': 'false' } },
  );
}
