import Handlebars from 'handlebars';
import type { ElementKey } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import { formatUsd } from '../codes/money.ts';
import type { CodeDefinition } from '../codes/types.ts';
import { ConfigError } from '../errors.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Evidence, Fact, NoteContext } from '../schemas/facts.ts';
import { bySeverity, type Finding, findingKey } from '../schemas/findings.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import type { ProcessResultOutput } from '../schemas/result.ts';
import { liveDenialRisks } from './denial-risks.ts';
import { escapeMarkdown as md } from './escape.ts';
import { operativeNoteView } from './operative-note.ts';
import { queryViews } from './queries.ts';

export interface QueryDraft {
  element: string;
  text: string;
}

export interface Drafts {
  operativeNote: string;
  coderSummary: string;
  queries: QueryDraft[];
}

export interface RenderInput {
  transcript: string;
  claim: Claim | null;
  code: ProcessResultOutput['code'];
  facts: Partial<Record<ElementKey, Fact>>;
  anatomy: Record<FeatureKey, Fact>;
  findings: readonly Finding[];
  /** The checked code's requirements with their status (from the validator). */
  requirements: readonly RequirementStatus[];
  /**
   * The code whose elements the operative-note draft shows, with its requirements: the code the
   * dictation supports when the claim names another (the surgeon is never asked to document a claimed
   * code's elements the operation does not have). Default: the checked code and `requirements`.
   */
  note?: { code: string; requirements: readonly RequirementStatus[] };
  /**
   * Set when the whole text is generic (a textbook, an atlas, a series): the summary says so, and no
   * physician query is drafted (there is no physician to ask). Default: none.
   */
  generic?: NoteContext;
  findCode: (code: string) => CodeDefinition | undefined;
}

export interface RenderOptions {
  /** Template sources by file name (built-in or user-edited), loaded by the caller. */
  templates: TemplateSources;
}

