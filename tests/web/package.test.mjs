// The whole node package (pkg-node): every export called with wrong types, then correctly;
// evaluation, tables, the document handle, the outline, appending a log entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './vectors.mjs';

const require = createRequire(import.meta.url);
const benn = require('../../pkg-node/benn_wasm.js');

const read = (name) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
const EX = read('weissensee-2023.json');
const LOG = read('weissensee-2023.log.json');
const NEXT = read('weissensee-2025.json');
const DAY = '2024-06-30';
const ENTRY = { date: '2024-03-01', kind: 'note', note: 'Auftakt' };

// Each export with arguments that work.
const FEATURES = benn.version().features;
const CALLS = {
  validate: [EX, DAY, null],
  validateLog: [LOG, EX, DAY],
  read: [EX],
  readLog: [LOG],
  write: [EX],
  writeLog: [LOG],
  appendEntry: [EX, ENTRY],
  state: [EX, DAY, LOG],
  rollup: [EX, DAY, 'mean', LOG],
  shares: [EX, DAY, LOG],
  budget: [EX, DAY, LOG],
  indicators: [EX, DAY, LOG],
  coverage: [EX],
  compare: [EX, NEXT],
  review: [EX, NEXT, '2024-12-31', LOG],
  tableCsv: ['steps', EX, DAY, 'mean', LOG, true],
  tableJsonl: ['log', EX, DAY, 'mean', LOG],
  ...(FEATURES.includes('xlsx') ? { workbook: [EX, DAY, 'mean', LOG] } : {}),
  ...(FEATURES.includes('report') ? {
    kurzfassung: [EX, DAY, { lang: 'en', steps: true }],
    progressReport: [EX, DAY, LOG, { lang: 'de', method: 'weight', recent: 3, format: 'html' }],
    chart: ['gantt', EX, DAY, LOG, { lang: 'en', method: 'cost' }],
  } : {}),
  lor: ['Weißensee'],
  schema: [],
  logSchema: [],
  codes: [],
  version: [],
};
// Values no argument of any export accepts.
const WRONG = [42, true, Symbol('s'), 10n, () => 1, [1]];
const CODES = new Set(['argument.type', 'argument.date', 'argument.value', 'argument.today', 'argument.known_concepts']);

function isCodedError(e, fn) {
  assert.ok(e instanceof Error, `${fn}: ${String(e)} is an Error`);
  assert.ok(CODES.has(e.code), `${fn}: code ${e.code}`);
  assert.match(e.message, new RegExp(`^${fn}: `));
  assert.doesNotMatch(e.message, /memory|unreachable|RuntimeError|undefined is not/);
  if (e.code === 'argument.type') assert.ok(e instanceof TypeError);
  return true;
}

test('every export is called with wrong types, then correctly', () => {
  const exported = Object.keys(benn).filter((k) => typeof benn[k] === 'function' && k !== 'Document');
  assert.deepEqual(exported.sort(), Object.keys(CALLS).sort(), 'the sweep covers every export');
  for (const [fn, good] of Object.entries(CALLS)) {
    for (let i = 0; i < good.length; i++) {
      for (const wrong of WRONG) {
        if (typeof wrong === typeof good[i]) continue; // a number offset, a boolean flag
        const args = good.slice();
        args[i] = wrong;
        assert.throws(() => benn[fn](...args), (e) => isCodedError(e, fn), `${fn} argument ${i}: ${String(wrong)}`);
      }
    }
    // Required arguments left out.
    const required = { validateLog: 2, appendEntry: 2, state: 2, rollup: 3, shares: 2, budget: 2, indicators: 2,
      compare: 2, review: 3, tableCsv: 4, tableJsonl: 4, workbook: 3, kurzfassung: 2, progressReport: 2,
      chart: 3 }[fn] ?? (good.length ? 1 : 0);
    if (required > 0) assert.throws(() => benn[fn](...good.slice(0, required - 1)), (e) => isCodedError(e, fn));
    // And the module still answers.
    const result = benn[fn](...good);
    assert.ok(result !== undefined && result !== null, fn);
  }
});

