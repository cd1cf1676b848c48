// The web build (pkg-web) in headless Chromium: the same findings as the node build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { ROOT, exampleNames, loadCases, triples } from './vectors.mjs';

const require = createRequire(import.meta.url);
const node = require('../../pkg-node/benn_wasm.js');

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Only these folders of the repo are served.
const SERVED = ['/pkg-web/', '/tests/web/', '/tests/vectors/', '/examples/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
};
const BROKEN = '{"format_version": 1, "titel": "x", "period": "2023/24", "action_fields": 3}';
// The example to validate: weissensee-2023.json when it exists, else the first one, else none.
const examples = exampleNames();
const EXAMPLE = examples.includes('weissensee-2023.json') ? 'weissensee-2023.json' : examples[0];
const FALLBACK = '{"format_version": 2, "id": "x y"}';
// Everything else validated in both builds: the broken examples and the vectors' inputs.
const brokenExamples = fs.existsSync(path.join(ROOT, 'examples', 'broken'))
  ? fs.readdirSync(path.join(ROOT, 'examples', 'broken')).filter((n) => n.endsWith('.json')).sort()
  : [];
const MORE = [
  ...examples.map((n) => ({ url: `examples/${n}` })),
  ...brokenExamples.map((n) => ({ url: `examples/broken/${n}` })),
  ...loadCases().map(({ name, expected }) => ({ url: `tests/vectors/${name}/input.json`, today: expected.options?.today,
    known: expected.options?.known_concepts })),
];

function serve(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const rel = path.posix.normalize(decodeURIComponent(url.pathname));
  const file = path.join(ROOT, rel);
  if (!SERVED.some((p) => rel.startsWith(p)) || !file.startsWith(ROOT + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
}

let server;
let browser;
let base;

before(async () => {
  server = http.createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('the web build gives the same findings as the node build', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/tests/web/browser.html`);
  await page.waitForFunction(() => window.__ready || window.__error, null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__error), undefined);

  const got = await page.evaluate(
    async ({ example, broken, fallback, more }) => {
      const load = async (url) => {
        const res = await fetch(`../../${url}`);
        if (!res.ok) throw new Error(`fetch ${url}: ${res.status}`);
        return new Uint8Array(await res.arrayBuffer());
      };
      const doc = example ? await load(`examples/${example}`) : fallback;
      const others = [];
      for (const { url, today, known } of more) others.push(window.benn.validate(await load(url), today, known));
      let badToday;
      try {
        window.benn.validate(broken, '2024-02-30');
      } catch (e) {
        badToday = { isError: e instanceof Error, message: e.message };
      }
      // Wrong types, a Date and a lone surrogate, in the browser's engine too.
      const thrown = (f) => {
        try {
          f();
          return null;
        } catch (e) {
          return { type: e instanceof TypeError ? 'TypeError' : e instanceof Error ? 'Error' : typeof e, code: e.code };
        }
      };
      const argumentErrors = [
        thrown(() => window.benn.validate(42)),
        thrown(() => window.benn.validate(null)),
        thrown(() => window.benn.validate(broken, new Date(NaN))),
        thrown(() => window.benn.validate(broken, Symbol('s'))),
        thrown(() => window.benn.validate(broken, 'x')),
      ];
      return {
        argumentErrors,
        byDate: window.benn.validate(broken, new Date(Date.UTC(2024, 5, 30, 23, 30))),
        lone: window.benn.validate('{"title": "\ud800"}').findings.map((f) => [f.code, f.offset]),
        example: window.benn.validate(doc),
        broken: window.benn.validate(broken),
        brokenToday: window.benn.validate(new TextEncoder().encode(broken), '2024-06-30'),
        badToday,
        codes: window.benn.codes().length,
        others,
      };
    },
    { example: EXAMPLE, broken: BROKEN, fallback: FALLBACK, more: MORE },
  );
  await page.close();

  const exampleDoc = EXAMPLE ? fs.readFileSync(path.join(ROOT, 'examples', EXAMPLE)) : FALLBACK;
  const want = { example: node.validate(exampleDoc), broken: node.validate(BROKEN) };
  assert.deepEqual(got.example.findings.map((f) => [f.code, f.pointer]), want.example.findings.map((f) => [f.code, f.pointer]));
  assert.deepEqual(got.broken.findings.map((f) => [f.code, f.pointer]), want.broken.findings.map((f) => [f.code, f.pointer]));
  // Not only codes and pointers: the whole reports are equal.
  assert.deepEqual(got.example, want.example);
  assert.deepEqual(got.broken, want.broken);
  assert.deepEqual(got.brokenToday, want.broken);
  assert.ok(triples(got.broken.findings).some(([code]) => code === 'field.unknown'));
  if (!EXAMPLE) assert.ok(got.example.findings.length > 0);
  assert.equal(got.badToday?.isError, true);
  assert.match(got.badToday.message, /today/);
  assert.equal(got.codes, node.codes().length);
  assert.deepEqual(got.argumentErrors, [
    { type: 'TypeError', code: 'argument.type' },
    { type: 'TypeError', code: 'argument.type' },
    { type: 'TypeError', code: 'argument.date' },
    { type: 'TypeError', code: 'argument.type' },
    { type: 'Error', code: 'argument.today' },
  ]);
  assert.deepEqual(got.byDate, node.validate(BROKEN, '2024-06-30'));
  assert.deepEqual(got.lone, [['json.utf8', 11]]);
  assert.deepEqual(errors, []);
  // The broken examples and every vector: the same reports in both builds.
  assert.equal(got.others.length, MORE.length);
  MORE.forEach(({ url, today, known }, i) => {
    assert.deepEqual(got.others[i], node.validate(fs.readFileSync(path.join(ROOT, url)), today, known), url);
  });
});
