// Benchmark of the wasm build (issue 8, "Proof"): prints figures, asserts nothing.
// Run it through `scripts/bench-wasm.sh`, which builds the wasm packages and the native binary
// and writes the synthetic concepts:
//
//   node tests/web/bench.mjs BENN_BINARY CONCEPT.json...
//
// 1. node: benn-wasm `validate` (full validation from a JS string, pkg-node: the build for
//    speed, cargo opt-level 3 and wasm-opt -O3) against ajv's
//    structural validation of the same string (JSON.parse + an ajv 2020 validator compiled from
//    benn-core/schema/benn-concept.schema.json) and against the native `benn validate FILE`
//    (the process's wall time minus that of the same command on a 1-step concept, i.e. minus
//    process start, reading and printing).
// 2. headless Chromium (pkg-web: the build for size, opt-level z and -Oz): per keystroke on the Weißensee example and on the largest
//    concept given, `validate` of the edited text and the editor's `Document.setText` + `findings()`.
//
// Times are medians after a warm-up; wasm and ajv run alternately and wasm/ajv is the median of
// the per-round ratios. The machine is shared: the load average is printed with them.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, EXAMPLES } from './vectors.mjs';

const require = createRequire(import.meta.url);
const benn = require('../../pkg-node/benn_wasm.js');

const [binary, ...concepts] = process.argv.slice(2);
if (!binary || concepts.length === 0) {
  console.error('usage: node tests/web/bench.mjs BENN_BINARY CONCEPT.json... (see scripts/bench-wasm.sh)');
  process.exit(2);
}
const WEISSENSEE = path.join(EXAMPLES, 'weissensee-2023.json');
const files = [...concepts, WEISSENSEE];

/** Median time in ms of `f(i)` over `runs` calls after `warm` calls. */
function median(f, runs, warm = Math.max(3, runs >> 2)) {
  for (let i = 0; i < warm; i++) f(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/**
 * `f` and `g` alternately, `runs` times each after a warm-up: their median times in ms and the
 * median of the per-round ratios f/g. Pairs measured side by side keep the ratio steady when the
 * shared machine's speed drifts between rounds.
 */
function paired(f, g, runs, warm = Math.max(3, runs >> 2)) {
  for (let i = 0; i < warm; i++) { f(i); g(i); }
  const fs1 = [], gs = [], ratios = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(i);
    const t1 = performance.now();
    g(i);
    const t2 = performance.now();
    fs1.push(t1 - t0);
    gs.push(t2 - t1);
    ratios.push((t1 - t0) / Math.max(t2 - t1, 1e-3));
  }
  const mid = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return { a: mid(fs1), b: mid(gs), ratio: mid(ratios) };
}

/** Runs so that one file takes about `budgetMs` in all (at least 5, at most 400). */
function runsFor(onceMs, budgetMs) {
  return Math.min(400, Math.max(5, Math.round(budgetMs / Math.max(onceMs, 0.01))));
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'benn-core', 'schema', 'benn-concept.schema.json'), 'utf8'));
// The schema names schemars' number formats (uint16, uint32, int64, double), which ajv does not
// know: declared as always valid (the type `integer`/`number` and the bounds are still checked).
// Everything else is ajv's default (strict, first error only).
const formats = Object.fromEntries(['uint16', 'uint32', 'int64', 'double'].map((f) => [f, true]));
const ajvValidate = new Ajv2020({ formats }).compile(schema);

