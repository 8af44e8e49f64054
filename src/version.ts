import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The package version of opnote. */
export const OPNOTE_VERSION: string = pkg.version;

/** A short content hash, used to version prompts, schemas and the code knowledge. */
export const contentHash = (value: unknown): string =>
  createHash('sha256')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex')
    .slice(0, 12);

/** The source directory (`src/`) of this checkout. */
export const SRC_ROOT: string = dirname(fileURLToPath(import.meta.url));

// Relative imports (`from './x.ts'`, `import './x.ts'`) and files read beside a module
// (`new URL('./data.json', import.meta.url)`): what a module's behaviour is made of.
const IMPORT_RE = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const URL_RE =
  /new\s+URL\(\s*['"](\.{1,2}\/[^'"]+\.(?:json|ya?ml|txt|hbs))['"]\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Every source file a module depends on, itself included: its relative imports and the data files it
 * reads beside itself, transitively, as paths relative to `root`, sorted. Files outside `root` and
 * files that do not exist are left out.
 */
export function moduleClosure(entries: readonly string[], root: string = SRC_ROOT): string[] {
  const seen = new Set<string>();
  const visit = (abs: string): void => {
    if (seen.has(abs) || !abs.startsWith(root) || !existsSync(abs) || !statSync(abs).isFile()) return;
    seen.add(abs);
    if (!abs.endsWith('.ts')) return;
    const text = readFileSync(abs, 'utf8');
    for (const re of [IMPORT_RE, URL_RE]) {
      for (const m of text.matchAll(re)) if (m[1]) visit(resolve(dirname(abs), m[1]));
    }
  };
  for (const e of entries) visit(resolve(root, e));
  return [...seen].map((abs) => relative(root, abs)).sort();
}

/** Hash of files' paths and text, in path order: any edit to any of them changes it. */
export function filesHash(files: readonly string[], root: string = SRC_ROOT): string {
  const h = createHash('sha256');
  for (const f of files)
    h.update(f)
      .update('\u0000')
      .update(readFileSync(join(root, f)))
      .update('\u0000');
  return h.digest('hex').slice(0, 12);
}

/**
 * What each behaviour version is made of: module entries whose import closure is hashed. `context`
 * takes the context-rule files (ConText triggers and scopes) of the rules reader; `rules` the rest of
 * the reader (lexicon, matching, segmentation); `validator` the level decision, route, validator and
 * the procedure-name finder they read; `drafts` the code that fills the templates (hashed into the
 * templates version). Shared modules (codes, schemas) count for each that uses them.
 */
export const VERSION_SOURCES = {
  rules: ['extract/rules/rules-extractor.ts'],
  validator: [
    'validate/validate.ts',
    'validate/level.ts',
    'validate/route.ts',
    'validate/disagreement.ts',
    'extract/labels.ts',
  ],
  /** The drafts' code; hashed into the templates version (`templatesVersion`). */
  drafts: ['render/render.ts'],
} as const;

/** A context-rule file of the reader, by its path. */
const isContextRules = (path: string): boolean => /(?:^|\/)[^/]*context[^/]*$/i.test(path);

export interface SourceVersions {
  /** The rules reader: lexicon, matching, segmentation, everything but the context rules. */
  rules: string;
  /** The context rules (negation, hypothetical, historical, ...) of the rules reader. */
  context: string;
  /** The level decision, the route and the validator, with the procedure-name finder. */
  validator: string;
}

const computed = new Map<string, SourceVersions>();

/**
 * Content versions of the rules reader, its context rules and the validator, hashed from the source
 * text that decides their behaviour (never a hand-kept string). Memoized per root; `root` defaults to
 * this checkout's `src/` (tests pass a copy to show that an edit changes a version).
 */
export function sourceVersions(root: string = SRC_ROOT): SourceVersions {
  const cached = computed.get(root);
  if (cached) return cached;
  const reader = moduleClosure(VERSION_SOURCES.rules, root);
  const context = reader.filter(isContextRules);
  const versions: SourceVersions = {
    rules: filesHash(
      reader.filter((f) => !isContextRules(f)),
      root,
    ),
    context: filesHash(context, root),
    validator: filesHash(moduleClosure(VERSION_SOURCES.validator, root), root),
  };
  computed.set(root, versions);
  return versions;
}

const draftCode = new Map<string, string>();
/** Hash of the code that fills the templates (render/ and what it reads), once per source root. */
function draftCodeVersion(root: string): string {
  let version = draftCode.get(root);
  if (version === undefined) {
    version = filesHash(moduleClosure(VERSION_SOURCES.drafts, root), root);
    draftCode.set(root, version);
  }
  return version;
}

const templateVersions = new WeakMap<object, Map<string, { entries: unknown[][]; version: string }>>();
const sameEntries = (a: readonly unknown[][], b: readonly unknown[][]): boolean =>
  a.length === b.length && a.every((e, i) => e[0] === b[i]?.[0] && e[1] === b[i]?.[1]);
/**
 * Version of the drafts: the templates as loaded (built-in or a user's directory) and the code that
 * fills them (section placement, queries, denial risks), so an edit to either redoes a resumed note.
 */
export function templatesVersion(sources: Readonly<Record<string, string>>, root: string = SRC_ROOT): string {
  const entries = Object.keys(sources)
    .sort()
    .map((k) => [k, sources[k]]);
  // Hashed once per sources object and root: the loaded sources are the same strings each call, so the
  // comparison that guards against an edited object is a pointer comparison.
  let byRoot = templateVersions.get(sources);
  if (!byRoot) {
    byRoot = new Map();
    templateVersions.set(sources, byRoot);
  }
  const known = byRoot.get(root);
  if (known && sameEntries(known.entries, entries)) return known.version;
  const version = contentHash([draftCodeVersion(root), entries]);
  byRoot.set(root, { entries, version });
  return version;
}
