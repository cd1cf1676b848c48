// The node build (pkg-node) against the shared vectors, and the shape of its results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { loadCases, triples, SUPPORTED_OPTIONS } from './vectors.mjs';

const require = createRequire(import.meta.url);
const benn = require('../../pkg-node/benn_wasm.js');

const BROKEN = '{"format_version": 1, "titel": "x"}';
const cases = loadCases();

test('vectors are read', (t) => {
  assert.ok(Array.isArray(cases));
  if (cases.length === 0) t.skip('no vectors in tests/vectors yet');
});

for (const { name, input, expected } of cases) {
  test(`vector ${name}`, () => {
    const options = expected.options ?? {};
    const unknown = Object.keys(options).filter((k) => !SUPPORTED_OPTIONS.has(k));
    assert.deepEqual(unknown, [], 'options the JS test does not pass on yet');
    const { findings } = benn.validate(input, options.today, options.known_concepts);
    assert.deepEqual(triples(findings), triples(expected.findings), expected.description);
    expected.findings.forEach((want, i) => {
      const got = findings[i];
      assert.ok(got.line >= 1 && got.column >= 1 && got.message.de && got.message.en);
      if (want.line !== undefined && want.column !== undefined) {
        assert.deepEqual([got.line, got.column], [want.line, want.column], `finding ${i}`);
      }
    });
  });
}

test('knownConcepts are checked, and resolve previous', () => {
  const doc = JSON.stringify({
    format_version: 2, id: 'b-2023', previous: 'a-2021',
    site: { name: 'BENN B', district: '09', site_type: 'benn', planning_areas: [] },
    period: { start: '2023-01', end: '2024-12' }, aim: 'Zusammenhalt', action_fields: [],
  });
  const own = { id: 'b-2023', period: { start: '2023-01', end: '2024-12' }, district: '09' };
  const other = { id: 'a-2021', period: { start: '2021-01', end: '2022-12' }, district: '03' };
  const codes = (known) => benn.validate(doc, null, known).findings.map((f) => f.code);
  assert.ok(codes([own, other]).includes('ref.previous'));
  assert.ok(!codes([own, { ...other, district: '09' }]).includes('ref.previous'));
  for (const bad of [5, 'x', {}, true]) {
    assert.throws(() => benn.validate(doc, null, bad), (e) => e instanceof TypeError && e.code === 'argument.type');
  }
  assert.throws(
    () => benn.validate(doc, null, [{ id: 'a' }]),
    (e) => e instanceof Error && e.code === 'argument.known_concepts' && /known_concepts\[0\]/.test(e.message),
  );
  assert.deepEqual(codes(undefined), codes(null));
});

test('validate returns plain objects', () => {
  const report = benn.validate(BROKEN);
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  for (const f of report.findings) assert.equal(Object.getPrototypeOf(f), Object.prototype);
  const unknown = report.findings.find((f) => f.code === 'field.unknown');
  assert.deepEqual([unknown.severity, unknown.pointer], ['error', '/titel']);
  assert.deepEqual([unknown.line, unknown.column, unknown.offset], [1, 23, 22]);
  assert.match(unknown.message.en, /title/);
  assert.notEqual(unknown.message.de, unknown.message.en);
});

test('strings, Buffers and Uint8Arrays give the same report', () => {
  const fromText = benn.validate(BROKEN);
  assert.deepEqual(benn.validate(Buffer.from(BROKEN)), fromText);
  assert.deepEqual(benn.validate(new TextEncoder().encode(BROKEN), '2024-06-30'), fromText);
  assert.equal(benn.validate(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])).findings[0].code, 'json.utf8');
  assert.equal(benn.validate('').findings[0].code, 'json.empty');
});

test('a bad today throws an Error with a code', () => {
  for (const today of ['2024-02-30', '30.06.2024', '']) {
    assert.throws(
      () => benn.validate(BROKEN, today),
      (e) =>
        e instanceof Error &&
        !(e instanceof TypeError) &&
        e.code === 'argument.today' &&
        /today/.test(e.message) &&
        e.message.includes(`\`${today}\``),
    );
  }
});

// A string with a lone surrogate: the code unit U+D800 between the quotes.
const LONE = '{"title": "\ud800"}';
// Every kind of wrong argument, and what it is called in the message.
const WRONG = [
  [42, 'a number'],
  [Number.NaN, 'a number'],
  [true, 'a boolean'],
  [{}, 'an object'],
  [[1], 'an array'],
  [new Date(0), 'a Date'],
  [null, 'null'],
  [undefined, 'undefined'],
  [Symbol('s'), 'a symbol'],
  [10n, 'a bigint'],
  [() => '{}', 'a function'],
  [new ArrayBuffer(2), 'an object'],
];

// The module still answers correctly after an error (no poisoned state).
function stillWorks() {
  const report = benn.validate(BROKEN, '2024-06-30');
  assert.deepEqual(triples(report.findings), triples(benn.validate(Buffer.from(BROKEN)).findings));
  assert.ok(report.findings.some((f) => f.code === 'field.unknown'));
  assert.ok(benn.codes().length > 0);
  assert.ok(benn.schema().$schema);
}

function isArgumentError(e, cls, code, pattern) {
  assert.ok(e instanceof cls, `${e} is a ${cls.name}`);
  assert.ok(e instanceof Error);
  assert.equal(e.code, code);
  assert.match(e.message, pattern);
  assert.doesNotMatch(e.message, /memory|unreachable|RuntimeError/);
  return true;
}

test('validate: data of another type is a TypeError with a code', () => {
  for (const [data, kind] of WRONG) {
    assert.throws(
      () => benn.validate(data),
      (e) => isArgumentError(e, TypeError, 'argument.type', new RegExp(`^validate: \`data\` must be a string or a Uint8Array, not ${kind}$`)),
    );
    stillWorks();
  }
});

