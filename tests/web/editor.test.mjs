// The offline editor (examples/web) in headless Chromium, opened from the folder (file://) with every
// network request refused: loads the example, shows findings, marks a broken edit at its line, jumps to
// it, adds a log entry, changes the as-of date, switches to English, downloads, keeps unsaved work.
// Screenshots go to target/artefacts/editor/. Needs scripts/build-wasm.sh and scripts/build-editor.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT } from './vectors.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const PAGE = path.join(ROOT, 'examples', 'web', 'index.html');
const BUNDLE = path.join(ROOT, 'examples', 'web', 'dist', 'editor.js');
const SHOTS = path.join(ROOT, 'target', 'artefacts', 'editor');

let browser;
before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => browser?.close());

test('page weight is at most 500 KiB brotli', () => {
  let total = 0;
  for (const f of [PAGE, BUNDLE]) {
    total += zlib.brotliCompressSync(fs.readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`editor page weight: ${(total / 1024).toFixed(1)} KiB brotli`);
  assert.ok(total <= 500 * 1024, `${total} bytes`);
});

test('the editor works offline, end to end', { timeout: 300_000 }, async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForFunction(() => document.body.dataset.ready || document.body.dataset.error, null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  // Twice: a first visit, and the page opened again (with the browser's code cache); the faster counts.
  const loads = [];
  for (let i = 0; i < 2; i++) {
    if (i > 0) {
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.ready || document.body.dataset.error, null, { timeout: 30_000 });
    }
    loads.push(await page.evaluate(() => ({ first: window.__firstFindingsMs, timings: window.__timings })));
  }
  const load = os.loadavg()[0];
  for (const [i, { first, timings }] of loads.entries()) {
    console.log(`load ${i + 1}: first findings of the example ${first.toFixed(0)} ms after navigation start (load average ` +
      `${load.toFixed(1)}; script ${timings.script.toFixed(0)} ms, wasm ready ${timings.wasm.toFixed(0)} ms, validated ${timings.document.toFixed(0)} ms)`);
  }
  // The figures are printed, not asserted: speed is measured by benchmarks (the budget is
  // 300 ms; see the README), never by a timed test. The test only requires that findings appear.
  assert.ok(loads.every((l) => Number.isFinite(l.first) && l.first > 0), 'first findings were shown');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.match(await page.textContent('#findings-summary'), /Fehler|Keine Befunde/);
  // Line numbers and the outline.
  assert.ok((await page.locator('.cm-lineNumbers .cm-gutterElement').count()) > 10);
  await page.click('nav.tabs button[data-tab="outline"]');
  assert.equal(await page.locator('#outline > li').count(), 4);
  await shot('1-example');

  // Break it: `aim` becomes `ziel`; the finding appears, at its line, marked in the margin and underlined.
  await page.click('nav.tabs button[data-tab="findings"]');
  const at = await page.evaluate(() => {
    const v = window.__editor;
    const from = v.state.doc.toString().indexOf('"aim"');
    v.dispatch({ changes: { from, to: from + 5, insert: '"ziel"' } });
    return { from, line: v.state.doc.lineAt(from).number };
  });
  const item = page.locator('#findings li[data-code="field.unknown"]');
  await item.waitFor({ timeout: 15_000 });
  assert.match(await item.textContent(), new RegExp(`Zeile ${at.line},`));
  await page.locator('.cm-lint-marker-error').first().waitFor({ timeout: 15_000 });
  assert.ok((await page.locator('.cm-lintRange-error').count()) > 0);
  // Hover shows the message and its hint.
  await page.locator('.cm-lintRange-error').first().hover();
  await page.locator('.cm-tooltip-hover, .cm-tooltip-lint').first().waitFor({ timeout: 15_000 });
  await shot('2-broken-hover');

  // Click the finding: the cursor jumps to it.
  await page.evaluate(() => window.__editor.dispatch({ selection: { anchor: 0 } }));
  await item.click();
  assert.equal(await page.evaluate(() => window.__editor.state.selection.main.head), at.from);
  await shot('2b-jumped');

  // Fix it: the finding goes.
  await page.evaluate(() => {
    const v = window.__editor;
    const from = v.state.doc.toString().indexOf('"ziel"');
    v.dispatch({ changes: { from, to: from + 6, insert: '"aim"' } });
  });
  await item.waitFor({ state: 'detached', timeout: 15_000 });

  // The outline follows the cursor.
  await page.click('nav.tabs button[data-tab="outline"]');
  const stepAt = await page.evaluate(() => {
    const v = window.__editor;
    const from = v.state.doc.toString().indexOf('"s-begegnung-1-2"');
    v.dispatch({ selection: { anchor: from + 3 }, scrollIntoView: true });
    return from;
  });
  assert.ok(stepAt > 0);
  assert.ok((await page.locator('#outline div.current').count()) === 1);
  assert.equal(await page.textContent('#path'), 'begegnung › z-begegnung-1 › s-begegnung-1-2');
  assert.equal(await page.textContent('#outline div.current .kind'), 's-begegnung-1-2');
  await shot('3-outline');

  // Progress, then a log entry that marks a step done: the progress rises; other text stays.
  await page.click('nav.tabs button[data-tab="progress"]');
  const before = await page.textContent('#overall');
  await page.fill('#as-of', '2023-12-31');
  await page.dispatchEvent('#as-of', 'change');
  const earlier = await page.textContent('#overall');
  assert.notEqual(earlier, before, 'the as-of date changes the progress');
  const textBefore = await page.evaluate(() => window.__editor.state.doc.toString());
  await page.click('nav.tabs button[data-tab="entry"]');
  await page.fill('#e-date', '2023-12-01');
  await page.selectOption('#e-kind', 'status');
  const step = await page.evaluate(() => {
    const options = [...document.querySelectorAll('#e-step option')].map((o) => o.value).filter(Boolean);
    return options[0];
  });
  await page.selectOption('#e-step', step);
  await page.selectOption('#e-status', 'done');
  await page.fill('#e-progress', '100');
  await page.fill('#e-note', 'Abgeschlossen (Test)');
  await page.click('#entry-form button[type="submit"]');
  await page.waitForFunction(() => /angehängt/.test(document.getElementById('entry-result').textContent));
  const textAfter = await page.evaluate(() => window.__editor.state.doc.toString());
  assert.ok(textAfter.length > textBefore.length);
  const cut = textAfter.indexOf('Abgeschlossen (Test)');
  assert.ok(cut > 0);
  assert.equal(textAfter.slice(0, 1000), textBefore.slice(0, 1000), 'the start of the text is untouched');
  await shot('4-entry');
  await page.click('nav.tabs button[data-tab="progress"]');
  const after = await page.textContent('#overall');
  assert.notEqual(after, earlier, `the entry changes the progress (${earlier} → ${after})`);
  await shot('5-progress');

  // The Gantt timeline from the core: one bar per step.
  const steps = await page.evaluate(() => {
    const c = JSON.parse(window.__editor.state.doc.toString());
    return c.action_fields.reduce((n, f) =>
      n + (f.steps ?? []).length + (f.goals ?? []).reduce((m, g) => m + (g.steps ?? []).length, 0), 0);
  });
  assert.ok(steps > 0);
  assert.equal(await page.locator('#gantt svg[data-chart="gantt"] [data-bar]').count(), steps, 'one Gantt bar per step');
  await page.locator('#gantt').scrollIntoViewIfNeeded();
  await shot('5b-gantt');

  // The Kurzfassung preview in its sandboxed frame shows the concept's title; then the progress report.
  const title = await page.evaluate(() => JSON.parse(window.__editor.state.doc.toString()).title);
  await page.click('nav.tabs button[data-tab="report"]');
  await page.selectOption('#report-kind', 'kurzfassung');
  assert.equal(await page.getAttribute('#preview', 'sandbox'), '', 'the preview runs no script');
  const frame = page.frameLocator('#preview');
  await frame.locator('h1').waitFor();
  assert.equal((await frame.locator('h1').textContent()).trim(), title);
  await shot('5c-kurzfassung');
  const [short] = await Promise.all([page.waitForEvent('download'), page.click('#save-shown')]);
  assert.match(short.suggestedFilename(), /-kurzfassung\.html$/);
  const shortHtml = fs.readFileSync(await short.path(), 'utf8');
  assert.ok(shortHtml.startsWith('<!DOCTYPE html>') && shortHtml.includes(title) && !/<script/i.test(shortHtml));
  await page.selectOption('#report-kind', 'progress');
  await frame.locator('svg[data-chart="gantt"]').waitFor();
  assert.equal(await frame.locator('svg[data-chart="gantt"] [data-bar]').count(), steps);
  await shot('5d-report');

  // English.
  await page.selectOption('#lang', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('nav.tabs button[data-tab="progress"]'), 'Progress');
  await page.click('nav.tabs button[data-tab="findings"]');
  await shot('6-english');

  // Downloads: the edited JSON, a CSV table and the workbook.
  const buttons = [['#save-json', /\.json$/], ['#save-csv', /\.csv$/], ['#save-report', /-bericht-\d{4}-\d\d-\d\d\.html$/]];
  if (await page.isVisible('#save-xlsx')) buttons.push(['#save-xlsx', /\.xlsx$/]);
  for (const [button, pattern] of buttons) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    assert.match(download.suggestedFilename(), pattern);
    const file = await download.path();
    const body = fs.readFileSync(file);
    assert.ok(body.length > 100, button);
    if (button === '#save-json') assert.ok(body.toString('utf8').includes('Abgeschlossen (Test)'));
  }

  // Reload: the unsaved edit is kept, and said so; discarding brings the example back.
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready);
  const kept = await page.evaluate(() => window.__editor.state.doc.toString());
  assert.ok(kept.includes('Abgeschlossen (Test)'));
  assert.ok(await page.isVisible('#notice'));
  await shot('7-restored');
  await page.click('#notice-discard');
  const fresh = await page.evaluate(() => window.__editor.state.doc.toString());
  assert.ok(!fresh.includes('Abgeschlossen (Test)'));
  assert.equal(await page.evaluate(() => localStorage.getItem('benn-editor:text')), null);

  assert.deepEqual(requests, [], 'nothing is fetched from outside');
  assert.deepEqual(errors, []);
  await context.close();
});
