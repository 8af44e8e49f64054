import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { ExtractionError } from '../../errors.ts';
import type { Extractor } from '../types.ts';
import { type LlmExtractorOptions, resolveLlmOptions, toCompletion } from './openai-extractor.ts';
import { OUTPUT_SCHEMA_NAME, outputJsonSchema, SCHEMA_VERSION } from './output-schema.ts';
import { type ChatMessage, PROMPT_VERSION } from './prompt.ts';
import { isRetryable, toOpnoteError } from './provider-errors.ts';
import { type Completion, runExtraction } from './run-extraction.ts';

export interface LangChainExtractorOptions extends LlmExtractorOptions {
  /**
   * Any LangChain chat model whose `withStructuredOutput` supports `method: 'jsonSchema'`. Default: a
   * `ChatOpenAI` built from the other options (key, base URL, model, timeout, retries, fetch).
   */
  chatModel?: BaseChatModel;
}

/** Stops LangChain's own retry loop on failures retrying cannot fix (bad JSON, 4xx, truncation). */
const onFailedAttempt = (error: unknown): void => {
  if (!isRetryable(error)) throw error;
};

async function toMessages(messages: ChatMessage[]): Promise<BaseMessage[]> {
  const { AIMessage, HumanMessage, SystemMessage } = await import('@langchain/core/messages');
  return messages.map((m) =>
    m.role === 'system'
      ? new SystemMessage(m.content)
      : m.role === 'assistant'
        ? new AIMessage(m.content)
        : new HumanMessage(m.content),
  );
}

interface RawMessage {
  content?: unknown;
  additional_kwargs?: { __raw_response?: ChatCompletion };
}

/**
 * `--extractor langchain`: a LangChain chat model with `withStructuredOutput` on the same strict JSON
 * Schema as the openai path, so the HTTP request is the same and recordings replay on both paths. The
 * answer is validated, repaired and grounded by the same protocol (`runExtraction`).
 */
export function createLangChainExtractor(options: LangChainExtractorOptions = {}): Extractor {
  const o = options.chatModel ? undefined : resolveLlmOptions('langchain', options);
  const model = options.model ?? (o ? o.model : 'unknown');
  let structured:
    | Promise<{ invoke: (m: BaseMessage[], c?: { signal?: AbortSignal }) => Promise<unknown> }>
    | undefined;

  // LangChain is loaded on first use: most runs never touch it.
  const getStructured = () => {
    structured ??= (async () => {
      let chat: BaseChatModel;
      if (options.chatModel) chat = options.chatModel;
      else {
        const { ChatOpenAI } = await import('@langchain/openai');
        const r = o as NonNullable<typeof o>;
        chat = new ChatOpenAI({
          model: r.model,
          apiKey: r.apiKey,
          timeout: r.timeoutMs,
          maxRetries: r.maxRetries,
          maxTokens: r.maxOutputTokens,
          onFailedAttempt,
          // The raw completion keeps the refusal, finish reason and usage exactly as the API sent them.
          __includeRawResponse: true,
          configuration: { ...(r.baseURL ? { baseURL: r.baseURL } : {}), fetch: r.fetch, logLevel: 'off' },
        });
      }
      return chat.withStructuredOutput(outputJsonSchema, {
        name: OUTPUT_SCHEMA_NAME,
        method: 'jsonSchema',
        strict: true,
        includeRaw: true,
      }) as unknown as { invoke: (m: BaseMessage[], c?: { signal?: AbortSignal }) => Promise<unknown> };
    })();
    return structured;
  };

  const ctx = o?.ctx ?? { host: 'the configured chat model', timeoutMs: 0, maxRetries: 0 };

  return {
    name: 'langchain',
    versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION, model },
    async extract(transcript, extractOptions = {}) {
      const complete = async (messages: ChatMessage[]): Promise<Completion> => {
        try {
          const runnable = await getStructured();
          const out = (await runnable.invoke(
            await toMessages(messages),
            extractOptions.signal ? { signal: extractOptions.signal } : {},
          )) as { raw?: RawMessage } | undefined;
          const raw = out?.raw;
          const completion = raw?.additional_kwargs?.__raw_response;
          if (completion) return toCompletion(completion);
          // A chat model that does not expose the raw completion: use the message content.
          const content = typeof raw?.content === 'string' ? raw.content : null;
          return { choices: raw ? 1 : 0, content, refusal: null, finishReason: null };
        } catch (error) {
          const mapped = toOpnoteError(error, ctx);
          if (mapped) throw mapped;
          // LangChain reads choices[0].message without a check: an answer with no choices surfaces as a TypeError.
          if (error instanceof TypeError)
            throw new ExtractionError(
              'empty',
              'the model returned no choices or no message; retry, or check that the server implements chat completions',
              { cause: error },
            );
          throw error;
        }
      };
      return runExtraction({
        transcript,
        complete,
        model,
        ...(options.prices ? { prices: options.prices } : {}),
        ...(options.grounding ? { grounding: options.grounding } : {}),
      });
    },
  };
}
