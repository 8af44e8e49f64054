import { describe, expect, it } from 'vitest';
import { abandonedIn, abandonedRules } from '../src/nlp/abandoned.ts';
import { contextOf, nextClauseDenial } from '../src/nlp/context.ts';
import { contextRules, NEXT_CLAUSE_DENIAL } from '../src/nlp/context-rules.ts';
import { noteContextOf, noteContextRules } from '../src/nlp/note-context.ts';
import { timeShiftRules } from '../src/nlp/time-shift.ts';

const rows = contextRules.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));

describe('a denial of use after a semicolon (NEXT_CLAUSE_DENIAL)', () => {
  it.each(NEXT_CLAUSE_DENIAL.examples)(
    '"$text" -> $target is $expect',
    ({ text, target, expect: category }) => {
      const start = text.indexOf(target);
      expect(start).toBeGreaterThanOrEqual(0);
      const hit = nextClauseDenial(
        text,
        { start: 0, end: text.indexOf(';') + 1 },
        { start, end: start + target.length },
      );
      expect(hit?.category ?? null).toBe(category);
    },
  );
});

describe('ConText rules as data: every rule row', () => {
  it.each(rows)('$id: "$text" -> $target is $expect', ({ text, target, expect: category, type, episode }) => {
    const start = text.indexOf(target);
    expect(start).toBeGreaterThanOrEqual(0);
    const hit = contextOf(
      text,
      { start: 0, end: text.length },
      { start, end: start + target.length },
      { type: type ?? 'document', episode: episode === true },
    );
    expect(hit?.category ?? null).toBe(category);
  });

  it('every rule has at least one test row and a unique id', () => {
    const ids = contextRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of contextRules) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });

  it('a hit names the cue that caused it', () => {
    const text = 'Family history of sarcoma.';
    const hit = contextOf(
      text,
      { start: 0, end: text.length },
      { start: 18, end: 25 },
      { type: 'condition' },
    );
    expect(hit).toEqual({ category: 'family', cue: 'Family history', rule: 'family.pre' });
  });
});

const noteRows = noteContextRules.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));

describe('note-level context rules as data: a text with no index operation', () => {
  it.each(noteRows)('$id: "$text" -> generic $expect', ({ id, text, expect: generic }) => {
    const hit = noteContextOf(text);
    expect(hit !== undefined).toBe(generic);
    if (generic) expect(hit?.rule).toBe(id);
  });

  it('every target of a generic text is generic, with the cue that decided it', () => {
    const text = 'We reviewed 23 patients. In nine the femur was transected above the knee.';
    const start = text.indexOf('femur');
    const hit = contextOf(
      text,
      { start: 25, end: text.length },
      { start, end: start + 5 },
      { type: 'procedure' },
    );
    expect(hit).toEqual({ category: 'generic', cue: 'We reviewed', rule: 'generic.series' });
  });
});

const abandonedRows = abandonedRules.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));

describe('an operation stopped before it became a procedure, as data', () => {
  it.each(abandonedRows)('$id: "$text" -> abandoned $expect', ({ id, text, expect: stopped }) => {
    const hit = abandonedIn(text);
    expect(hit !== undefined).toBe(stopped);
    if (stopped) expect(hit?.rule).toBe(id);
  });

  it('an imagined or consented stop is none ("if ... would be abandoned", "risks ... aborted")', () => {
    expect(abandonedIn('If the vessels are encased the procedure will be abandoned.')).toBeUndefined();
    expect(abandonedIn('We discussed that the operation may be aborted after exploration.')).toBeUndefined();
    expect(abandonedIn('Two years ago a resection was abandoned at another hospital.')).toBeUndefined();
  });
});

const shiftRows = timeShiftRules.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));

describe('a multi-year history told as dated operations is history before its last time shift', () => {
  it.each(shiftRows)('$id: "$text" -> $target is $expect', ({ id, text, target, expect: category }) => {
    const start = text.indexOf(target);
    expect(start).toBeGreaterThanOrEqual(0);
    const hit = contextOf(
      text,
      { start: 0, end: text.length },
      { start, end: start + target.length },
      { type: 'procedure' },
    );
    expect(hit?.category ?? null).toBe(category);
    if (category) expect(hit?.rule).toBe(id);
  });
});
