import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InputError, StoreError } from '../errors.ts';
import type { ReviewInput, Store } from '../store/types.ts';

/** Body of `POST /v1/notes/{id}/review`. */
export const reviewRequestSchema = z
  .object({
    action: z
      .enum(['accept', 'override', 'dismiss', 'send', 'answer'])
      .describe(
        'accept the supported code, override it, dismiss a finding, mark a drafted query sent, or record its answer',
      ),
    code: z.string().optional().describe('With override: the CPT code billed instead.'),
    finding: z.string().optional().describe('With dismiss: the finding, `id` or `id:element`.'),
    element: z
      .string()
      .optional()
      .describe('With send or answer: the element whose drafted query was sent or answered.'),
    reason: z
      .string()
      .max(2000)
      .optional()
      .describe('Why (with answer: the answer); required for every action but accept and send.'),
    actor: z.string().min(1).max(200).describe('Who reviews (kept in the audit log).'),
  })
  .strict()
  .meta({ title: 'ReviewRequest' });

/** Response of a review: the audit event appended. */
export const reviewEventSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    noteId: z.string(),
    processingId: z.number().nullable(),
    type: z.enum(['reviewed', 'query-sent', 'query-answered']),
    actor: z.string(),
    reason: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ title: 'ReviewEvent' });

/** The review a request body asks for; `input.invalid` when the action's own field is missing. */
export function reviewOf(body: z.infer<typeof reviewRequestSchema>): ReviewInput {
  const reason = body.reason ?? '';
  const need = (field: string | undefined, name: string): string => {
    if (field === undefined) throw new InputError('input.invalid', `action ${body.action} needs "${name}"`);
    return field;
  };
  if (body.action === 'accept') return { action: 'accept', actor: body.actor, ...(reason ? { reason } : {}) };
  if (body.action === 'override')
    return { action: 'override', code: need(body.code, 'code'), actor: body.actor, reason };
  if (body.action === 'dismiss')
    return { action: 'dismiss', finding: need(body.finding, 'finding'), actor: body.actor, reason };
  if (body.action === 'send')
    return {
      action: 'send',
      element: need(body.element, 'element'),
      actor: body.actor,
      ...(reason ? { reason } : {}),
    };
  return { action: 'answer', element: need(body.element, 'element'), actor: body.actor, reason };
}

/** `POST /notes/:id/review` on the (authenticated) /v1 scope: appends a review to the store's audit log. */
export function registerReviewRoute(v1: FastifyInstance, store: Store | undefined): void {
  v1.post<{ Params: { id: string } }>('/notes/:id/review', async (request, reply) => {
    if (!store)
      throw new StoreError(
        'store.not-found',
        'this server keeps no results; start it with --store <url> to review',
      );
    const parsed = reviewRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
        .join('; ');
      throw new InputError(
        'input.invalid',
        `review body is invalid: ${where}; expected {"action", "actor", ...}`,
      );
    }
    const event = await store.review(request.params.id, reviewOf(parsed.data));
    return reply.code(201).type('application/json; charset=utf-8').send(event);
  });
}
