// The worklist app: plain ES module, no framework, no build. Every text from the API is put in
// with textContent (see dom.js); nothing here parses strings as markup.
import { evidenceOf, h, segments, usd } from './dom.js';

const PAGE = 50;
const ROUTES = ['coder-review', 'query-physician', 'fix-claim', 'ready', 'error'];
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const state = {
  offset: 0,
  total: 0,
  notes: /** @type {any[]} */ ([]),
  selected: -1,
  note: /** @type {any} */ (null),
  finding: 0,
  // The latest note asked for: an answer to an earlier request is dropped (it would replace the view,
  // and what the coder typed there, with a note they have left).
  opening: 0,
  openingId: /** @type {string | null} */ (null),
};

// The token is kept for this browser session only, and sent as the bearer token.
const token = () => sessionStorage.getItem('opnote.token') ?? '';
const actor = () => /** @type {HTMLInputElement} */ ($('actor')).value.trim();

function say(text, alert = false) {
  const s = $('status');
  s.textContent = text;
  s.setAttribute('role', alert ? 'alert' : 'status');
}

async function api(path, init = {}) {
  const headers = { accept: 'application/json', ...(init.headers ?? {}) };
  if (token()) headers.authorization = `Bearer ${token()}`;
  const res = await fetch(path, { ...init, headers });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) {
    $('token-label').hidden = false;
    $('token').focus();
    throw new Error('Enter an API token (it is kept for this browser session only).');
  }
  if (!res.ok) throw new Error(body.detail ?? `HTTP ${res.status}`);
  return body;
}

function filterQuery() {
  const q = new URLSearchParams();
  for (const id of ['route', 'review', 'code', 'finding', 'run']) {
    const v = /** @type {HTMLInputElement} */ ($(id)).value.trim();
    if (v) q.set(id, v);
  }
  q.set('limit', String(PAGE));
  q.set('offset', String(state.offset));
  return q;
}

function renderCounts(counts) {
  const nav = $('counts');
  nav.replaceChildren(
    ...ROUTES.map((r) =>
      h(
        'button',
        {
          type: 'button',
          class: `count route-${r}`,
          'data-route': r,
          'aria-pressed': String(/** @type {HTMLSelectElement} */ ($('route')).value === r),
          onclick: () => {
            /** @type {HTMLSelectElement} */ ($('route')).value = r;
            state.offset = 0;
            load();
          },
        },
        h('span', { class: 'count-n' }, String(counts[r] ?? 0)),
        ` ${r}`,
      ),
    ),
  );
}

function renderRows() {
  const body = $('rows');
  body.replaceChildren(
    ...state.notes.map((n, i) =>
      h(
        'tr',
        {
          'data-testid': 'worklist-row',
          'data-note': n.id,
          tabindex: i === Math.max(state.selected, 0) ? '0' : '-1',
          'aria-current': String(i === state.selected),
          class: i === state.selected ? 'selected' : undefined,
          onclick: () => select(i, true),
          onfocus: () => {
            if (state.selected !== i) select(i, false);
          },
        },
        h('td', {}, n.id),
        h('td', {}, h('span', { class: `pill route-${n.route}` }, n.route)),
        h('td', {}, n.claimedCode ?? '–'),
        h('td', {}, n.supportedCode ?? '–'),
        h('td', { class: 'num' }, usd(n.paymentDifference)),
        h('td', {}, n.findings.join(', ') || '–'),
        h('td', {}, n.reviewState),
      ),
    ),
  );
  const last = Math.min(state.offset + PAGE, state.total);
  $('page').textContent = state.total === 0 ? 'no notes' : `${state.offset + 1}–${last} of ${state.total}`;
  /** @type {HTMLButtonElement} */ ($('prev')).disabled = state.offset === 0;
  /** @type {HTMLButtonElement} */ ($('next')).disabled = last >= state.total;
}

async function load() {
  try {
    const page = await api(`/v1/notes?${filterQuery()}`);
    state.notes = page.notes;
    state.total = page.total;
    state.selected = -1;
    renderCounts(page.counts);
    renderRows();
    say(`${page.total} notes`);
  } catch (e) {
    say(String(e.message), true);
  }
}

