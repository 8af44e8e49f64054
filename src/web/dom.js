/**
 * DOM helpers of the worklist app. Text always goes in as text (textContent / text nodes), never
 * as HTML: transcripts and results are patient data and untrusted input.
 */

/**
 * Creates an element with attributes and children (strings become text nodes).
 * @param {string} tag
 * @param {Record<string, string | boolean | number | ((e: Event) => void) | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/**
 * Splits a transcript into segments at every evidence boundary; each segment knows the evidence
 * covering it (spans may overlap).
 * @param {string} text
 * @param {Array<{start: number, end: number, label: string, category: string}>} spans
 * @returns {Array<{text: string, spans: Array<{label: string, category: string}>}>}
 */
export function segments(text, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    out.push({ text: text.slice(a, b), spans: covering });
  }
  return out;
}

/**
 * Every piece of evidence of a result, labelled with the element, feature, finding or route reason
 * it supports; `category` is the mention's context (`negated`, `historical`, ...) or `affirmed`.
 * @param {any} result
 */
export function evidenceOf(result) {
  const out = [];
  const add = (label, evidence) => {
    for (const e of evidence ?? [])
      out.push({
        start: e.start,
        end: e.end,
        quote: e.quote,
        label,
        category: e.context?.category ?? 'affirmed',
      });
  };
  for (const [key, fact] of Object.entries(result.facts ?? {})) add(`element ${key}`, fact?.evidence);
  for (const [key, fact] of Object.entries(result.anatomy ?? {})) add(`feature ${key}`, fact?.evidence);
  return out;
}

/**
 * Formats a signed USD amount.
 * @param {number | null | undefined} v
 */
export function usd(v) {
  if (v === null || v === undefined) return '–';
  const s = Math.abs(v).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}
