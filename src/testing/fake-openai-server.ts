import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractionToModelOutput } from '../extract/llm/model-facts.ts';
import { transcriptFromUserMessage } from '../extract/llm/prompt.ts';
import { extractWithRules } from '../extract/rules/rules-extractor.ts';

/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks (not msw): it answers
 * `POST /v1/chat/completions` from a script, with injected rate limits and latency, or as a simulated
 * model that runs the rules extractor on the transcript in the request and answers the structured
 * output the openai extractor expects.
 */
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body. */
  body?: unknown;
  /** Raw body text, sent as is (for malformed answers); wins over `body`. */
  raw?: string;
  /** Extra delay before answering, in ms. */
  delayMs?: number;
  /** Drop the connection without answering (connection reset). */
  destroy?: boolean;
  /** Send the status, headers and this many bytes of the body, then drop the connection mid-body. */
  dropAfterBytes?: number;
}

export interface FakeOpenAIServerOptions {
  /** Added to every response, in ms. Default 0. */
  latencyMs?: number;
  /** Uniform 0..jitterMs extra, in ms. Default 0. */
  jitterMs?: number;
  /** Every Nth request answers 429 with `retry-after: 0`. Default: never. */
  rateLimitEvery?: number;
  /** Answered first, in order. */
  script?: FakeResponse[];
  /** Answers requests once the script is used up. Default: the simulated model (`simulatedModel`). */
  // biome-ignore lint/suspicious/noExplicitAny: the contract hands the parsed request body as is
  respond?: (body: any) => FakeResponse | Promise<FakeResponse>;
}

export interface FakeOpenAIServer {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:54321/v1. */
  url: string;
  requests: Array<{ path: string; body: unknown; headers: Record<string, string | string[] | undefined> }>;
  close(): Promise<void>;
}

interface ChatRequest {
  model?: string;
  messages?: Array<{ role?: string; content?: unknown }>;
}

const approxTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

/** A chat.completion body shaped like the OpenAI API's, with the given assistant content. */
export function chatCompletion(
  content: string | null,
  options: {
    model?: string;
    finishReason?: string;
    refusal?: string | null;
    promptTokens?: number;
    id?: string;
  } = {},
): Record<string, unknown> {
  const completionTokens = content ? approxTokens(content) : 0;
  const promptTokens = options.promptTokens ?? 1000;
  return {
    id: options.id ?? 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: options.model ?? 'gpt-4.1-mini',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: options.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: options.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

/**
 * The default responder: reads the transcript out of the user message, runs the rules extractor and
 * answers its facts as the model's structured output (with approximate token usage).
 */
export function simulatedModel(body: ChatRequest): FakeResponse {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const user = messages.find((m) => m.role === 'user' && typeof m.content === 'string');
  const transcript = user ? transcriptFromUserMessage(user.content as string) : undefined;
  if (transcript === undefined) {
    return {
      status: 400,
      body: {
        error: { message: 'no <transcript> block in the user message', type: 'invalid_request_error' },
      },
    };
  }
  const content = JSON.stringify(extractionToModelOutput(extractWithRules(transcript)));
  const promptTokens = approxTokens(
    messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n'),
  );
  return {
    status: 200,
    headers: { 'x-request-id': 'req_fake_simulated' },
    body: chatCompletion(content, { model: body.model ?? 'gpt-4.1-mini', promptTokens }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the fake server on 127.0.0.1 with an ephemeral port. Close it when done. */
export async function startFakeOpenAIServer(
  options: FakeOpenAIServerOptions = {},
): Promise<FakeOpenAIServer> {
  const script = [...(options.script ?? [])];
  const respond = options.respond ?? ((body: unknown) => simulatedModel(body as ChatRequest));
  const requests: FakeOpenAIServer['requests'] = [];
  let count = 0;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const path = (req.url ?? '/').split('?')[0] as string;
    requests.push({ path, body, headers: { ...req.headers } });
    count++;
    let reply: FakeResponse;
    if (script.length > 0) reply = script.shift() as FakeResponse;
    else if (options.rateLimitEvery && count % options.rateLimitEvery === 0)
      reply = {
        status: 429,
        headers: { 'retry-after': '0' },
        body: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
      };
    else if (req.method !== 'POST' || !path.endsWith('/chat/completions'))
      reply = {
        status: 404,
        body: { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } },
      };
    else reply = await respond(body);

    const wait = (options.latencyMs ?? 0) + Math.random() * (options.jitterMs ?? 0) + (reply.delayMs ?? 0);
    if (wait > 0) await sleep(wait);
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    if (reply.dropAfterBytes !== undefined) {
      const bytes = Buffer.from(payload);
      // A declared length the connection never delivers: the client sees the body end early.
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        'content-length': String(bytes.byteLength),
        ...reply.headers,
      });
      res.write(bytes.subarray(0, reply.dropAfterBytes), () => {
        setTimeout(() => req.socket.destroy(), 10);
      });
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(payload);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'fake server failure', type: 'server_error' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