/** Selects row i and shows its note; `reload` shows it again even when it is the note on view. */
function select(i, focusNote, reload = false) {
  if (i < 0 || i >= state.notes.length) return;
  state.selected = i;
  for (const [k, row] of [...$('rows').children].entries()) {
    row.setAttribute('aria-current', String(k === i));
    row.classList.toggle('selected', k === i);
    row.setAttribute('tabindex', k === i ? '0' : '-1');
  }
  const row = /** @type {HTMLElement} */ ($('rows').children[i]);
  if (document.activeElement !== row && !focusNote) row.focus();
  const id = state.notes[i].id;
  // The note already on view (and asked for last) is not fetched and drawn again: that would clear
  // a code or reason being typed.
  if (!reload && state.note?.id === id && state.openingId === id) return;
  openNote(id, focusNote);
}

async function openNote(id, focus) {
  const ticket = ++state.opening;
  state.openingId = id;
  try {
    const [note, history] = await Promise.all([
      api(`/v1/notes/${encodeURIComponent(id)}`),
      api(`/v1/notes/${encodeURIComponent(id)}/events`),
    ]);
    if (ticket !== state.opening) return;
    state.note = note;
    state.finding = 0;
    renderNote(note, history.events);
    $('note').scrollTop = 0;
    if (focus) $('note').focus();
  } catch (e) {
    say(String(e.message), true);
  }
}

function transcriptView(note) {
  const ev = note.result ? evidenceOf(note.result) : [];
  const hint = h(
    'p',
    { class: 'hint', 'aria-live': 'polite' },
    'Hover or focus a highlight to see what it supports.',
  );
  const show = (spans) => {
    hint.textContent = `Supports: ${spans.map((s) => `${s.label}${s.category === 'affirmed' ? '' : ` (${s.category})`}`).join('; ')}`;
  };
  if (note.transcript === null) {
    const list = h('ul', { class: 'quotes' });
    for (const e of ev) {
      const mark = h(
        'mark',
        { 'data-testid': 'evidence', class: `ev ev-${e.category}`, tabindex: '0', title: e.label },
        e.quote,
      );
      mark.addEventListener('mouseenter', () => show([e]));
      mark.addEventListener('focus', () => show([e]));
      list.append(h('li', {}, mark, ` — ${e.label}`));
    }
    return h(
      'section',
      { 'aria-label': 'Evidence' },
      h('h3', {}, 'Evidence'),
      h(
        'p',
        { class: 'hint' },
        'The transcript is not stored (start the store with --store-transcripts); its quotes:',
      ),
      list,
      hint,
    );
  }
  const pre = h('pre', { class: 'transcript' });
  for (const seg of segments(note.transcript, ev)) {
    if (seg.spans.length === 0) {
      pre.append(document.createTextNode(seg.text));
      continue;
    }
    const cats = new Set(seg.spans.map((s) => s.category));
    const category = cats.has('negated') ? 'negated' : cats.has('historical') ? 'historical' : [...cats][0];
    const label = seg.spans
      .map((s) => `${s.label}${s.category === 'affirmed' ? '' : ` (${s.category})`}`)
      .join('; ');
    const mark = h(
      'mark',
      {
        'data-testid': 'evidence',
        class: `ev ev-${category}`,
        tabindex: '0',
        title: label,
        'aria-label': `${seg.text} — ${label}`,
      },
      seg.text,
    );
    mark.addEventListener('mouseenter', () => show(seg.spans));
    mark.addEventListener('focus', () => show(seg.spans));
    pre.append(mark);
  }
  return h(
    'section',
    { 'aria-label': 'Transcript' },
    h('h3', {}, 'Transcript'),
    h(
      'p',
      { class: 'legend' },
      h('mark', { class: 'ev ev-affirmed' }, 'stated'),
      ' ',
      h('mark', { class: 'ev ev-negated' }, 'negated'),
      ' ',
      h('mark', { class: 'ev ev-historical' }, 'historical'),
    ),
    hint,
    pre,
  );
}

