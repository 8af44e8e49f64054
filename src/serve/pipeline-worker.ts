// A pipeline worker thread of `opnote serve` (see pool.ts): runs processNote off the event loop that
// answers HTTP, so a heavy note cannot hold up /healthz or other requests.
import { parentPort, workerData } from 'node:worker_threads';
import { codes as builtInCodes } from '../codes/index.ts';
import type { ExtractorConfig } from '../extract/registry.ts';
import { createRulesExtractor } from '../extract/rules/rules-extractor.ts';
import type { Extractor } from '../extract/types.ts';
import { createKnowledge } from '../knowledge/apply.ts';
import type { KnowledgeOverlay } from '../knowledge/overlay.ts';
import { processNote } from '../pipeline/process.ts';
import { type PoolMessage, serializeError, type WorkerMessage } from './pool-protocol.ts';

const data = workerData as { extractorConfig: ExtractorConfig; knowledgeOverlay?: KnowledgeOverlay };
const config = data.extractorConfig;
const knowledge = data.knowledgeOverlay ? createKnowledge(data.knowledgeOverlay, builtInCodes) : undefined;
const extractors = new Map<string, Extractor>();
const running = new Map<number, AbortController>();

/**
 * The worker's extractor by name. The registry pulls in the LLM SDKs (about a second of startup), so
 * it is loaded on the first note that names another extractor than the offline rules one.
 */
const extractorFor = async (name: string): Promise<Extractor> => {
  const cached = extractors.get(name);
  if (cached) return cached;
  const created =
    name === 'rules'
      ? createRulesExtractor()
      : (await import('../extract/registry.ts')).createExtractor(name, config);
  extractors.set(name, created);
  return created;
};

const port = parentPort;
if (!port) throw new Error('pipeline-worker.ts runs as a worker thread only');

port.on('message', (message: PoolMessage) => {
  if (message.type === 'abort') {
    running.get(message.id)?.abort(new Error('aborted by the server'));
    return;
  }
  const { id, job } = message;
  const controller = new AbortController();
  running.set(id, controller);
  const reply = (m: WorkerMessage): void => {
    running.delete(id);
    port.postMessage(m);
  };
  (async () => {
    const extractor = await extractorFor(job.extractor);
    return processNote(
      {
        transcript: job.transcript,
        ...(job.claim === undefined ? {} : { claim: job.claim }),
        ...(job.id === undefined ? {} : { id: job.id }),
      },
      {
        extractor,
        maxChars: job.maxChars,
        signal: controller.signal,
        ...(job.templatesDir === undefined ? {} : { templatesDir: job.templatesDir }),
        ...(knowledge ? { knowledge } : {}),
      },
    );
  })().then(
    (result) => reply({ type: 'done', id, result }),
    (error: unknown) => reply({ type: 'failed', id, error: serializeError(error) }),
  );
});