export const TEMPLATE_NAMES = [
  'operative-note.md.hbs',
  'coder-summary.md.hbs',
  'physician-query.md.hbs',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type TemplateSources = Readonly<Record<TemplateName, string>>;

// Data is escaped for Markdown in the view models below, so templates compile without HTML escaping.
// A private instance: user templates cannot reach helpers or partials registered elsewhere.
const hbs = Handlebars.create();
// `{{log this}}` would print the view (patient quotes) to stderr, past any log redaction: a no-op here.
hbs.registerHelper('log', () => '');
const cache = new Map<string, Map<string, Handlebars.TemplateDelegate>>();

// An explicit `false` denies prototype access without Handlebars' warning on stderr (`{{constructor}}`).
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/** A template that cannot render: syntax error, unknown helper or partial, or a failure while rendering. */
export class TemplateError extends ConfigError {
  readonly template: string;
  constructor(template: string, reason: string, options?: { cause?: unknown }) {
    super('config.invalid', `template ${template} ${reason}`, options);
    this.template = template;
  }
}

// Helpers a template may call: the instance's (built-ins and the silent log), looked up at check time.
const isHelper = (name: string): boolean => Object.hasOwn(hbs.helpers, name);

type AstNode = hbs.AST.Node & Record<string, unknown>;

/** Names of helpers called and partials used in a parsed template, with inline partials it defines. */
function references(program: hbs.AST.Program) {
  const helpers = new Set<string>();
  const partials = new Set<string>();
  const inline = new Set<string>();
  const pathName = (node: unknown): string | undefined => {
    const n = node as { type?: string; original?: unknown } | undefined;
    return n?.type === 'PathExpression' && typeof n.original === 'string' ? n.original : undefined;
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as AstNode;
    const calls = (node.params as unknown[] | undefined)?.length || node.hash;
    switch (node.type) {
      case 'SubExpression': {
        const name = pathName(node.path);
        if (name) helpers.add(name);
        break;
      }
      case 'MustacheStatement':
      case 'BlockStatement': {
        const name = pathName(node.path);
        if (name && calls) helpers.add(name);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = pathName(node.name) ?? (node.name as { value?: unknown } | undefined)?.value;
        if (typeof name === 'string') partials.add(name);
        break;
      }
      case 'DecoratorBlock': {
        const arg = (node.params as Array<{ value?: unknown }> | undefined)?.[0]?.value;
        if (pathName(node.path) === 'inline' && typeof arg === 'string') inline.add(arg);
        break;
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(program);
  return { helpers, partials, inline };
}

/**
 * Checks and compiles one template source: syntax, helpers and partials are checked now (Handlebars
 * itself would only fail on first render), so a broken user template fails at load, before any
 * extraction. Memoized by name and source text. Throws `TemplateError` naming the template, never its data.
 */
export function compileTemplate(name: string, source: string): Handlebars.TemplateDelegate {
  // By name, then by source: the loaded source string is the same each call, so its hash is computed once.
  let byName = cache.get(name);
  if (!byName) {
    byName = new Map();
    cache.set(name, byName);
  }
  const cached = byName.get(source);
  if (cached) return cached;
  let ast: hbs.AST.Program;
  try {
    ast = hbs.parse(source);
  } catch (cause) {
    const line = (cause as { lineNumber?: unknown }).lineNumber;
    const at = /on line (\d+)/.exec(String((cause as Error).message))?.[1] ?? line;
    throw new TemplateError(name, `has a syntax error${at === undefined ? '' : ` on line ${at}`}`, { cause });
  }
  const { helpers, partials, inline } = references(ast);
  const unknownHelper = [...helpers].find((h) => !isHelper(h));
  if (unknownHelper !== undefined)
    throw new TemplateError(
      name,
      `calls an unknown helper "${unknownHelper}"; only the Handlebars built-ins are available`,
    );
  const unknownPartial = [...partials].find((p) => !inline.has(p));
  if (unknownPartial !== undefined)
    throw new TemplateError(
      name,
      `uses a partial "${unknownPartial}" that is not defined in the template; partials are not supported`,
    );
  const compiled = hbs.compile(ast, { noEscape: true, strict: false });
  const run: Handlebars.TemplateDelegate = (view) => {
    try {
      return compiled(view, RUNTIME_OPTIONS);
    } catch (cause) {
      // Handlebars messages name the template construct, not the data; keep only the first line.
      const first = String((cause as Error)?.message ?? cause)
        .split('\n')[0]
        ?.slice(0, 160);
      throw new TemplateError(name, `failed to render (${first})`, { cause });
    }
  };
  byName.set(source, run);
  return run;
}

/** Checks and compiles every draft template (see `compileTemplate`). */
export function compileTemplates(sources: TemplateSources): void {
  for (const name of TEMPLATE_NAMES) compileTemplate(name, sources[name]);
}

const ev = (evidence: readonly Evidence[]) =>
  evidence.map((e) => ({ quote: md(e.quote), start: e.start, end: e.end }));
const formatValue = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : md(Array.isArray(value) ? value.join(', ') : String(value));
const usd = (n: number | undefined) => (n === undefined ? '' : formatUsd(n));
const signed = (n: number, fmt: (x: number) => string) => `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n))}`;

function noteView(input: RenderInput) {
  const supported = input.code.supported ? input.findCode(input.code.supported) : undefined;
  const laterality = input.facts.laterality;
  return operativeNoteView({
    transcript: input.transcript,
    checked: input.note?.code ?? input.code.checked,
    requirements: input.note?.requirements ?? input.requirements,
    side: laterality?.status === 'documented' ? formatValue(laterality.value) : undefined,
    supported: supported?.code,
    supportedDescriptor: supported ? md(supported.descriptor) : undefined,
    values: Object.fromEntries(Object.entries(input.facts).map(([k, f]) => [k, f?.value])),
  });
}

function codeRow(code: CodeDefinition | undefined) {
  if (!code) return undefined;
  return {
    code: code.code,
    descriptor: md(code.descriptor),
    work: code.rvu.work.toFixed(2),
    rate: usd(code.rvu.nationalRate),
  };
}

function coderSummaryView(input: RenderInput) {
  const claimed = input.claim ? input.findCode(input.claim.cpt) : undefined;
  const supported = input.code.supported ? input.findCode(input.code.supported) : undefined;
  const paymentDifference =
    claimed && supported && claimed.code !== supported.code
      ? {
          work: signed(supported.rvu.work - claimed.rvu.work, (x) => x.toFixed(2)),
          rate:
            claimed.rvu.nationalRate !== undefined && supported.rvu.nationalRate !== undefined
              ? signed(supported.rvu.nationalRate - claimed.rvu.nationalRate, (x) => usd(x))
              : undefined,
        }
      : undefined;
  const decided =
    input.code.basis === 'anatomy'
      ? 'the documented anatomy'
      : input.code.basis === 'label'
        ? 'the procedure name only (the deciding anatomy is not described)'
        : 'nothing: no code is supported';
  const basis = input.generic
    ? `${input.code.basis === 'anatomy' ? 'the anatomy the text describes' : decided}; the text describes an operation in general or several patients (note-level rule ${input.generic.rule}), not one patient's operation, so it is not to be billed as-is`
    : decided;
  const findings = [...input.findings].sort(bySeverity);
  const groups = (['error', 'warning', 'info'] as const)
    .map((severity) => ({
      severity,
      findings: findings
        .filter((f) => f.severity === severity)
        .map((f) => ({
          key: findingKey(f),
          message: md(f.message),
          fix: md(f.fix),
          suggestedCode: f.suggestedCode,
          evidence: ev(f.evidence.slice(0, 2)),
        })),
    }))
    .filter((g) => g.findings.length > 0);
  const rateCodes = [claimed, supported].filter(
    (c, i, all): c is CodeDefinition => c !== undefined && all.indexOf(c) === i,
  );
  // The code the note supports is the one the claim should carry: its risks, not the claimed code's.
  const denialSource = supported ?? claimed;
  const liveRisks = denialSource
    ? liveDenialRisks({
        code: denialSource,
        claim: input.claim,
        facts: input.facts,
        anatomy: input.anatomy,
        requirements: input.code.checked === denialSource.code ? input.requirements : [],
      })
    : [];
  return {
    claimed:
      codeRow(claimed) ??
      (input.claim
        ? { code: md(input.claim.cpt), descriptor: 'not in the code knowledge', work: '', rate: '' }
        : undefined),
    supported: codeRow(supported),
    basis,
    paymentDifference,
    reasons: input.code.reasons.map(md),
    modifiers: input.claim?.modifiers.join(', '),
    icd10: input.claim?.icd10.join(', '),
    pos: input.claim?.placeOfService,
    otherCpt: input.claim?.otherCpt.join(', '),
    figureSources: rateCodes.map((c) => ({
      code: c.code,
      rvu: md(`${c.rvu.source}, ${c.rvu.date}${c.rvu.unverified ? ' (unverified)' : ''}`),
      rvuNote: c.rvu.note ? md(c.rvu.note) : undefined,
      global: md(`${c.globalSource.source}, ${c.globalSource.date}`),
      flags: md(`${c.flags.source}, ${c.flags.date}`),
      inpatientOnly: md(
        `${c.inpatientOnly.value ? 'yes' : 'no'}${c.inpatientOnly.unverified ? ' (unverified)' : ''}: ${c.inpatientOnly.source}, ${c.inpatientOnly.date}`,
      ),
      office: md(
        `${c.officeSetting.value ? 'usual' : 'not usual'}${c.officeSetting.unverified ? ' (unverified)' : ''}: ${c.officeSetting.source}, ${c.officeSetting.date}`,
      ),
    })),
    rateTables: rateCodes.map((c) => ({
      code: c.code,
      inpatientOnlyCaveat:
        c.inpatientOnly.value && c.siteRates.some((r) => r.setting !== 'office')
          ? md(
              `${c.code} is inpatient-only${c.inpatientOnly.statusIndicator ? ` (status indicator ${c.inpatientOnly.statusIndicator})` : ''} in this knowledge (${c.inpatientOnly.source}, ${c.inpatientOnly.date}): Medicare pays no hospital outpatient or ASC rate for it while the flag holds; the rates below are shown as the source lists them.`,
            )
          : undefined,
      rows: c.siteRates.map((r) => ({
        label: md(r.label),
        rate: usd(r.rate),
        tag: r.apc ? `APC ${r.apc}` : r.paymentIndicator ? `PI ${r.paymentIndicator}` : '',
        source: md(`${r.source}, ${r.date}`),
      })),
    })),
    groups,
    denialCode: denialSource?.code ?? '—',
    denialInstead:
      claimed && denialSource && claimed.code !== denialSource.code
        ? `the code the note supports, not the claimed ${claimed.code}`
        : undefined,
    denialReasons: liveRisks.map((r) => md(r.text)),
    denialRecorded: (denialSource?.denialReasons.length ?? 0) > 0,
  };
}

/** Renders the three drafts from template sources. Pure: no files, clock or environment. */
export function renderDrafts(input: RenderInput, options: RenderOptions): Drafts {
  const t = options.templates;
  return {
    operativeNote: compileTemplate(
      'operative-note.md.hbs',
      t['operative-note.md.hbs'],
    )(noteView(input)).replace(/\n{3,}/g, '\n\n'),
    coderSummary: compileTemplate('coder-summary.md.hbs', t['coder-summary.md.hbs'])(coderSummaryView(input)),
    // Queries ask only about the code the dictation supports: a claimed code the note contradicts is a
    // finding for the coder, never a question steering the surgeon toward it.
    queries: (input.generic
      ? []
      : queryViews({
          transcript: input.transcript,
          requirements: input.note?.requirements ?? input.requirements,
          anatomy: input.anatomy,
          facts: input.facts,
        })
    ).map(({ element, view }) => ({
      element,
      text: compileTemplate('physician-query.md.hbs', t['physician-query.md.hbs'])(view),
    })),
  };
}