function native(file) {
  const t0 = performance.now();
  const run = spawnSync(binary, ['validate', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${binary} validate ${file}: exit ${run.status} ${run.stderr}`);
  return ms;
}

const tiny = path.join(path.dirname(path.resolve(concepts[0])), 'bench-tiny.json');
fs.writeFileSync(tiny, spawnSync(binary, ['synth', '1'], { encoding: 'utf8' }).stdout);
const startMs = median(() => native(tiny), 40);

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const f2 = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const rows = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const findings = benn.validate(text).findings.length;
  const ajvOk = ajvValidate(JSON.parse(text));
  if (!ajvOk) throw new Error(`ajv rejects ${file}: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);
  const t0 = performance.now();
  benn.validate(text);
  const once = performance.now() - t0;
  const runs = runsFor(once, 2000);
  const { a: wasmMs, b: ajvMs, ratio: wasmPerAjv } = paired(() => benn.validate(text), () => ajvValidate(JSON.parse(text)), runs);
  const wallMs = median(() => native(file), Math.min(runs, 20));
  // Below half a millisecond the difference is the noise of process start: no figure, no ratio.
  const nativeMs = wallMs - startMs >= 0.5 ? wallMs - startMs : null;
  rows.push({ file: path.basename(file), size: Buffer.byteLength(text), findings, wasmMs, ajvMs, wasmPerAjv, nativeMs, wallMs });
}

const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`benn-wasm validate in node ${process.version} (${os.cpus().length} cores, load average ${load})`);
console.log(`native: ${path.relative(ROOT, path.resolve(binary))} validate FILE minus ${f2(startMs)} ms for a 1-step concept (process start)`);
console.log('');
console.log('| document | size | findings | wasm validate | ajv (parse + schema) | native (process wall) | wasm/ajv | wasm/native |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.file} | ${kib(r.size)} | ${r.findings} | ${f2(r.wasmMs)} ms | ${f2(r.ajvMs)} ms | ` +
    `${r.nativeMs === null ? '< 0.5 ms' : `${f2(r.nativeMs)} ms`} (${f2(r.wallMs)} ms) | ` +
    `${r.wasmPerAjv.toFixed(2)}× | ${r.nativeMs === null ? 'n/a' : `${(r.wasmMs / r.nativeMs).toFixed(2)}×`} |`);
}

// ---- Chromium: per keystroke
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const rel = path.posix.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!rel.startsWith('/pkg-web/') && !rel.startsWith('/tests/web/')) return res.writeHead(403).end();
  fs.readFile(path.join(ROOT, rel), (err, body) =>
    err ? res.writeHead(404).end() : res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream' }).end(body));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/web/browser.html`);
  await page.waitForFunction(() => window.__ready || window.__error, null, { timeout: 90_000 });
  const error = await page.evaluate(() => window.__error);
  if (error) throw new Error(error);
  const largest = concepts.reduce((a, b) => (fs.statSync(a).size >= fs.statSync(b).size ? a : b));
  console.log('');
  console.log(`Chromium ${browser.version()}, per keystroke (one character of the concept's aim changes each time):`);
  console.log('');
  console.log('| document | size | validate(text) | Document.setText + findings() | JSON.parse alone |');
  console.log('|---|---|---|---|---|');
  for (const file of [WEISSENSEE, largest]) {
    const text = fs.readFileSync(file, 'utf8');
    const runs = fs.statSync(file).size > 1_000_000 ? 10 : 100;
    const got = await page.evaluate(({ text, runs }) => {
      const { validate, Document } = window.benn;
      const median = (f) => {
        for (let i = 0; i < Math.max(3, runs >> 2); i++) f(i);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          f(i);
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[runs >> 1];
      };
      const edits = Array.from({ length: 4 }, (_, i) => text.replace('"aim": "', `"aim": "${'x'.repeat(i)}`));
      const validateMs = median((i) => validate(edits[i % 4]));
      const doc = new Document(text);
      const documentMs = median((i) => {
        doc.setText(edits[i % 4]);
        doc.findings();
      });
      doc.free();
      const parseMs = median((i) => JSON.parse(edits[i % 4]));
      return { validateMs, documentMs, parseMs };
    }, { text, runs });
    console.log(`| ${path.basename(file)} | ${kib(Buffer.byteLength(text))} | ${f2(got.validateMs)} ms | ${f2(got.documentMs)} ms | ${f2(got.parseMs)} ms |`);
  }
  console.log('');
  console.log('Targets (issue 8): Weißensee per keystroke < 2 ms and the 10 000-step concept < 50 ms in Chromium; ' +
    'wasm/ajv ≤ 1.0× and wasm/native ≤ 2× in node.');
} finally {
  await browser.close();
  server.close();
  fs.rmSync(tiny, { force: true });
}