async function review(body, done) {
  const who = actor();
  if (!who) {
    say('Enter your name as actor first.', true);
    $('actor').focus();
    return;
  }
  sessionStorage.setItem('opnote.actor', who);
  try {
    await api(`/v1/notes/${encodeURIComponent(state.note.id)}/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, actor: who }),
    });
    say(done);
    const id = state.note.id;
    const keep = state.selected;
    await load();
    const again = state.notes.findIndex((n) => n.id === id);
    if (again >= 0) select(again, false, true);
    else if (state.notes.length > 0) select(Math.min(keep, state.notes.length - 1), false);
    else $('note').hidden = true;
  } catch (e) {
    say(String(e.message), true);
  }
}

const reasonValue = () => /** @type {HTMLInputElement} */ (document.getElementById('reason')).value.trim();

function needReason() {
  const r = reasonValue();
  if (!r) {
    say('A reason is needed for this action.', true);
    document.getElementById('reason')?.focus();
  }
  return r;
}

function renderNote(note, events) {
  const view = $('note');
  view.hidden = false;
  view.setAttribute('tabindex', '-1');
  const r = note.result;
  const parts = [
    h('h2', {}, `Note ${note.id}`),
    h('p', {}, h('span', { class: `pill route-${note.route}` }, note.route), ` · ${note.reviewState}`),
  ];
  if (!r) {
    parts.push(
      h('p', { class: 'error' }, `Failed: ${note.error?.code ?? 'error'} — ${note.error?.message ?? ''}`),
    );
    view.replaceChildren(...parts);
    return;
  }
  const lost = (r.code.candidates ?? []).filter((c) => c.code !== r.code.supported);
  parts.push(
    h(
      'section',
      { 'aria-label': 'Code decision', class: 'decision' },
      h('h3', {}, 'Code decision'),
      h(
        'p',
        {},
        `Claimed ${r.code.claimed ?? '–'} · supported ${r.code.supported ?? '–'} (${r.code.basis ?? ''}) · payment difference ${usd(note.paymentDifference)}`,
      ),
      h('ul', {}, ...(r.route.reasons ?? []).map((x) => h('li', {}, `${x.decision}: ${x.message}`))),
      lost.length
        ? h(
            'details',
            {},
            h('summary', {}, `Neighbours that lost (${lost.length})`),
            h('ul', {}, ...lost.map((c) => h('li', {}, `${c.code}: ${c.why ?? c.summary ?? ''}`))),
          )
        : null,
    ),
  );
  const reason = h('input', {
    id: 'reason',
    'aria-label': 'Reason',
    placeholder: 'reason (needed to override, dismiss, answer)',
    size: '40',
  });
  const override = h('input', {
    id: 'override-code',
    'aria-label': 'Override code',
    placeholder: 'CPT',
    size: '6',
    inputmode: 'numeric',
  });
  parts.push(
    h(
      'section',
      { 'aria-label': 'Actions', class: 'actions' },
      h('h3', {}, 'Actions'),
      reason,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'accept',
            'aria-keyshortcuts': 'a',
            onclick: () =>
              review(
                { action: 'accept', ...(reasonValue() ? { reason: reasonValue() } : {}) },
                `Accepted ${note.supportedCode}.`,
              ),
          },
          `Accept ${r.code.supported ?? ''}`,
        ),
        override,
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'override',
            'aria-keyshortcuts': 'o',
            onclick: () => {
              const code = /** @type {HTMLInputElement} */ (override).value.trim();
              if (!code) {
                say('Enter the code to bill instead.', true);
                override.focus();
                return;
              }
              const why = needReason();
              if (why) review({ action: 'override', code, reason: why }, `Overrode to ${code}.`);
            },
          },
          'Override',
        ),
      ),
    ),
  );
  const findings = r.findings ?? [];
  parts.push(
    h(
      'section',
      { 'aria-label': 'Findings' },
      h('h3', {}, `Findings (${findings.length})`),
      h(
        'ul',
        { class: 'findings' },
        ...findings.map((f, i) => {
          const key = f.element ? `${f.id}:${f.element}` : f.id;
          return h(
            'li',
            { class: `sev-${f.severity}`, 'data-finding': key },
            h('strong', {}, key),
            ` (${f.severity}) ${f.message}`,
            f.fix ? h('div', { class: 'fix' }, `Fix: ${f.fix}`) : null,
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'dismiss-finding',
                'aria-keyshortcuts': i === 0 ? 'd' : undefined,
                onclick: () => {
                  const why = needReason();
                  if (why) review({ action: 'dismiss', finding: key, reason: why }, `Dismissed ${key}.`);
                },
              },
              'Dismiss',
            ),
          );
        }),
      ),
    ),
  );
  parts.push(transcriptView(note));
  const queries = r.drafts?.queries ?? [];
  parts.push(
    h(
      'section',
      { 'aria-label': 'Drafts' },
      h('h3', {}, 'Drafts'),
      h(
        'details',
        {},
        h('summary', {}, 'Operative note'),
        h('pre', { class: 'draft' }, r.drafts?.operativeNote ?? ''),
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Coder summary'),
        h('pre', { class: 'draft' }, r.drafts?.coderSummary ?? ''),
      ),
      ...queries.map((q) =>
        h(
          'details',
          { open: true },
          h('summary', {}, `Query: ${q.element}`),
          h('pre', { class: 'draft' }, q.text ?? q.body ?? JSON.stringify(q, null, 2)),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'query-sent',
              onclick: () =>
                review({ action: 'send', element: q.element }, `Query ${q.element} marked sent.`),
            },
            'Mark sent',
          ),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'query-answered',
              onclick: () => {
                const why = needReason();
                if (why)
                  review(
                    { action: 'answer', element: q.element, reason: why },
                    `Answer to ${q.element} recorded.`,
                  );
              },
            },
            'Record answer (reason = answer)',
          ),
        ),
      ),
    ),
  );
  parts.push(
    h(
      'section',
      { 'aria-label': 'History' },
      h('h3', {}, 'History'),
      h(
        'ol',
        { class: 'history', 'data-testid': 'history' },
        ...events.map((e) =>
          h('li', {}, `${e.at} ${e.type} by ${e.actor}${e.reason ? ` — ${e.reason}` : ''}`),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-label': 'Versions' },
      h('h3', {}, 'Pipeline versions'),
      h(
        'dl',
        { class: 'versions' },
        ...Object.entries(note.versions ?? {}).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
      ),
    ),
  );
  view.replaceChildren(...parts);
}

function onKey(e) {
  const t = /** @type {HTMLElement} */ (e.target);
  if (t.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
  const move = (d) => {
    e.preventDefault();
    select(Math.max(0, Math.min(state.notes.length - 1, state.selected + d)), false);
  };
  if (e.key === 'j' || e.key === 'ArrowDown') move(1);
  else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
  else if (e.key === 'Enter' && t.closest('[data-testid="worklist-row"]')) {
    e.preventDefault();
    $('note').focus();
  } else if (e.key === 'a' && state.note) {
    e.preventDefault();
    /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="accept"]'))?.click();
  } else if (e.key === 'o' && state.note) {
    e.preventDefault();
    document.getElementById('override-code')?.focus();
  } else if (e.key === 'd' && state.note) {
    e.preventDefault();
    /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="dismiss-finding"]'))?.click();
  }
}

/** Downloads an export with the bearer token (a plain link could not send it). */
async function download(path, file) {
  try {
    const headers = token() ? { authorization: `Bearer ${token()}` } : {};
    const res = await fetch(path, { headers });
    if (!res.ok) throw new Error(`export failed: HTTP ${res.status}`);
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Exported ${file}.`);
  } catch (e) {
    say(String(e.message), true);
  }
}

function start() {
  for (const b of document.querySelectorAll('[data-export]'))
    b.addEventListener('click', () => download(b.getAttribute('data-export'), b.getAttribute('data-file')));
  const a = /** @type {HTMLInputElement} */ ($('actor'));
  a.value = sessionStorage.getItem('opnote.actor') ?? '';
  a.addEventListener('change', () => sessionStorage.setItem('opnote.actor', a.value.trim()));
  const tok = /** @type {HTMLInputElement} */ ($('token'));
  $('token-label').hidden = true; // shown on the first 401 (not with --no-auth)
  tok.addEventListener('change', () => {
    sessionStorage.setItem('opnote.token', tok.value.trim());
    tok.value = '';
    $('token-label').hidden = true;
    load();
  });
  $('who').addEventListener('submit', (e) => e.preventDefault());
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    state.offset = 0;
    load();
  });
  $('route').addEventListener('change', () => {
    state.offset = 0;
    load();
  });
  $('review').addEventListener('change', () => {
    state.offset = 0;
    load();
  });
  $('prev').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE);
    load();
  });
  $('next').addEventListener('click', () => {
    state.offset += PAGE;
    load();
  });
  document.addEventListener('keydown', onKey);
  load();
}

start();
