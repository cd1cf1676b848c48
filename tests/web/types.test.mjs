// The TypeScript declarations of the package: a usage file compiles with `tsc --noEmit --strict`,
// and the declarations name real types rather than `any`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './vectors.mjs';

const TSC = path.join(ROOT, 'tests', 'web', 'node_modules', '.bin', 'tsc');

test('the usage file compiles with tsc --noEmit --strict', { timeout: 120_000 }, () => {
  const dir = path.join(ROOT, 'tests', 'web', 'types');
  try {
    execFileSync(TSC, ['--noEmit', '--strict', '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('the declarations have no any', () => {
  for (const build of ['web', 'node']) {
    const dts = fs.readFileSync(path.join(ROOT, 'pkg', build, 'benn_wasm.d.ts'), 'utf8');
    // wasm-bindgen's own init declarations (web) may use `any` for the module; ours may not.
    const ours = dts.split('export type InitInput')[0];
    assert.doesNotMatch(ours, /:\s*any\b|<any>|any\[\]/, `${build}: an any in the declarations`);
    for (const name of ['validate', 'rollup', 'tableCsv', 'lor', 'version']) {
      assert.match(ours, new RegExp(`export function ${name}\\(`), `${build}: ${name}`);
    }
    assert.match(ours, /export class Document/);
  }
});
