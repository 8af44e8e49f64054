import { z } from 'zod';
import { noteResponseSchema, problemSchema } from './schemas.ts';

/** One webhook delivery attempt, as recorded on a job. */
export const deliveryAttemptSchema = z
  .object({
    attempt: z.number().int().min(1),
    at: z.string().describe('When the attempt started (ISO 8601).'),
    status: z.number().int().optional().describe("The receiver's HTTP status, when it answered."),
    outcome: z.enum(['delivered', 'http-error', 'timeout', 'connection-error']),
    durationMs: z.number(),
  })
  .strict()
  .meta({ title: 'DeliveryAttempt' });

/** `GET /v1/jobs/{id}`, and the body of a webhook delivery (with `deliveries` empty). */
export const jobSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    result: noteResponseSchema.optional().describe('When done: exactly what the synchronous call answers.'),
    error: problemSchema.optional().describe('When failed: the problem the synchronous call would answer.'),
    deliveries: z.array(deliveryAttemptSchema).describe('Webhook delivery attempts so far, oldest first.'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict()
  .meta({ title: 'Job' });

/** The body of a `202 Accepted` to `POST /v1/notes` with `Prefer: respond-async`. */
export const jobAcceptedSchema = z
  .object({
    id: z.string(),
    status: z.literal('queued'),
    location: z.string().describe('Where to poll the job: /v1/jobs/{id} (also the Location header).'),
  })
  .strict()
  .meta({ title: 'JobAccepted' });
