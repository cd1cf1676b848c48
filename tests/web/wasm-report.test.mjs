// Reports from the wasm package (pkg-node) are the bytes the `benn` binary writes for the same
// concept, log, day and options: one core, so the page shows what the CLI prints. Also the
// options' checks, the Document methods, and the report's safety (no script, escaped text).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { ROOT } from './vectors.mjs';

const require = createRequire(import.meta.url);
const benn = require('../../pkg-node/benn_wasm.js');

const EX = 'examples/weissensee-2023.json';
const LOG = 'examples/weissensee-2023.log.json';
const DAY = '2024-06-30';
const text = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const HAS_REPORT = benn.version().features.includes('report');

// The benn binary, found as tests/web/report.test.mjs finds it: BENN_BIN, else the debug or
// release build in the target folder (CARGO_TARGET_DIR or target/), else built now.
function findBenn() {
  if (process.env.BENN_BIN) return process.env.BENN_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target');
  const candidates = ['debug', 'release'].map((p) => path.join(target, p, 'benn'));
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  execFileSync('cargo', ['build', '-q', '-p', 'benn-core', '--bin', 'benn'], { cwd: ROOT, stdio: 'inherit' });
  return candidates[0];
}

let cli;
before(() => {
  const bin = findBenn();
  const env = { ...process.env };
  delete env.BENN_LANG; // German unless --lang says otherwise, as the package
  cli = (args) => execFileSync(bin, ['report', ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 26 });
});

test('the Kurzfassung and the progress report are the CLI\'s bytes', { skip: !HAS_REPORT }, () => {
  const concept = text(EX);
  const log = text(LOG);
  for (const lang of ['de', 'en']) {
    for (const method of ['mean', 'weight', 'cost']) {
      const html = benn.progressReport(concept, DAY, log, { lang, method });
      assert.equal(html, cli([EX, '--log', LOG, '--as-of', DAY, '--lang', lang, '--method', method]), `progress ${lang} ${method}`);
    }
    assert.equal(benn.kurzfassung(concept, DAY, { lang }), cli([EX, '--kind', 'short', '--as-of', DAY, '--lang', lang]));
    assert.equal(benn.kurzfassung(concept, DAY, { lang, steps: true }),
      cli([EX, '--kind', 'short', '--steps', '--as-of', DAY, '--lang', lang]));
    assert.equal(benn.progressReport(concept, DAY, log, { lang, format: 'markdown' }),
      cli([EX, '--log', LOG, '--as-of', DAY, '--lang', lang, '--format', 'md']));
  }
  // An example with its log embedded, on another day, by the defaults (German, mean).
  const allende = 'examples/allende-viertel-2025.json';
  assert.equal(benn.progressReport(text(allende), '2026-11-22'), cli([allende, '--as-of', '2026-11-22']));
  // Bytes and a Date give the same as text and its day.
  const bytes = (rel) => fs.readFileSync(path.join(ROOT, rel));
  assert.equal(benn.progressReport(bytes(EX), new Date('2024-06-30T23:00:00Z'), bytes(LOG)),
    benn.progressReport(concept, DAY, log));
});

test('each chart is the CLI\'s SVG (without its final newline)', { skip: !HAS_REPORT }, () => {
  const concept = text(EX);
  const log = text(LOG);
  const steps = benn.state(concept, DAY, log).steps.length;
  for (const name of ['gantt', 'budget', 'progress', 'shares']) {
    for (const lang of ['de', 'en']) {
      const svg = benn.chart(name, concept, DAY, log, { lang, method: 'weight' });
      assert.ok(svg.startsWith('<svg') && svg.includes(`data-chart="${name}"`), name);
      assert.equal(svg + '\n', cli([EX, '--log', LOG, '--as-of', DAY, '--lang', lang, '--method', 'weight', '--chart', name]),
        `${name} ${lang}`);
    }
  }
  assert.equal(benn.chart('gantt', concept, DAY, log).match(/data-bar=/g).length, steps, 'one Gantt bar per step');
});

test('the Document methods give the same as the free functions', { skip: !HAS_REPORT }, () => {
  const concept = text(EX);
  const log = text(LOG);
  const doc = new benn.Document(concept);
  assert.equal(doc.kurzfassung(DAY, { lang: 'en' }), benn.kurzfassung(concept, DAY, { lang: 'en' }));
  assert.equal(doc.progressReport(DAY, log, { recent: 2 }), benn.progressReport(concept, DAY, log, { recent: 2 }));
  assert.equal(doc.chart('budget', DAY, log), benn.chart('budget', concept, DAY, log));
  doc.setText(concept.replace('"aim"', '"ziel"'));
  assert.throws(() => doc.kurzfassung(DAY), (e) => e.code === 'read.invalid' && e.findings.length > 0);
  assert.throws(() => doc.chart('gantt', DAY), (e) => e.code === 'read.invalid');
  doc.setText(concept);
  assert.ok(doc.chart('gantt', DAY).startsWith('<svg'));
  doc.free();
});

test('report options are checked', { skip: !HAS_REPORT }, () => {
  const concept = text(EX);
  const value = (message) => (e) =>
    e instanceof Error && !(e instanceof TypeError) && e.code === 'argument.value' && message.test(e.message);
  const type = (e) => e instanceof TypeError && e.code === 'argument.type';
  assert.throws(() => benn.kurzfassung(concept, DAY, { lang: 'fr' }), value(/^kurzfassung: .*options\.lang.*fr/));
  assert.throws(() => benn.kurzfassung(concept, DAY, { language: 'en' }), value(/no option `language`/));
  assert.throws(() => benn.progressReport(concept, DAY, null, { method: 'median' }), value(/^progressReport: .*median/));
  assert.throws(() => benn.progressReport(concept, DAY, null, { format: 'pdf' }), value(/pdf/));
  assert.throws(() => benn.progressReport(concept, DAY, null, { recent: -1 }), value(/recent/));
  assert.throws(() => benn.chart('pie', concept, DAY), value(/^chart: no chart `pie`/));
  assert.throws(() => benn.kurzfassung(concept, DAY, { lang: 42 }), type);
  assert.throws(() => benn.kurzfassung(concept, DAY, { steps: 'yes' }), type);
  assert.throws(() => benn.kurzfassung(concept, DAY, new Date()), type);
  assert.throws(() => benn.kurzfassung(concept, new Date(NaN)), (e) => e instanceof TypeError && e.code === 'argument.date');
  assert.throws(() => benn.kurzfassung(concept, '2024-02-30'), value(/2024-02-30/));
  // Left-out options are the defaults, and the module still answers.
  assert.equal(benn.kurzfassung(concept, DAY, {}), benn.kurzfassung(concept, DAY, null));
  assert.equal(benn.kurzfassung(concept, DAY, { lang: undefined }), benn.kurzfassung(concept, DAY));
});

test('a hostile concept\'s report runs no script', { skip: !HAS_REPORT }, () => {
  const c = JSON.parse(text(EX));
  c.title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const html = benn.kurzfassung(JSON.stringify(c), DAY);
  assert.doesNotMatch(html, /<script|<img/i);
  assert.ok(html.includes('&lt;script&gt;'));
  const svg = benn.chart('gantt', JSON.stringify(c), DAY);
  assert.doesNotMatch(svg, /<script|<img/i);
});
