import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codes } from '../src/codes/index.ts';
import { extractorNames } from '../src/extract/registry.ts';
import { processResultSchema } from '../src/schemas/result.ts';
import { PROBLEM_SPECS } from '../src/serve/problems.ts';
import { AUTH, fixture, postNote, type RunningServer, startServer } from './serve-helpers.ts';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[] }>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes?: unknown };
};

describe('GET /openapi.json', () => {
  let server: RunningServer;
  let doc: Doc;
  beforeAll(async () => {
    server = await startServer({
      extractorNames: ['rules', 'openai', 'langchain'],
      extractorConfig: { apiKey: 'test-key' },
    });
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as Doc;
  });
  afterAll(() => server.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('the validator rejects a broken document (it can fail)', async () => {
    const broken = { ...doc, paths: { '/v1/notes': { post: { responses: { 200: { content: 5 } } } } } };
    expect(
      (await new Validator().validate(broken as unknown as Parameters<Validator['validate']>[0])).valid,
    ).toBe(false);
  });

  it('is generated from the zod schemas, not hand-kept', () => {
    const { $schema: _, ...result } = z.toJSONSchema(processResultSchema, {
      target: 'draft-2020-12',
      io: 'output',
    }) as { $schema?: string; properties: Record<string, unknown> };
    // NoteResponse is the result plus the request id; ProcessResult is not a component (it was unused).
    expect(doc.components.schemas.ProcessResult).toBeUndefined();
    const response = doc.components.schemas.NoteResponse as { properties: Record<string, unknown> };
    expect(Object.keys(response.properties).sort()).toEqual(
      [...Object.keys(result.properties), 'requestId'].sort(),
    );
    // Shared parts (evidence, findings, route, requirements) are components: resolved, the response's
    // schema is the zod schema's own.
    const deref = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(deref);
      if (!node || typeof node !== 'object') return node;
      const { $ref, ...rest } = node as Record<string, unknown>;
      if (typeof $ref === 'string') {
        const target = doc.components.schemas[$ref.replace('#/components/schemas/', '')];
        expect(target, $ref).toBeDefined();
        return deref(target);
      }
      return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, deref(v)]));
    };
    expect(JSON.stringify(response.properties.code)).toContain('#/components/schemas/Evidence');
    for (const key of ['code', 'findings', 'route', 'requirements', 'facts'])
      expect(deref(response.properties[key]), key).toEqual(result.properties[key]);
    const request = doc.components.schemas.NoteRequest as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(request.properties.extractor?.enum).toEqual(['rules', 'openai', 'langchain']);
    expect(request.properties.claim?.$ref).toBe('#/components/schemas/Claim');
  });

  it('documents every status an error code maps to on POST /v1/notes', () => {
    const post = doc.paths['/v1/notes']?.post as { responses?: object } | undefined;
    const documented = Object.keys(post?.responses ?? {});
    expect(documented).toContain('200');
    const mapped = new Set(Object.values(PROBLEM_SPECS).map((s) => String(s.status)));
    mapped.delete('404'); // code.unknown belongs to GET /v1/codes/{code}
    expect([...mapped].filter((s) => !documented.includes(s))).toEqual([]);
  });

  it('requires the bearer token on /v1 and not on probes', () => {
    expect(doc.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(doc.paths['/v1/notes']?.post?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/healthz']?.get?.security).toEqual([]);
  });

  it('describes what the server really answers', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ ...doc, $id: 'https://opnote.dev/openapi.json' });
    const check = async (schema: string, res: Response) => {
      const validate = ajv.getSchema(`https://opnote.dev/openapi.json#/components/schemas/${schema}`);
      if (!validate) throw new Error(`no schema ${schema}`);
      const valid = validate(await res.json());
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    };
    await check('NoteResponse', await postNote(server.url, fixture('a-27290-classic-formatted')));
    await check('Problem', await postNote(server.url, { transcript: '' }));
    await check('Problem', await fetch(`${server.url}/v1/codes`));
    await check('CodeList', await fetch(`${server.url}/v1/codes`, { headers: AUTH }));
    for (const c of codes)
      await check('CodeDefinition', await fetch(`${server.url}/v1/codes/${c.code}`, { headers: AUTH }));
    await check('Health', await fetch(`${server.url}/healthz`));
    await check('Ready', await fetch(`${server.url}/readyz`));
    // And it can fail: a result missing its findings does not fit.
    const validate = ajv.getSchema('https://opnote.dev/openapi.json#/components/schemas/NoteResponse');
    const body = (await (await postNote(server.url, fixture('a-27290-classic-formatted'))).json()) as Record<
      string,
      unknown
    >;
    delete body.findings;
    expect(validate?.(body)).toBe(false);
  });

  it('lists the registry extractors the server can run: all with an API key, only rules without', async () => {
    const withKey = await startServer({ extractorConfig: { apiKey: 'test-key' } });
    const keyed = (await (await fetch(`${withKey.url}/openapi.json`)).json()) as Doc;
    await withKey.close();
    const keyedRequest = keyed.components.schemas.NoteRequest as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(keyedRequest.properties.extractor?.enum).toEqual(extractorNames());
    const plain = await startServer();
    const res = await fetch(`${plain.url}/openapi.json`);
    const d = (await res.json()) as Doc;
    await plain.close();
    const request = d.components.schemas.NoteRequest as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(request.properties.extractor?.enum).toEqual(['rules']);
  });
});
