// A pipeline worker thread (see pool.ts): runs processNote off the main thread, for `opnote serve`
// (the event loop that answers HTTP stays free) and `opnote batch` (every core busy).
import { parentPort, workerData } from 'node:worker_threads';
import { codes as builtInCodes } from '../../codes/index.ts';
import type { ExtractorConfig } from '../../extract/registry.ts';
import { createRulesExtractor } from '../../extract/rules/rules-extractor.ts';
import type { Extraction, Extractor } from '../../extract/types.ts';
import { createKnowledge } from '../../knowledge/apply.ts';
import type { KnowledgeOverlay } from '../../knowledge/overlay.ts';
import { jsonTextLine } from '../lines.ts';
import { processNote } from '../process.ts';
import {
  deserializeError,
  type LineJob,
  type PoolMessage,
  serializeError,
  type WorkerExtractor,
  type WorkerMessage,
} from './protocol.ts';
import { createTurnQueue } from './turns.ts';

const data = workerData as { extractorConfig: ExtractorConfig; knowledgeOverlay?: KnowledgeOverlay };
const config = data.extractorConfig;
const knowledge = data.knowledgeOverlay ? createKnowledge(data.knowledgeOverlay, builtInCodes) : undefined;
const extractors = new Map<string, Promise<Extractor>>();

/** A job in hand: its abort, and for a `viaMain` job the extraction the main thread is asked for. */
interface Running {
  controller: AbortController;
  extractor?: Extractor;
  transcript?: string;
  extracted?: { resolve: (e: Extraction) => void; reject: (error: unknown) => void };
}
const running = new Map<number, Running>();

/**
 * The worker's extractor. The registry pulls in the LLM SDKs (about a second of startup), so it is
 * loaded on the first note that names another extractor than the offline rules one.
 */
const extractorFor = (spec: WorkerExtractor): Promise<Extractor> => {
  const key = typeof spec === 'string' ? spec : JSON.stringify([spec.module, spec.export, spec.options]);
  let created = extractors.get(key);
  if (!created) {
    created =
      spec === 'rules'
        ? Promise.resolve(createRulesExtractor())
        : typeof spec === 'string'
          ? import('../../extract/registry.ts').then((r) => r.createExtractor(spec, config))
          : import(spec.module).then((m: Record<string, (options: unknown) => Extractor>) => {
              const factory = m[spec.export];
              if (typeof factory !== 'function') throw new TypeError(`${spec.export} is not a factory`);
              return factory(spec.options);
            });
    extractors.set(key, created);
  }
  return created;
};

/** Notes whose extraction has come, waiting for the rest of their pipeline: one per turn (see turns.ts). */
const ready = createTurnQueue();

/** Hands a `viaMain` job its extraction: the rest of its pipeline runs in a later turn. */
const proceed = (job: Running, extraction: Extraction): void => {
  const extracted = job.extracted;
  if (!extracted) return;
  delete job.extracted;
  ready.add(() => extracted.resolve(extraction));
};

const port = parentPort;
if (!port) throw new Error('pipeline pool worker.ts runs as a worker thread only');
const send = (m: WorkerMessage, transfer?: ArrayBuffer[]): void => port.postMessage(m, transfer);
const utf8 = new TextEncoder();

port.on('message', (message: PoolMessage) => {
  const job = running.get(message.id);
  switch (message.type) {
    case 'abort':
      job?.controller.abort(new Error('aborted by the pool'));
      return;
    case 'call': {
      // The main thread's limiter let this job's provider call through: make it here.
      const { id } = message;
      if (!job?.extractor || job.transcript === undefined) return;
      job.extractor.extract(job.transcript, { signal: job.controller.signal }).then(
        (extraction) => {
          send({ type: 'called', id, json: JSON.stringify(extraction) });
          // A call that answered is the job's extraction (see ExtractOnMain): go on with it at once,
          // without waiting for the main thread to say so.
          proceed(job, extraction);
        },
        (error: unknown) => send({ type: 'call-failed', id, error: serializeError(error) }),
      );
      return;
    }
    case 'extracted':
      if (job) proceed(job, message.extraction);
      return;
    case 'extract-failed': {
      const extracted = job?.extracted;
      if (job) delete job.extracted;
      extracted?.reject(deserializeError(message.error));
      return;
    }
    case 'run':
      break;
  }
  const { id, job: note, viaMain, answer } = message;
  const state: Running = { controller: new AbortController() };
  running.set(id, state);
  const reply = (m: WorkerMessage, transfer?: ArrayBuffer[]): void => {
    running.delete(id);
    send(m, transfer);
  };
  (async () => {
    const inner = await extractorFor(note.extractor);
    // A `viaMain` job asks the main thread for its extraction (its cache and rate limits decide), and
    // the main thread has the provider call made here with `call`: the CPU stays on this thread.
    const extractor: Extractor = viaMain
      ? {
          name: inner.name,
          ...(inner.versions ? { versions: inner.versions } : {}),
          extract: (transcript, options) =>
            new Promise<Extraction>((resolve, reject) => {
              const signal = options?.signal;
              signal?.throwIfAborted();
              signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
              state.extractor = inner;
              state.transcript = transcript;
              state.extracted = { resolve, reject };
              send({ type: 'extract', id, transcript });
            }),
        }
      : inner;
    return processNote(
      {
        transcript: note.transcript,
        ...(note.claim === undefined ? {} : { claim: note.claim }),
        ...(note.id === undefined ? {} : { id: note.id }),
      },
      {
        extractor,
        signal: state.controller.signal,
        ...(note.maxChars === undefined ? {} : { maxChars: note.maxChars }),
        ...(note.templatesDir === undefined ? {} : { templatesDir: note.templatesDir }),
        ...(knowledge ? { knowledge } : {}),
      },
    );
  })().then(
    (result) => {
      if (answer !== 'line') {
        reply({ type: 'done', id, result });
        return;
      }
      const { id: _id, ...rest } = result;
      const { code, findings, route, meta } = result;
      const json = JSON.stringify(rest);
      const { fields } = note as LineJob;
      const line = utf8.encode(jsonTextLine(fields ? `{${fields},${json.slice(1)}` : json));
      reply(
        {
          type: 'done-line',
          id,
          line,
          digest: {
            code: { supported: code.supported },
            findings,
            route: { decision: route.decision },
            meta: {
              ...(meta.usage ? { usage: meta.usage } : {}),
              ...(meta.costUsd === undefined ? {} : { costUsd: meta.costUsd }),
            },
          },
        },
        [line.buffer],
      );
    },
    (error: unknown) => reply({ type: 'failed', id, error: serializeError(error) }),
  );
});
