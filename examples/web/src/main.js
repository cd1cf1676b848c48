window.__bundleMs = performance.now();
// The offline benn editor: CodeMirror 6 for the source, the benn wasm core for findings,
// outline, progress and tables. Everything is in this one bundle (the wasm included), so the
// page works opened from a folder (file://) or from any static server, with nothing fetched.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { searchKeymap } from '@codemirror/search';
import { json } from '@codemirror/lang-json';
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { linter, lintGutter, forceLinting } from '@codemirror/lint';
import init, * as benn from '../../../pkg-web/benn_wasm.js';
import EXAMPLE from '../../weissensee-2023.json';
import EXAMPLE_LOG from '../../weissensee-2023.log.json';
import { WORDS, TEMPLATE } from './i18n.js';

const STORE = { text: 'benn-editor:text', log: 'benn-editor:log', logName: 'benn-editor:log-name', lang: 'benn-editor:lang' };
const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
};

let lang = localStorage.getItem(STORE.lang) || 'de';
let t = WORDS[lang];
let doc; // benn.Document
let view; // EditorView
let log = null; // an attached log file's text
let logName = null;
let findings = [];

// The .wasm, which scripts/build-editor.sh puts before this bundle as one string with a character
// per byte (U+0000–U+00FF; a page can fetch nothing from file://). Brotli packs that almost as well
// as the raw bytes, where base64 would cost a third more.
function wasmBytes() {
  const s = globalThis.__bennWasm;
  if (typeof s !== 'string') throw new Error('the bundle has no wasm: build it with scripts/build-editor.sh');
  delete globalThis.__bennWasm;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

const today = () => new Date().toISOString().slice(0, 10);

// ---- the source editor --------------------------------------------------------------------------

function diagnostics() {
  return findings.map((f) => ({
    from: Math.min(f.from, view.state.doc.length),
    to: Math.min(Math.max(f.to, f.from), view.state.doc.length),
    severity: f.severity === 'advice' ? 'info' : f.severity,
    message: f.message[lang],
    renderMessage: () => el('div', {}, el('div', {}, f.message[lang]), f.hint ? el('div', { class: 'hint' }, f.hint[lang]) : null,
      el('div', { class: 'code' }, f.code)),
  }));
}

// Findings update as one types: the linter is debounced by CodeMirror, the rest follows it.
const bennLinter = linter(() => {
  refresh(view.state.doc.toString());
  return diagnostics();
}, { delay: 200 });

let saveTimer;
function onChange(update) {
  if (update.docChanged) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      localStorage.setItem(STORE.text, update.state.doc.toString());
      status(t.saved);
    }, 300);
  }
  if (update.selectionSet || update.docChanged) followCursor();
}

function makeEditor(text) {
  view = new EditorView({
    parent: $('source'),
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(), bracketMatching(),
        json(), syntaxHighlighting(defaultHighlightStyle), lintGutter(), bennLinter, EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        EditorView.updateListener.of(onChange),
      ],
    }),
  });
  window.__editor = view;
}

/** Replaces the text with `next`, changing only the part that differs (keeps undo and the rest). */
function replaceText(next) {
  const prev = view.state.doc.toString();
  let a = 0;
  while (a < prev.length && a < next.length && prev[a] === next[a]) a++;
  let b = 0;
  while (b < prev.length - a && b < next.length - a && prev[prev.length - 1 - b] === next[next.length - 1 - b]) b++;
  view.dispatch({
    changes: { from: a, to: prev.length - b, insert: next.slice(a, next.length - b) },
    effects: EditorView.scrollIntoView(a, { y: 'center' }),
  });
  refresh(next);
  forceLinting(view);
}

function jump(from) {
  view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
  view.focus();
}

// ---- findings, outline, progress ------------------------------------------------------------------

function refresh(text) {
  if (text !== doc.text) doc.setText(text);
  findings = doc.findings();
  renderFindings();
  renderOutline();
  renderProgress();
  renderReport();
  fillSteps();
  if (window.__firstFindingsMs === undefined) window.__firstFindingsMs = performance.now();
}

function renderFindings() {
  const n = (s) => findings.filter((f) => f.severity === s).length;
  $('findings-summary').textContent = findings.length ? t.findings(n('error'), n('warning'), n('advice')) : t.noFindings;
  $('findings').replaceChildren(...findings.map((f) => el('li', { class: f.severity, 'data-code': f.code, onclick: () => jump(f.from) },
    el('div', {}, f.message[lang]),
    f.hint ? el('div', { class: 'hint' }, f.hint[lang]) : null,
    el('div', { class: 'where' }, `${t.line(f.line ?? 1, f.column ?? 1)} · `, el('span', { class: 'code' }, f.code)))));
  document.body.dataset.findings = String(findings.length);
}

