// The node build (pkg-node) against the shared vectors, and the shape of its results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
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
    const { findings } = benn.validate(input, options.today);
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

test('a bad today throws an Error', () => {
  for (const today of ['2024-02-30', '30.06.2024', '']) {
    assert.throws(
      () => benn.validate(BROKEN, today),
      (e) => e instanceof Error && /today/.test(e.message) && e.message.includes(`\`${today}\``),
    );
  }
});

test('other types throw a TypeError', () => {
  for (const data of [42, null, undefined, {}, [1]]) {
    assert.throws(() => benn.validate(data), TypeError);
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
