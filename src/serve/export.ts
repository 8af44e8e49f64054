import type { FastifyInstance } from 'fastify';
import { InputError, StoreError } from '../errors.ts';
import { overrideCaseLines, reviewedLines } from '../store/review-export.ts';
import type { Store } from '../store/types.ts';

export { csvCell } from '../store/review-export.ts';

const collect = async (lines: AsyncIterable<string>): Promise<string> => {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all.length === 0 ? '' : `${all.join('\n')}\n`;
};

const needStore = (store: Store | undefined): Store => {
  if (!store)
    throw new StoreError('store.not-found', 'this server keeps no results; start it with --store <url>');
  return store;
};

/**
 * `GET /export/reviewed?format=csv|jsonl` (the reviewed notes for billing) and
 * `GET /export/overrides` (each override as a candidate eval case, JSONL) on the /v1 scope.
 */
export function registerExportRoutes(v1: FastifyInstance, store: Store | undefined): void {
  v1.get<{ Querystring: { format?: string } }>('/export/reviewed', async (request, reply) => {
    const s = needStore(store);
    const format = request.query.format ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl')
      throw new InputError('input.invalid', `format must be csv or jsonl, got ${JSON.stringify(format)}`);
    const body = await collect(reviewedLines(s, format));
    return reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="reviewed.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });

  v1.get('/export/overrides', async (_request, reply) => {
    const s = needStore(store);
    const body = await collect(overrideCaseLines(s));
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', 'attachment; filename="overrides.jsonl"')
      .header('cache-control', 'no-store')
      .send(body);
  });
}
