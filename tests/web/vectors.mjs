// Shared by the node and browser tests: the repo's paths and the vectors
// (tests/vectors/<case>/{input.json,expected.json}), read exactly as the Rust and Python tests do.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VECTORS = path.join(ROOT, 'tests', 'vectors');
export const EXAMPLES = path.join(ROOT, 'examples');
export const SUPPORTED_OPTIONS = new Set(['today', 'known_concepts']);

/** Every case with an input.json, by name: `{ name, input: Buffer, expected }`.
 * Cases with a log file (`log.json`, whose findings they expect) are left out:
 * the bindings get log files in issues 7/8. */
export function loadCases() {
  if (!fs.existsSync(VECTORS)) return [];
  return fs
    .readdirSync(VECTORS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(VECTORS, d.name, 'input.json')))
    .filter((d) => !fs.existsSync(path.join(VECTORS, d.name, 'log.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      input: fs.readFileSync(path.join(VECTORS, name, 'input.json')),
      expected: JSON.parse(fs.readFileSync(path.join(VECTORS, name, 'expected.json'), 'utf8')),
    }));
}

/** The (code, severity, pointer) of each finding, in order. */
export const triples = (findings) => findings.map((f) => [f.code, f.severity, f.pointer]);

/** The example documents, by name (examples/*.json). */
export function exampleNames() {
  if (!fs.existsSync(EXAMPLES)) return [];
  // Concept documents only: log files (`*.log.json`) are checked against their concept.
  return fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.json') && !n.endsWith('.log.json')).sort();
}