test('validate: today of another type is a TypeError with a code', () => {
  for (const [today, kind] of WRONG) {
    if (today === null || today === undefined || today instanceof Date) continue;
    assert.throws(
      () => benn.validate(BROKEN, today),
      (e) => isArgumentError(e, TypeError, 'argument.type', new RegExp(`^validate: \`today\` must be a date string YYYY-MM-DD or a Date, not ${kind}$`)),
    );
    stillWorks();
  }
  // A bad today and bad data: data is checked first.
  assert.throws(() => benn.validate(42, 42), /`data`/);
});

test('validate: today may be left out, null, undefined or a Date (its day in UTC)', () => {
  const none = benn.validate(BROKEN);
  assert.deepEqual(benn.validate(BROKEN, undefined), none);
  assert.deepEqual(benn.validate(BROKEN, null), none);
  // A step marked done before it starts is only reported with a today.
  const byText = benn.validate(BROKEN, '2024-06-30');
  for (const date of [new Date('2024-06-30T00:00:00Z'), new Date('2024-06-30T23:59:59.999Z'), new Date(Date.UTC(2024, 5, 30, 12))]) {
    assert.deepEqual(benn.validate(BROKEN, date), byText);
  }
  assert.throws(
    () => benn.validate(BROKEN, new Date('not a date')),
    (e) => isArgumentError(e, TypeError, 'argument.date', /^validate: `today` is an invalid Date$/),
  );
  assert.throws(
    () => benn.validate(BROKEN, new Date(-62_167_219_200_001)),
    (e) => isArgumentError(e, Error, 'argument.today', /0000 to 9999/),
  );
  assert.throws(
    () => benn.validate(BROKEN, new Date(253_402_300_800_000)),
    (e) => isArgumentError(e, Error, 'argument.today', /0000 to 9999/),
  );
  // Within 0000–9999 the core decides, as for the same text.
  assert.throws(
    () => benn.validate(BROKEN, new Date('5000-01-01T00:00:00Z')),
    (e) => isArgumentError(e, Error, 'argument.today', /`5000-01-01`/),
  );
  stillWorks();
});

test('validate: a Date decides rules about the present like its text', () => {
  // An example with dated steps: today before and after gives different reports.
  const doc = fs.readFileSync(new URL('../../examples/weissensee-2023.json', import.meta.url));
  const days = ['2023-01-01', '2024-06-30', '2026-12-31'];
  const reports = days.map((day) => benn.validate(doc, day));
  days.forEach((day, i) => {
    assert.deepEqual(benn.validate(doc, new Date(`${day}T00:00:00Z`)), reports[i], day);
    assert.deepEqual(benn.validate(doc, new Date(`${day}T23:59:59Z`)), reports[i], day);
  });
  // The days matter to this example, so a wrong conversion would show.
  assert.notDeepEqual(reports[0], reports[2]);
});

test('validate: a lone surrogate is json.utf8 at its place, as in Python', () => {
  for (const text of [LONE, '{"title": "\udc00"}', '{"title": "x\ud83d"}']) {
    const { findings } = benn.validate(text);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].code, 'json.utf8');
    assert.equal(findings[0].severity, 'error');
    // The same bytes as Python's str.encode('utf-8', 'surrogatepass').
    const at = text.indexOf('x') >= 0 ? 12 : 11;
    assert.deepEqual([findings[0].line, findings[0].column, findings[0].offset], [1, at + 1, at]);
  }
  // Not a silent U+FFFD: a real U+FFFD, a pair and a lone surrogate differ.
  assert.deepEqual(benn.validate('{"title": "\ufffd"}'), benn.validate(Buffer.from('{"title": "\ufffd"}')));
  assert.ok(!benn.validate('{"title": "\ufffd"}').findings.some((f) => f.code === 'json.utf8'));
  assert.ok(!benn.validate('{"title": "\ud83d\ude00"}').findings.some((f) => f.code === 'json.utf8'));
  // A lone surrogate in today is no date.
  assert.throws(() => benn.validate(BROKEN, '2024-06-3\ud800'), (e) => isArgumentError(e, Error, 'argument.today', /today/));
  stillWorks();
});

test('validate: engines without String.prototype.isWellFormed find lone surrogates too', () => {
  const own = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
  const texts = [LONE, '{"title": "\ufffd"}', '{"title": "\ud83d\ude00"}'];
  const surrogates = (text) => benn.validate(text).findings.map((f) => [f.code, f.offset]);
  const withIt = texts.map(surrogates);
  delete String.prototype.isWellFormed;
  try {
    assert.equal(''.isWellFormed, undefined);
    const without = texts.map(surrogates);
    assert.deepEqual(without, withIt);
    assert.deepEqual(without[0], [['json.utf8', 11]]);
  } finally {
    Object.defineProperty(String.prototype, 'isWellFormed', own);
  }
  stillWorks();
});

test('schema and codes take no arguments and ignore extra ones', () => {
  for (const [extra] of WRONG) {
    assert.deepEqual(benn.schema(extra), benn.schema());
    assert.deepEqual(benn.codes(extra, extra), benn.codes());
  }
});

test('schema and codes are plain data', () => {
  const schema = benn.schema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const codes = benn.codes();
  assert.ok(Array.isArray(codes) && codes.length > 0);
  const slugs = new Set(codes.map((c) => c.code));
  assert.equal(slugs.size, codes.length);
  for (const c of codes) {
    assert.ok(['error', 'warning', 'advice'].includes(c.severity));
    assert.ok(c.description.de && c.description.en);
  }
  for (const f of benn.validate(BROKEN).findings) assert.ok(slugs.has(f.code), f.code);
});