let outline = [];
function renderOutline() {
  outline = doc.outline();
  const item = (i) => el('li', {},
    el('div', { 'data-pointer': i.pointer, title: i.title ?? '', onclick: () => jump(i.from) },
      el('span', { class: `kind ${i.kind}` }, i.id ?? '?'), i.title ?? ''),
    i.children.length ? el('ul', {}, ...i.children.map(item)) : null);
  $('outline').replaceChildren(...outline.map(item));
  followCursor();
}

function followCursor() {
  if (!view || !doc) return;
  const head = view.state.selection.main.head;
  // Before the next refresh the handle's offsets are those of its text: only follow a current one.
  if (view.state.doc.length !== doc.text.length) return;
  const path = doc.pathAt(head);
  const current = path.at(-1)?.pointer;
  for (const d of $('outline').querySelectorAll('div[data-pointer]')) {
    const on = d.dataset.pointer === current;
    d.classList.toggle('current', on);
    if (on && $('panel-outline').classList.contains('active')) d.scrollIntoView({ block: 'nearest' });
  }
  $('path').textContent = path.map((i) => i.id ?? '?').join(' › ');
}

const pct = (p) => (p == null ? '–' : `${Math.round(p)} %`);
const eur = (cents) => (cents == null ? '–' : (cents / 100).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
const bar = (p) => el('div', { class: 'bar' }, el('span', { style: `width:${Math.max(0, Math.min(100, p ?? 0))}%` }));

function asOf() {
  return $('as-of').value || today();
}

function renderProgress() {
  const box = $('progress');
  $('log-file').replaceChildren(...(log ? [t.logFile(logName, safeCount()), ' ', el('button', { onclick: () => setLog(null, null) }, t.removeLog)] : []));
  // Only while the tab is shown (it is drawn again when it is opened): not per keystroke.
  if (!$('panel-progress').classList.contains('active')) return;
  if (!doc.isReadable) {
    box.replaceChildren(el('p', {}, t.unreadable));
    return;
  }
  let r, b, s;
  try {
    r = doc.rollup(asOf(), $('method').value, log);
    b = doc.budget(asOf(), log);
    s = doc.shares(asOf(), log);
  } catch (e) {
    box.replaceChildren(el('p', {}, `${e.message}`));
    return;
  }
  let gantt = null;
  try {
    gantt = safeSvg(doc.chart('gantt', asOf(), log, { lang, method: $('method').value }));
  } catch (e) {
    gantt = el('p', {}, e.message);
  }
  box.replaceChildren(
    el('h2', {}, t.overall),
    el('div', { class: 'big', id: 'overall' }, pct(r.progress)),
    bar(r.progress),
    el('h2', {}, t.timeline),
    el('div', { class: 'chart-box', id: 'gantt' }, gantt),
    el('table', {}, el('tr', {}, el('th', {}, t.field), el('th', { class: 'num' }, t.steps), el('th', {}, t.progress), el('th', { class: 'num' }, '')),
      ...r.fields.map((f) => el('tr', {}, el('td', {}, f.title), el('td', { class: 'num' }, String(f.steps)), el('td', {}, bar(f.progress)), el('td', { class: 'num' }, pct(f.progress))))),
    el('h2', {}, t.shares),
    el('table', {}, ...s.total.shares.filter((x) => x.count > 0).map((x) =>
      el('tr', {}, el('td', {}, t.tracks[x.track] ?? x.track), el('td', { class: 'num' }, String(x.count)), el('td', { class: 'num' }, pct(x.percent))))),
    el('h2', {}, t.budget),
    el('table', {}, el('tr', {}, el('th', {}, t.year), el('th', { class: 'num' }, t.budget.split(' ')[0]), el('th', { class: 'num' }, t.planned), el('th', { class: 'num' }, t.spent), el('th', { class: 'num' }, t.left)),
      ...b.years.map((y) => el('tr', {}, el('td', {}, String(y.year)), el('td', { class: 'num' }, eur(y.budget)), el('td', { class: 'num' }, eur(y.planned)), el('td', { class: 'num' }, eur(y.spent)), el('td', { class: 'num' }, eur(y.left))))),
  );
}

// A chart from the core as SVG elements. The core escapes every text and writes no script; this
// drops scripts, foreign content and event attributes all the same, so nothing in it can run.
function safeSvg(text) {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') return el('p', {}, root.textContent);
  for (const bad of root.querySelectorAll('script, foreignObject, iframe')) bad.remove();
  for (const e of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...e.attributes]) {
      if (/^on/i.test(a.name) || (/href$/i.test(a.name) && !a.value.startsWith('#'))) e.removeAttribute(a.name);
    }
  }
  return document.importNode(root, true);
}

// The report the report tab shows: standalone HTML from the core, in a sandboxed frame.
function reportHtml(kind) {
  const options = { lang, method: $('method').value };
  return kind === 'kurzfassung' ? doc.kurzfassung(asOf(), options) : doc.progressReport(asOf(), log, options);
}

