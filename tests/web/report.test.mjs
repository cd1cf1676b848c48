// Reports in headless Chromium: every example's reports, rendered by the
// `benn` binary as standalone HTML, load without console errors and without
// any request leaving the page; each chart is there with its bars (one Gantt
// bar per step); the hostile concept runs no script. Screenshots (PNG) and
// PDFs land in target/artefacts/reports/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ROOT, exampleNames } from './vectors.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = path.join(ROOT, 'target', 'artefacts', 'reports');

// The benn binary: BENN_BIN, else the debug or release build in the target
// folder (CARGO_TARGET_DIR or target/), else built now.
function findBenn() {
  if (process.env.BENN_BIN) return process.env.BENN_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target');
  const candidates = ['debug', 'release'].map((p) => path.join(target, p, 'benn'));
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  execFileSync('cargo', ['build', '-q', '-p', 'benn-core', '--bin', 'benn'], { cwd: ROOT, stdio: 'inherit' });
  return candidates[0];
}

const concepts = exampleNames().filter((n) => !n.endsWith('.log.json'));
const read = (rel) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
const stepsOf = (c) => c.action_fields.reduce((n, f) =>
  n + (f.steps ?? []).length + (f.goals ?? []).reduce((m, g) => m + (g.steps ?? []).length, 0), 0);
// The day each example is reported on (its period's tracking runs to then).
const DAYS = { 'weissensee-2023.json': '2024-06-30' };
const dayOf = (name) => DAYS[name] ?? '2026-11-22';

let benn;
let browser;

before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  benn = findBenn();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
});

/** Runs `benn report ARGS -o OUT/name.html` and returns the file's path. */
function render(name, args) {
  const file = path.join(OUT, `${name}.html`);
  execFileSync(benn, ['report', ...args, '-o', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return file;
}

/** Opens `file`, checks the page is self-contained and quiet, runs `check`,
 * and saves a screenshot and a PDF next to it. */
async function open(file, check) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  const left = [];
  const dialogs = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:')) left.push(u);
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
    left.push(u);
    return route.abort();
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const facts = await page.evaluate(() => ({
    pwned: window.__pwned,
    scripts: document.querySelectorAll('script').length,
    imgs: document.querySelectorAll('img, iframe, object, embed, link').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    hrefs: [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
    styles: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(errors, [], `${file}: console errors`);
  assert.deepEqual(left, [], `${file}: requests that leave the page`);
  assert.deepEqual(dialogs, [], `${file}: dialogs`);
  assert.equal(facts.pwned, undefined, `${file}: a script ran`);
  assert.equal(facts.scripts, 0);
  assert.equal(facts.imgs, 0);
  assert.equal(facts.handlers, 0);
  assert.equal(facts.styles, 1);
  for (const h of facts.hrefs) assert.match(h, /^https?:\/\//, `${file}: link ${h}`);
  await check?.(page);
  const base = file.replace(/\.html$/, '');
  await page.screenshot({ path: `${base}.png`, fullPage: true });
  await page.pdf({ path: `${base}.pdf`, format: 'A4', printBackground: true });
  assert.ok(fs.statSync(`${base}.pdf`).size > 1000);
  await page.close();
}

const bars = (page, chart) => page.$$eval(`svg[data-chart="${chart}"] [data-bar]`, (els) => els.length);
const charts = (page, chart) => page.$$eval(`svg[data-chart="${chart}"]`, (els) => els.length);

for (const name of concepts) {
  const stem = name.replace(/\.json$/, '');
  const concept = read(`examples/${name}`);
  const log = name.replace(/\.json$/, '.log.json');
  const logArgs = fs.existsSync(path.join(ROOT, 'examples', log)) ? ['--log', `examples/${log}`] : [];
  for (const lang of ['de', 'en']) {
    test(`progress report of ${name} (${lang}) in Chromium`, async () => {
      const file = render(`${stem}.progress.${lang}`,
        [`examples/${name}`, ...logArgs, '--as-of', dayOf(name), '--lang', lang]);
      await open(file, async (page) => {
        assert.equal(await page.$eval('main', (m) => m.dataset.report), 'progress');
        assert.equal(await bars(page, 'gantt'), stepsOf(concept), 'one Gantt bar per step');
        assert.equal(await page.$$eval('svg[data-chart="gantt"] [data-marker="as-of"]', (e) => e.length) >= 1, true);
        assert.equal(await bars(page, 'progress'), concept.action_fields.length);
        const budget = await bars(page, 'budget');
        assert.ok(budget >= 2 && budget % 2 === 0, `budget bars: ${budget}`);
        assert.ok(await bars(page, 'shares') >= 1);
        for (const kind of ['gantt', 'budget', 'progress', 'shares']) {
          assert.ok(await charts(page, kind) >= 1, kind);
          const named = await page.$$eval(`svg[data-chart="${kind}"]`, (els) => els.every((s) =>
            s.getAttribute('role') === 'img' && s.getAttribute('aria-label') && s.querySelector('title') && s.querySelector('desc')));
          assert.ok(named, `${kind}: role, aria-label, title, desc`);
        }
        // Every bar is drawn with a size.
        const empty = await page.$$eval('svg[data-chart="gantt"] [data-bar]', (els) =>
          els.filter((e) => !(Number(e.getAttribute('width')) > 0)).length);
        assert.equal(empty, 0);
      });
    });
  }
  test(`Kurzfassung of ${name} in Chromium`, async () => {
    const file = render(`${stem}.kurzfassung.de`, [`examples/${name}`, '--kind', 'short', '--steps', '--as-of', dayOf(name)]);
    await open(file, async (page) => {
      assert.equal(await page.$eval('main', (m) => m.dataset.report), 'kurzfassung');
      const fields = await page.$$eval('#fields h3', (els) => els.length);
      assert.equal(fields, concept.action_fields.length);
    });
  });
}

test('comparison and review in Chromium', async () => {
  const file = render('review.de', ['--compare', 'examples/weissensee-2023.json', 'examples/weissensee-2025.json',
    '--log', 'examples/weissensee-2023.log.json', '--as-of', '2024-12-31']);
  await open(file, async (page) => {
    assert.equal(await page.$eval('main', (m) => m.dataset.report), 'review');
  });
});

test('portfolio in Chromium: a small chart per site', async () => {
  const file = render('portfolio.de', ['--portfolio', 'examples', '--as-of', '2026-11-22']);
  await open(file, async (page) => {
    assert.equal(await charts(page, 'strip'), concepts.length + 1);
  });
});

test('a hostile concept runs no script and loads nothing', async () => {
  const hostile = 'tests/web/fixtures/hostile-2023.json';
  const concept = read(hostile);
  for (const [name, args] of [
    ['hostile.progress.de', [hostile, '--as-of', '2024-06-30']],
    ['hostile.kurzfassung.en', [hostile, '--kind', 'short', '--steps', '--lang', 'en', '--as-of', '2024-06-30']],
    ['hostile.review.de', ['--compare', hostile, hostile, '--as-of', '2024-06-30']],
  ]) {
    const file = render(name, args);
    await open(file, async (page) => {
      // The traps are there, as text.
      const text = await page.$eval('main', (m) => m.textContent);
      assert.ok(text.includes('<script>window.__pwned'), 'the script is shown as text');
      if (name.includes('progress')) {
        assert.equal(await bars(page, 'gantt'), stepsOf(concept));
        const titles = await page.$$eval('svg[data-chart="gantt"] g.row > title', (els) => els.map((e) => e.textContent));
        assert.ok(titles.some((t) => t.includes('</svg><svg onload=')), 'tooltips hold the full text');
      }
    });
  }
});