test('Document methods are checked too, and the handle stays usable', () => {
  const doc = new benn.Document(EX, DAY);
  const methods = {
    setText: [EX], setToday: [DAY], findingsAt: [10], pathAt: [10], appendEntry: [ENTRY],
    state: [DAY, LOG], rollup: [DAY, 'cost', LOG], shares: [DAY], budget: [DAY], indicators: [DAY],
    tableCsv: ['budget', DAY, 'mean', null, false],
    ...(FEATURES.includes('xlsx') ? { workbook: [DAY, 'weight'] } : {}),
    ...(FEATURES.includes('report') ? {
      kurzfassung: [DAY, { lang: 'en' }], progressReport: [DAY, LOG, { steps: false }],
      chart: ['shares', DAY, LOG, { lang: 'de' }],
    } : {}),
  };
  for (const [m, good] of Object.entries(methods)) {
    for (let i = 0; i < good.length; i++) {
      for (const wrong of WRONG) {
        if (typeof wrong === typeof good[i]) continue;
        const args = good.slice();
        args[i] = wrong;
        assert.throws(() => doc[m](...args), (e) => isCodedError(e, `Document\\.${m}`));
      }
    }
    assert.ok(doc[m](...good) !== null);
    assert.ok(doc.findings().length >= 0);
  }
  assert.throws(() => new benn.Document(42), (e) => e instanceof TypeError && e.code === 'argument.type');
  assert.throws(() => doc.findingsAt(-1), (e) => e.code === 'argument.value');
  assert.throws(() => doc.rollup(DAY, 'median'), (e) => e.code === 'argument.value' && /median/.test(e.message));
  assert.throws(() => doc.rollup('2024-02-30', 'mean'), (e) => e.code === 'argument.value' && /2024-02-30/.test(e.message));
  assert.throws(() => doc.state(new Date(NaN)), (e) => e instanceof TypeError && e.code === 'argument.date');
  doc.free();
});

test('results are plain objects with camelCase keys', () => {
  const s = benn.state(EX, DAY, LOG);
  assert.equal(Object.getPrototypeOf(s), Object.prototype);
  assert.equal(s.asOf, DAY);
  assert.ok('unassignedSpentCents' in s && s.steps.length > 0);
  assert.ok('progressSource' in s.steps[0] && 'spentCents' in s.steps[0]);
  const keys = (v, out = []) => {
    if (Array.isArray(v)) v.forEach((x) => keys(x, out));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), keys(x, out);
    return out;
  };
  for (const fn of ['state', 'rollup', 'shares', 'budget', 'indicators', 'coverage', 'compare', 'review', 'version', 'lor']) {
    const r = benn[fn](...CALLS[fn]);
    assert.deepEqual(keys(r).filter((k) => k.includes('_')), [], fn);
  }
  // A Date and its text give the same; the method is named in the result.
  assert.deepEqual(benn.rollup(EX, new Date('2024-06-30T18:00:00Z'), 'cost', LOG), benn.rollup(EX, DAY, 'cost', LOG));
  assert.equal(benn.rollup(EX, DAY, 'weight').method, 'weight');
  // The log file adds to the concept's own log: more money spent with it.
  assert.ok(benn.budget(EX, DAY, LOG).totalSpent > benn.budget(EX, DAY).totalSpent);
});

