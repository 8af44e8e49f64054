import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { z } from 'zod';
import { elementKeys, elements } from '../../codes/elements.ts';
import { featureKeys, features } from '../../codes/features.ts';
import { contentHash } from '../../version.ts';

/**
 * The extraction prompt: Handlebars templates in `prompts/`, rendered as plain text (no HTML escaping).
 * The element and feature lists come from the code knowledge; the transcript is delimited and declared
 * as data. The prompt version is a content hash of what is sent apart from the transcript.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const PROMPTS_DIR = new URL('../../../prompts/', import.meta.url);
const readTemplate = (name: string): string => readFileSync(new URL(name, PROMPTS_DIR), 'utf8');

const hbs = Handlebars.create();
const compile = (source: string) => hbs.compile(source, { noEscape: true, strict: true });

const templates = {
  system: readTemplate('extract-system.hbs'),
  user: readTemplate('extract-user.hbs'),
  repair: readTemplate('repair-user.hbs'),
};

const OPEN_TAG = '<transcript>';
const CLOSE_TAG = '</transcript>';

/** Describes a value schema in words for the prompt ("one of: left, right"). */
export function describeValue(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map((o) => `"${String(o)}"`).join(', ')}`;
  if (schema instanceof z.ZodArray) {
    const inner = describeValue(schema.element as z.ZodType);
    return inner ? `a list, each ${inner}` : 'a list';
  }
  if (schema instanceof z.ZodNumber) return 'a number';
  if (schema instanceof z.ZodString) return 'a short normalized phrase taken from the dictation';
  return undefined;
}

const listFor = (
  keys: readonly string[],
  defs: Record<string, { label: string; definition: string; value?: z.ZodType }>,
) =>
  keys.map((key) => {
    const def = defs[key] as { label: string; definition: string; value?: z.ZodType };
    return { key, label: def.label, definition: def.definition, value: describeValue(def.value) };
  });

/** The system prompt, rendered once from the knowledge (it does not depend on the transcript). */
export const systemPrompt: string = compile(templates.system)({
  elements: listFor(elementKeys, elements),
  features: listFor(featureKeys, features),
});

const userTemplate = compile(templates.user);
const repairTemplate = compile(templates.repair);

/** Version of the prompt: a hash of the rendered system prompt and the user and repair templates. */
export const PROMPT_VERSION = contentHash({
  system: systemPrompt,
  user: templates.user,
  repair: templates.repair,
});

/**
 * Neutralizes the transcript delimiters inside the transcript, so a dictation cannot close the data
 * block and speak as the user. Replaces only `<` of a delimiter tag, keeping length (offsets) intact.
 */
export const neutralizeDelimiters = (transcript: string): string =>
  transcript.replace(/<(\/?transcript)/gi, '\u2039$1');

/** The first request's messages: system rules and the delimited transcript. */
export function extractionMessages(transcript: string): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: userTemplate({ transcript: neutralizeDelimiters(transcript) }) },
  ];
}

/**
 * The repair request: the first request and the validation issues (paths and messages only, never
 * values). The previous answer is not sent back: it may be megabytes, and the issues say what to fix.
 */
export function repairMessages(transcript: string, issues: readonly string[]): ChatMessage[] {
  return [...extractionMessages(transcript), { role: 'user', content: repairTemplate({ issues }) }];
}

/** Reads the transcript back out of a user message built by `extractionMessages` (fake servers use it). */
export function transcriptFromUserMessage(content: string): string | undefined {
  const open = content.indexOf(`${OPEN_TAG}\n`);
  const close = content.lastIndexOf(`\n${CLOSE_TAG}`);
  if (open < 0 || close < open) return undefined;
  return content.slice(open + OPEN_TAG.length + 1, close);
}
