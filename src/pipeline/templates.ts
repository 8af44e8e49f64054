import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ConfigError, InputError } from '../errors.ts';
import { compileTemplates, TEMPLATE_NAMES, TemplateError, type TemplateSources } from '../render/render.ts';

const BUILT_IN_DIR = new URL('../render/templates/', import.meta.url);
/** Largest template file read, in bytes (the built-in ones are about 2 KB). */
export const MAX_TEMPLATE_BYTES = 256 * 1024;
const loaded = new Map<string, TemplateSources>();

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one user template: inside `dir` once symlinks are resolved, a regular file, small, UTF-8 text. */
function readUserTemplate(dir: string, realDir: string, name: string): string {
  const where = `${name} in ${dir}`;
  let real: string;
  try {
    real = realpathSync(join(dir, name));
  } catch (cause) {
    throw new InputError(
      'input.not-found',
      `template ${name} not found in ${dir}; copy it from src/render/templates/`,
      { cause },
    );
  }
  // A symlink out of the templates directory could render any file the process can read (e.g. /etc/shadow).
  if (!real.startsWith(realDir + sep))
    throw new ConfigError(
      'config.invalid',
      `template ${where} resolves outside the templates directory (a symlink?); copy the file into the directory`,
    );
  const stat = statSync(real);
  if (!stat.isFile()) throw new ConfigError('config.invalid', `template ${where} is not a regular file`);
  if (stat.size > MAX_TEMPLATE_BYTES)
    throw new ConfigError(
      'config.invalid',
      `template ${where} is larger than ${MAX_TEMPLATE_BYTES} bytes; is it the right file?`,
    );
  const bytes = readFileSync(real);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new ConfigError('config.invalid', `template ${where} is not UTF-8 text`, { cause });
  }
  if (text.includes('\0')) throw new ConfigError('config.invalid', `template ${where} is binary, not text`);
  return text;
}

/**
 * Reads, checks and compiles the draft templates: the built-in ones, or a user's edited copies from
 * `dir` (same file names). Cached per directory. A missing file is an `input.not-found` error; a broken
 * template (syntax error, unknown helper or partial, binary, a symlink out of `dir`) is a
 * `config.invalid` error naming the file — raised here, before any extraction, never on render.
 */
export function loadTemplates(dir?: string): TemplateSources {
  const key = dir ?? '';
  const cached = loaded.get(key);
  if (cached) return cached;
  let realDir = '';
  if (dir) {
    try {
      realDir = realpathSync(dir);
    } catch (cause) {
      throw new InputError('input.not-found', `templates directory ${dir} not found`, { cause });
    }
  }
  const read = (name: string): string =>
    dir ? readUserTemplate(dir, realDir, name) : readFileSync(new URL(name, BUILT_IN_DIR), 'utf8');
  const sources = Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, read(name)])) as TemplateSources;
  try {
    compileTemplates(sources);
  } catch (error) {
    if (error instanceof TemplateError)
      throw new TemplateError(
        error.template,
        error.message.replace(`template ${error.template} `, `in ${dir ?? 'the built-in templates'} `),
        { cause: error },
      );
    throw error;
  }
  loaded.set(key, sources);
  return sources;
}

/**
 * Loads and compiles the templates once, for a long-running process to call at start (the service):
 * a broken template then fails the start with a `config.invalid` error instead of every request.
 */
export function precompileTemplates(dir?: string): void {
  loadTemplates(dir);
}