test('reading, writing and errors with findings', () => {
  const c = benn.read(EX);
  assert.equal(c.id, 'weissensee-2023');
  assert.equal(benn.write(c), benn.write(EX));
  assert.equal(benn.write(Buffer.from(EX)), benn.write(EX));
  assert.equal(benn.readLog(LOG).concept, 'weissensee-2023');
  assert.equal(benn.writeLog(benn.readLog(LOG)), benn.writeLog(LOG));
  assert.throws(
    () => benn.read('{"format_version": 1, "titel": "x"}'),
    (e) => e instanceof Error && e.code === 'read.invalid' && e.findings.some((f) => f.code === 'field.unknown'),
  );
  assert.throws(() => benn.state('{', DAY), (e) => e.code === 'read.invalid' && /^state: `concept`/.test(e.message));
  assert.throws(() => benn.state(EX, DAY, '{}'), (e) => e.code === 'read.invalid' && /`log`/.test(e.message));
  assert.deepEqual(benn.validateLog(LOG, EX).findings.filter((f) => f.severity === 'error'), []);
  const v = benn.version();
  assert.equal(v.formatVersion, 3);
  assert.ok(v.features.includes('csv'));
  assert.equal(benn.logSchema().$schema, benn.schema().$schema);
});

test('tables: CSV bytes, JSON Lines, an XLSX workbook', () => {
  const csv = benn.tableCsv('steps', EX, DAY, 'mean');
  assert.ok(csv instanceof Uint8Array);
  assert.match(new TextDecoder().decode(csv), /^field,goal,step,/);
  const de = new TextDecoder('utf-8', { ignoreBOM: true }).decode(benn.tableCsv('budget', EX, DAY, 'mean', LOG, true));
  assert.ok(de.startsWith('\ufeff') && de.includes(';'));
  const lines = benn.tableJsonl('log', EX, DAY, 'mean', LOG).trim().split('\n');
  assert.ok(lines.length > 10);
  JSON.parse(lines[0]);
  if (FEATURES.includes('xlsx')) {
    const xlsx = benn.workbook(EX, DAY, 'mean', LOG);
    assert.deepEqual([...xlsx.slice(0, 2)], [0x50, 0x4b]);
  } else {
    assert.equal(benn.workbook, undefined);
  }
  assert.throws(() => benn.tableCsv('nope', EX, DAY, 'mean'), (e) => e.code === 'argument.value' && /steps, goals/.test(e.message));
});

test('appendEntry adds to the log and leaves every other byte', () => {
  const out = benn.appendEntry(EX, { ...ENTRY, step: undefined });
  const before = benn.read(EX).log ?? [];
  const after = benn.read(out).log;
  assert.equal(after.length, before.length + 1);
  assert.match(after.at(-1).id, /^e-2024-03-01-\d+$/);
  const cut = EX.lastIndexOf(']');
  assert.equal(out.slice(0, 200), EX.slice(0, 200));
  assert.ok(cut > 0);
  assert.throws(
    () => benn.appendEntry(EX, { date: '2024-13-01', kind: 'note' }),
    (e) => e.code === 'argument.entry' && e.findings.length > 0,
  );
});

test('appendEntry: an entry as an object or JSON text, with or without id; anything else is refused', () => {
  const mine = { ...ENTRY, id: 'e-mine' };
  const copy = structuredClone(ENTRY);
  assert.equal(benn.read(benn.appendEntry(EX, mine)).log.at(-1).id, 'e-mine');
  assert.match(benn.read(benn.appendEntry(EX, JSON.stringify(ENTRY))).log.at(-1).id, /^e-2024-03-01-\d+$/);
  // The caller's object gets no id of its own.
  benn.appendEntry(EX, ENTRY);
  assert.deepEqual(ENTRY, copy);
  for (const bad of ['[1]', '{"date": ', '"x"', 'null']) {
    assert.throws(
      () => benn.appendEntry(EX, bad),
      (e) => e.code === 'argument.value' && /`entry` is no JSON object/.test(e.message),
      bad,
    );
  }
});

