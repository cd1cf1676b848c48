// The README's JavaScript example runs as written against the node build (pkg-node),
// in the repository root, with `require` resolving from there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './vectors.mjs';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

test('the README has a JavaScript example', () => {
  assert.ok(blocks.length > 0, 'README.md has no ```js block');
});

blocks.forEach((code, i) => {
  test(`README js block ${i + 1} runs`, () => {
    const lines = [];
    const log = (...args) => lines.push(args.join(' '));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const run = new Function('require', 'console', code);
      run(createRequire(path.join(ROOT, 'README.md')), { ...console, log });
    } finally {
      process.chdir(cwd);
    }
    const out = lines.join('\n');
    assert.match(out, /error\[id\.duplicate\]/, out);
  });
});
