import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { TEMPLATE_NAMES, type TemplateSources } from '../render/render.ts';

const BUILT_IN_DIR = new URL('../render/templates/', import.meta.url);
const loaded = new Map<string, TemplateSources>();

/**
 * Reads the draft templates: the built-in ones, or a user's edited copies from `dir` (same file
 * names). Cached per directory. A missing file is an input error naming the file, not a crash.
 */
export function loadTemplates(dir?: string): TemplateSources {
  const key = dir ?? '';
  const cached = loaded.get(key);
  if (cached) return cached;
  const read = (name: string): string => {
    try {
      return dir ? readFileSync(join(dir, name), 'utf8') : readFileSync(new URL(name, BUILT_IN_DIR), 'utf8');
    } catch (cause) {
      throw new InputError(
        'input.not-found',
        `template ${name} not found in ${dir ?? 'the built-in templates'}; copy it from src/render/templates/`,
        { cause },
      );
    }
  };
  const sources = Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, read(name)])) as TemplateSources;
  loaded.set(key, sources);
  return sources;
}
