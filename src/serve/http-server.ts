import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { Socket } from 'node:net';
import { type HttpProblemCode, httpProblem } from './problems.ts';

/** Connection-level limits of the HTTP server: what a slow or greedy client may hold. */
export interface ConnectionLimits {
  /** Time to receive a request's headers, in ms; then 408 and the connection is closed. */
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body), in ms; then 408 and the connection is closed. */
  bodyTimeoutMs: number;
  /** Time an idle keep-alive connection stays open between requests, in ms. */
  keepAliveTimeoutMs: number;
  /** Most open connections; more are closed as soon as they are accepted. */
  maxConnections: number;
  /** Largest request head (request line and headers), in bytes; more gets 431. */
  maxHeaderBytes: number;
}

/**
 * How often Node checks the header and body deadlines: a quarter of the shorter one, between 10 ms
 * and 1 s, so a deadline is enforced within 25% of its value.
 */
export const checkIntervalFor = (limits: ConnectionLimits): number =>
  Math.min(1000, Math.max(10, Math.floor(Math.min(limits.headersTimeoutMs, limits.bodyTimeoutMs) / 4)));

/**
 * A `serverFactory` for Fastify: a node:http server with header and body deadlines (Fastify's default
 * turns Node's off), a short keep-alive and a connection cap.
 */
export function connectionLimitedServerFactory(
  limits: ConnectionLimits,
): (handler: (req: IncomingMessage, res: ServerResponse) => void) => Server {
  return (handler) => {
    const server = createServer(
      {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.bodyTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: checkIntervalFor(limits),
        maxHeaderSize: limits.maxHeaderBytes,
      },
      handler,
    );
    server.maxConnections = limits.maxConnections;
    return server;
  };
}

/** The problem answered for a socket-level client error (Node gives the error a code). */
function problemForClientError(code: string | undefined): { code: HttpProblemCode; detail: string } {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      code: 'request.timeout',
      detail: 'the request was not received in time; send the whole request at once',
    };
  if (code === 'HPE_HEADER_OVERFLOW')
    return { code: 'headers.too-large', detail: 'the request headers are too large' };
  return { code: 'request.malformed', detail: 'the request is not valid HTTP/1.1' };
}

/**
 * Fastify `clientErrorHandler`: answers socket-level errors (request timeout, header overflow,
 * malformed request) with problem+json and `connection: close`, then closes the socket. Never
 * writes into a response already started. `onError` gets the problem code, for the log.
 */
export function clientErrorHandler(
  onError: (code: HttpProblemCode, status: number) => void,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { code, detail } = problemForClientError(error.code);
    const id = randomUUID();
    const { problem } = httpProblem(code, detail, id);
    onError(code, problem.status);
    const started = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent;
    if (socket.writable && started !== true) {
      const body = JSON.stringify(problem);
      socket.write(
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}\r\n` +
          'content-type: application/problem+json; charset=utf-8\r\n' +
          `content-length: ${Buffer.byteLength(body)}\r\n` +
          `x-request-id: ${id}\r\n` +
          'connection: close\r\n\r\n' +
          body,
      );
    }
    socket.destroySoon();
  };
}
