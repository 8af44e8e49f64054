import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, UsageError } from '../errors.ts';
import { routeDecisions } from '../schemas/findings.ts';
import type { FixtureCase } from './fixtures.ts';
import { gatedMetricKeys } from './metrics.ts';

/** Default mutation kill rate a suite must reach (issue 4: CI fails below 95%). */
export const DEFAULT_MIN_KILL_RATE = 0.95;

/**
 * Largest allowed drop of each metric against the baseline (absolute: 0.02 = two points of a
 * share; for `ungroundedFindings`, the largest allowed increase). Metrics left out are reported, not gated.
 */
export const thresholdsSchema = z.partialRecord(z.enum(gatedMetricKeys), z.number().min(0));
export type Thresholds = z.infer<typeof thresholdsSchema>;

/**
 * Absolute bounds a metric must stay within whatever the baseline says (`min` for what is better
 * higher, `max` for a defect count): the floor the product needs, e.g. zero leaked elements.
 */
export const limitsSchema = z.partialRecord(
  z.enum(gatedMetricKeys),
  z.object({ min: z.number().optional(), max: z.number().optional() }).strict(),
);
export type Limits = z.infer<typeof limitsSchema>;

/**
 * How a case's gold differs when the suite replays a recorded model answer that is wrong and opnote
 * refuses it (a value its own quotes do not state becomes `doc.ungrounded`): the code, the route and the
 * findings the replay must give instead. Each says why the recorded answer is wrong. Never applied to a
 * live run (the model answers anew).
 */
export const replayAmendmentSchema = z
  .object({
    why: z.string().min(1),
    code: z.string().nullable().optional(),
    route: z.enum(routeDecisions).optional(),
    addFindings: z.array(z.string().min(1)).default([]),
    removeFindings: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ReplayAmendment = z.infer<typeof replayAmendmentSchema>;
const replayAmendmentsSchema = z.record(z.string().min(1), replayAmendmentSchema);

/** A suite declaration (`evals/<name>.json`): which cases, which extractor, which thresholds. */
export const suiteSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** Case directories, relative to the suite file. Default: ../fixtures. */
    dirs: z.array(z.string().min(1)).min(1).default(['../fixtures']),
    /** Case-name patterns (`*` wildcard) to run. Default: every case. */
    include: z.array(z.string().min(1)).default(['*']),
    /** Case-name patterns to leave out. Default: none. */
    exclude: z.array(z.string().min(1)).default([]),
    /** Extractor name (rules, openai, langchain). Default: rules. */
    extractor: z.string().min(1).default('rules'),
    thresholds: thresholdsSchema,
    limits: limitsSchema.default({}),
    mutation: z
      .object({
        minKillRate: z.number().min(0).max(1).default(DEFAULT_MIN_KILL_RATE),
        /**
         * `--mutate` also runs the metamorphic format eval (every format transform, src/eval/formats.ts),
         * so a baseline written with --mutate carries format results and the gate checks them. Default: false.
         */
        formats: z.boolean().default(false),
      })
      .strict()
      .default({ minKillRate: DEFAULT_MIN_KILL_RATE, formats: false }),
    /** A JSON file (relative to the suite file) of replay amendments by case name (replayAmendmentSchema). */
    replayAmendments: z.string().min(1).optional(),
  })
  .strict();

/** A loaded suite, with its case directories resolved to absolute paths and its replay amendments read. */
export type Suite = z.infer<typeof suiteSchema> & {
  file: string | null;
  resolvedDirs: string[];
  amendments: Readonly<Record<string, ReplayAmendment>>;
};

/** The suite used when `evals/` declares none: every case under ./fixtures, every metric gated at zero drop. */
export function defaultSuite(cwd: string): Suite {
  return {
    name: 'default',
    dirs: ['fixtures'],
    include: ['*'],
    exclude: [],
    extractor: 'rules',
    thresholds: Object.fromEntries(gatedMetricKeys.map((k) => [k, 0])),
    limits: {},
    mutation: { minKillRate: DEFAULT_MIN_KILL_RATE, formats: false },
    file: null,
    resolvedDirs: [resolve(cwd, 'fixtures')],
    amendments: {},
  };
}

/** Names of the suites declared in a directory (`<name>.json`, except baseline files). */
export function suiteNames(evalsDir: string): string[] {
  if (!existsSync(evalsDir)) return [];
  return readdirSync(evalsDir)
    .filter((f) => f.endsWith('.json') && !f.includes('baseline'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Parses a suite declaration; `file` is where it came from (for messages and relative dirs). */
export function parseSuite(text: string, file: string): Suite {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError('config.invalid', `suite ${file} is not valid JSON`, { cause });
  }
  const parsed = suiteSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(suite)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(
      'config.invalid',
      `suite ${file} is invalid (${where}); thresholds may name: ${gatedMetricKeys.join(', ')}`,
    );
  }
  const base = dirname(resolve(file));
  const amendments = parsed.data.replayAmendments
    ? readAmendments(resolve(base, parsed.data.replayAmendments), file)
    : {};
  return { ...parsed.data, file, resolvedDirs: parsed.data.dirs.map((d) => resolve(base, d)), amendments };
}

function readAmendments(path: string, suiteFile: string): Record<string, ReplayAmendment> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigError(
      'config.invalid',
      `replay amendments of suite ${suiteFile} (${path}) are missing or not valid JSON`,
      { cause },
    );
  }
  const parsed = replayAmendmentsSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError('config.invalid', `replay amendments ${path} are invalid (${where})`);
  }
  return parsed.data;
}

/** A case's gold as a replay of its recording must give it: the fixture's, amended where the suite says. */
export function amendForReplay(
  c: FixtureCase,
  amendments: Readonly<Record<string, ReplayAmendment>>,
): FixtureCase {
  const a = amendments[c.name];
  if (!a) return c;
  const { code, route } = a;
  return {
    ...c,
    expected: {
      ...c.expected,
      ...(code === undefined ? {} : { code }),
      ...(route === undefined ? {} : { route }),
      findings: [
        ...c.expected.findings.filter((f) => !a.removeFindings.includes(f)),
        ...a.addFindings.filter((f) => !c.expected.findings.includes(f)),
      ],
    },
  };
}

/**
 * Loads a suite by name (`<evalsDir>/<name>.json`) or by path (anything with a slash or ending in
 * .json). An unknown name is a usage error listing the declared suites.
 */
export function loadSuite(nameOrPath: string, evalsDir: string): Suite {
  const isPath = nameOrPath.includes('/') || nameOrPath.endsWith('.json');
  const file = isPath ? nameOrPath : join(evalsDir, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    const known = suiteNames(evalsDir);
    throw new UsageError(
      `suite "${nameOrPath}" not found (${file}); ${known.length > 0 ? `declared suites: ${known.join(', ')}` : `no suites declared in ${evalsDir}`}`,
    );
  }
  return parseSuite(readFileSync(file, 'utf8'), file);
}

const patternToRegExp = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The cases a suite selects, in name order. */
export function selectCases(
  suite: Pick<Suite, 'include' | 'exclude'>,
  cases: readonly FixtureCase[],
): FixtureCase[] {
  const include = suite.include.map(patternToRegExp);
  const exclude = suite.exclude.map(patternToRegExp);
  return cases.filter((c) => include.some((re) => re.test(c.name)) && !exclude.some((re) => re.test(c.name)));
}
