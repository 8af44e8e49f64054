import { describe, expect, it } from 'vitest';
import { contextOf } from '../src/nlp/context.ts';
import { contextRules } from '../src/nlp/context-rules.ts';

const rows = contextRules.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));

describe('ConText rules as data: every rule row', () => {
  it.each(rows)('$id: "$text" -> $target is $expect', ({ text, target, expect: category, type }) => {
    const start = text.indexOf(target);
    expect(start).toBeGreaterThanOrEqual(0);
    const hit = contextOf(
      text,
      { start: 0, end: text.length },
      { start, end: start + target.length },
      { type: type ?? 'document' },
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
