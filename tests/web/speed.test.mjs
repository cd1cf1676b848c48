// Validation speed of the web build in headless Chromium, per keystroke on the Weißensee example:
// `validate` from a JS string, and the editor's path (`Document.setText` + `findings()`). Prints the
// figures; the bound asserted is loose (the machine's two cores are shared), the goal is 2 ms.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './vectors.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

let server;
let browser;
let base;
before(async () => {
  server = http.createServer((req, res) => {
    const rel = path.posix.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!rel.startsWith('/pkg-web/') && !rel.startsWith('/tests/web/')) return res.writeHead(403).end();
    fs.readFile(path.join(ROOT, rel), (err, body) =>
      err ? res.writeHead(404).end() : res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream' }).end(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

test('validating the example per keystroke', { timeout: 180_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/tests/web/browser.html`);
  await page.waitForFunction(() => window.__ready || window.__error, null, { timeout: 90_000 });
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'weissensee-2023.json'), 'utf8');
  const got = await page.evaluate((text) => {
    const { validate, Document } = window.benn;
    const median = (f) => {
      for (let i = 0; i < 20; i++) f(i); // warm up (the optimising tier)
      const times = [];
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now();
        f(i);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[30];
    };
    // Each keystroke changes the text: one character of the aim.
    const edits = Array.from({ length: 4 }, (_, i) => text.replace('"aim": "', `"aim": "${'x'.repeat(i)}`));
    const validateMs = median((i) => validate(edits[i % 4]));
    const doc = new Document(text);
    const documentMs = median((i) => {
      doc.setText(edits[i % 4]);
      doc.findings();
    });
    const parseMs = median(() => JSON.parse(text));
    doc.free();
    return { validateMs, documentMs, parseMs };
  }, text);
  console.log(`Weißensee example (${(text.length / 1024).toFixed(0)} KiB) per keystroke in Chromium: validate ${got.validateMs.toFixed(2)} ms, ` +
    `Document.setText + findings ${got.documentMs.toFixed(2)} ms (JSON.parse alone ${got.parseMs.toFixed(2)} ms)`);
  assert.ok(got.validateMs < 20 && got.documentMs < 20, JSON.stringify(got));
  await page.close();
});