function renderReport() {
  // Only while the tab is shown: a report per keystroke would be wasted.
  if (!$('panel-report').classList.contains('active')) return;
  let html;
  try {
    html = reportHtml($('report-kind').value);
  } catch (e) {
    html = `<!DOCTYPE html><meta charset="utf-8"><p style="font-family:sans-serif">${escapeHtml(e.message)}</p>`;
  }
  if ($('preview').srcdoc !== html) $('preview').srcdoc = html;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function downloadReport(kind) {
  withConcept(() => {
    const suffix = kind === 'kurzfassung' ? 'kurzfassung' : `bericht-${asOf()}`;
    download(`${baseName()}-${suffix}.html`, reportHtml(kind), 'text/html');
  });
}

function safeCount() {
  try {
    return benn.readLog(log).entries.length;
  } catch {
    return 0;
  }
}

// ---- the log entry form ---------------------------------------------------------------------------

function fillSteps() {
  const select = $('e-step');
  const keep = select.value;
  const steps = [];
  const walk = (items) => items.forEach((i) => (i.kind === 'step' ? steps.push(i) : walk(i.children)));
  walk(outline);
  const sig = steps.map((s) => s.id).join('|');
  if (select.dataset.sig === sig + lang) return;
  select.dataset.sig = sig + lang;
  select.replaceChildren(el('option', { value: '' }, t.noStep), ...steps.filter((s) => s.id).map((s) => el('option', { value: s.id }, `${s.id} – ${s.title ?? ''}`)));
  select.value = keep;
}

function showEntryFields() {
  const kind = $('e-kind').value;
  for (const d of document.querySelectorAll('#entry-form [data-for]')) {
    const f = d.dataset.for;
    d.style.display = f === kind || (f === 'progress' && kind === 'status') ? '' : 'none';
  }
}

function appendEntry(event) {
  event.preventDefault();
  const kind = $('e-kind').value;
  const entry = { date: $('e-date').value, kind };
  const step = $('e-step').value;
  if (step) entry.step = step;
  if (kind === 'status') entry.status = $('e-status').value;
  if ((kind === 'status' || kind === 'progress') && $('e-progress').value !== '') entry.progress = Number($('e-progress').value);
  if (kind === 'spending') entry.spent_cents = Math.round(Number($('e-spent').value || 0) * 100);
  if ($('e-note').value.trim()) entry.note = $('e-note').value.trim();
  try {
    doc.setText(view.state.doc.toString());
    const next = doc.appendEntry(entry);
    replaceText(next);
    const id = benn.read(next).log.at(-1).id;
    $('entry-result').textContent = t.appended(id);
  } catch (e) {
    $('entry-result').textContent = `${e.message}${e.findings ? ` – ${e.findings.map((f) => f.message[lang]).join('; ')}` : ''}`;
  }
}

// ---- files, storage, downloads --------------------------------------------------------------------

function load(text, name) {
  localStorage.setItem(STORE.text, text);
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
  refresh(text);
  forceLinting(view);
  status(t.loaded(name));
}

function setLog(text, name) {
  log = text;
  logName = name;
  if (text) {
    localStorage.setItem(STORE.log, text);
    localStorage.setItem(STORE.logName, name);
  } else {
    localStorage.removeItem(STORE.log);
    localStorage.removeItem(STORE.logName);
  }
  renderProgress();
  renderReport();
}

async function openFile(file) {
  const text = await file.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  // A log file (names its concept, has entries, no action fields) is attached to the concept.
  if (parsed && parsed.concept && parsed.entries && !parsed.action_fields) setLog(text, file.name);
  else load(text, file.name);
}

function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName() {
  return doc.concept()?.id ?? 'konzept';
}

function withConcept(f) {
  try {
    f();
  } catch (e) {
    status(e.message);
  }
}

function status(text) {
  $('status').textContent = text;
}

// ---- language -------------------------------------------------------------------------------------

function applyLanguage() {
  t = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  $('lang').value = lang;
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t[e.dataset.t];
  $('source').dataset.drop = t.drop;
  const options = (select, entries) => {
    const keep = select.value;
    select.replaceChildren(...entries.map(([v, label]) => el('option', { value: v }, label)));
    if (keep) select.value = keep;
  };
  options($('method'), Object.entries(t.methods));
  options($('e-kind'), Object.entries(t.kinds));
  options($('e-status'), Object.entries(t.statuses));
  options($('csv-table'), Object.entries(t.tables));
  options($('report-kind'), Object.entries(t.reports));
  $('preview').title = t.reports[$('report-kind').value] ?? '';
  if ($('notice').classList.contains('shown')) $('notice-text').textContent = t.restored;
  if (doc) {
    $('e-step').dataset.sig = '';
    refresh(view.state.doc.toString());
    forceLinting(view);
  }
}

// ---- start ----------------------------------------------------------------------------------------

async function start() {
  const marks = (window.__timings = { script: performance.now() });
  applyLanguage();
  await init({ module_or_path: wasmBytes() });
  marks.wasm = performance.now();
  const saved = localStorage.getItem(STORE.text);
  const text = saved ?? EXAMPLE;
  if (saved !== null) {
    log = localStorage.getItem(STORE.log);
    logName = localStorage.getItem(STORE.logName);
    if (saved !== EXAMPLE) {
      $('notice').classList.add('shown');
      $('notice-text').textContent = t.restored;
    }
  } else {
    log = EXAMPLE_LOG;
    logName = 'weissensee-2023.log.json';
  }
  doc = new benn.Document(text);
  marks.document = performance.now();
  // The findings first: they are what the page is for, the editor follows.
  findings = doc.findings();
  renderFindings();
  window.__firstFindingsMs = performance.now();
  makeEditor(text);
  marks.editor = performance.now();
  // The example's period is over: start the progress view at its end, or today if earlier.
  const end = doc.concept()?.period?.end;
  const last = end ? new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)), 0)).toISOString().slice(0, 10) : today();
  $('as-of').value = last < today() ? last : today();
  $('e-date').value = $('as-of').value;
  refresh(text);
  marks.findings = performance.now();
  showEntryFields();

  const reRender = () => {
    renderProgress();
    renderReport();
  };
  $('as-of').addEventListener('change', reRender);
  $('method').addEventListener('change', reRender);
  $('report-kind').addEventListener('change', () => {
    $('preview').title = t.reports[$('report-kind').value];
    renderReport();
  });
  $('save-shown').addEventListener('click', () => downloadReport($('report-kind').value));
  $('save-report').addEventListener('click', () => downloadReport('progress'));
  $('e-kind').addEventListener('change', showEntryFields);
  $('entry-form').addEventListener('submit', appendEntry);
  $('lang').addEventListener('change', () => {
    lang = $('lang').value;
    localStorage.setItem(STORE.lang, lang);
    applyLanguage();
  });
  for (const b of document.querySelectorAll('nav.tabs button')) {
    b.addEventListener('click', () => {
      for (const x of document.querySelectorAll('nav.tabs button')) x.classList.toggle('active', x === b);
      for (const p of document.querySelectorAll('section.panel')) p.classList.toggle('active', p.id === `panel-${b.dataset.tab}`);
      // Charts and reports want room: their tabs widen the side panel.
      document.querySelector('main').classList.toggle('wide', b.dataset.tab === 'progress' || b.dataset.tab === 'report');
      renderProgress();
      renderReport();
      followCursor();
    });
  }
  $('open').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', () => $('file').files[0] && openFile($('file').files[0]));
  $('example').addEventListener('click', () => {
    setLog(EXAMPLE_LOG, 'weissensee-2023.log.json');
    load(EXAMPLE, 'weissensee-2023.json');
  });
  $('empty').addEventListener('click', () => {
    setLog(null, null);
    load(TEMPLATE, t.empty);
  });
  const discard = () => {
    if (!window.confirm(t.confirmDiscard)) return;
    for (const k of [STORE.text, STORE.log, STORE.logName]) localStorage.removeItem(k);
    $('notice').classList.remove('shown');
    setLog(EXAMPLE_LOG, 'weissensee-2023.log.json');
    load(EXAMPLE, 'weissensee-2023.json');
    localStorage.removeItem(STORE.text);
  };
  $('discard').addEventListener('click', discard);
  $('notice-discard').addEventListener('click', discard);
  $('save-json').addEventListener('click', () => download(`${baseName()}.json`, view.state.doc.toString(), 'application/json'));
  $('save-csv').addEventListener('click', () => withConcept(() => {
    const name = $('csv-table').value;
    download(`${baseName()}-${name}.csv`, doc.tableCsv(name, asOf(), $('method').value, log, lang === 'de'), 'text/csv');
  }));
  // XLSX is a cargo feature of the wasm build (on by default, off in `--lean`).
  $('save-xlsx').hidden = typeof doc.workbook !== 'function';
  $('save-xlsx').addEventListener('click', () => withConcept(() => download(`${baseName()}.xlsx`, doc.workbook(asOf(), $('method').value, log),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')));

  const source = $('source');
  source.addEventListener('dragover', (e) => {
    e.preventDefault();
    source.classList.add('dragging');
  });
  source.addEventListener('dragleave', () => source.classList.remove('dragging'));
  source.addEventListener('drop', (e) => {
    e.preventDefault();
    source.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) openFile(file);
  });
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  document.body.dataset.error = String(e?.stack ?? e);
  status(String(e));
});