test('findings keep their key order and get camelCase keys, also in their context', () => {
  const text = EX.replace('"start": "2023-03"', '"start": "2019-03"');
  const check = (f) => {
    assert.deepEqual(Object.keys(f).slice(0, 6), ['code', 'severity', 'pointer', 'line', 'column', 'offset']);
    assert.ok(!Object.keys(f.context ?? {}).some((k) => k.includes('_')), JSON.stringify(f.context));
  };
  const { findings } = benn.validate(text);
  const outside = findings.find((f) => f.code === 'time.outside_period');
  assert.deepEqual([outside.context.periodStart, outside.context.periodEnd], ['2023-01', '2024-12']);
  assert.ok(findings.some((f) => f.code === 'budget.year_missing' && f.context.plannedCents > 0));
  findings.forEach(check);
  // Texts keep their underscores: only keys change.
  const dup = benn.validate('{"format_version": 1, "format_version": 1}').findings.find((f) => f.code === 'json.duplicate_key');
  assert.equal(dup.context.field, 'format_version');
  const doc = new benn.Document(text);
  const located = doc.findings();
  assert.deepEqual(located.map((f) => f.code), findings.map((f) => f.code));
  located.forEach(check);
  assert.deepEqual(Object.keys(located[0]).slice(-2), ['from', 'to']);
  assert.deepEqual(doc.findingsAt(text.length + 5), []);
  doc.free();
});

test('lor: codes and names', () => {
  const [m] = benn.lor('Weissensee-Ost');
  assert.deepEqual([m.code, m.kind, m.level], ['035010', 'normalized', 'district_region']);
  assert.equal(benn.lor('Buhringstrase')[0].distance, 1);
  assert.deepEqual(benn.lor('Atlantis'), []);
});

test('the document handle: findings at UTF-16 offsets, outline, path, edits', () => {
  const doc = new benn.Document(EX);
  assert.equal(doc.revision, 1);
  assert.ok(doc.isReadable);
  const outline = doc.outline();
  assert.equal(outline.length, 4);
  const step = outline[0].children[0].children[0];
  assert.equal(step.kind, 'step');
  // from/to count UTF-16 units: the text between them is the step's object.
  const body = EX.slice(step.from, step.to);
  assert.ok(body.startsWith('{') && body.endsWith('}'));
  assert.equal(JSON.parse(body).id, step.id);
  assert.deepEqual(doc.pathAt(step.from + 1).map((i) => i.kind), ['field', 'goal', 'step']);
  // A typo: the finding is where the typo is, in UTF-16 units, also after non-ASCII text.
  const broken = EX.replace('"aim"', '"ziel"');
  doc.setText(broken);
  assert.equal(doc.revision, 2);
  assert.ok(!doc.isReadable);
  const typo = doc.findings().find((f) => f.code === 'field.unknown');
  assert.equal(broken.slice(typo.from, typo.to), '"ziel"');
  assert.ok(doc.findingsAt(typo.from).some((f) => f.code === 'field.unknown'));
  assert.throws(() => doc.rollup(DAY, 'mean'), (e) => e.code === 'read.invalid' && e.findings.length > 0);
  assert.equal(doc.concept(), null);
  doc.setText(EX);
  const text = doc.appendEntry({ date: '2024-05-02', kind: 'progress', step: step.id, progress: 60 });
  assert.equal(doc.text, text);
  assert.equal(doc.state('2024-06-30').steps.find((s) => s.id === step.id).progress, 60);
  assert.equal(doc.canonical(), benn.write(text));
  doc.free();
});

test('the document handle keeps bytes that are not UTF-8 as they are', () => {
  const doc = new benn.Document(new Uint8Array([0x7b, 0xff, 0x7d]), DAY);
  assert.equal(doc.text, '{\uFFFD}');
  assert.equal(doc.findings()[0].code, 'json.utf8');
  // Validated again from the bytes, not from the text with U+FFFD (which would be a syntax error).
  doc.setToday(null);
  assert.deepEqual(doc.findings().map((f) => f.code), ['json.utf8']);
  assert.equal(doc.text, '{\uFFFD}');
  doc.free();
});

test('UTF-16 offsets after characters outside the BMP', () => {
  const doc = new benn.Document(EX.replace('"aim": "', '"aim": "😀ä '));
  const again = new benn.Document(EX);
  const a = doc.outline()[1];
  const b = again.outline()[1];
  assert.equal(a.from - b.from, 4); // 😀 is two units, ä one, the space one
  assert.equal(a.start - b.start, 4 + 2 + 1);
});
