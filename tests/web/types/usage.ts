// Compiled with `tsc --noEmit --strict` by types.test.mjs: every export used with its real types.
// A wrong type here (or an `any` that hides one) fails the test.
import init, {
  validate, validateLog, read, readLog, write, writeLog, appendEntry, state, rollup, shares, budget,
  indicators, coverage, compare, review, tableCsv, tableJsonl, workbook, lor, schema, logSchema, codes,
  version, kurzfassung, progressReport, chart, Document,
} from '../../../pkg/web/benn_wasm.js';
import type {
  BennError, BudgetReport, Comparison, ConceptDocument, ConceptState, Coverage, Finding, IndicatorReport,
  LocatedFinding, LogDocument, LorMatch, OutlineItem, ReportOptions, ChartName, Review, Rollup, Shares, Version,
} from '../../../pkg/web/benn_wasm.js';

declare const text: string;
declare const bytes: Uint8Array;

export async function main(): Promise<void> {
  await init();
  const doc0 = new Document(text);
  const findings: Finding[] = validate(text, new Date(), [{ id: 'a', period: { start: '2023-01', end: '2024-12' } }]).findings;
  const first: string | undefined = findings[0]?.message.de;
  const logFindings: Finding[] = validateLog(bytes, text, '2024-06-30').findings;
  const concept: ConceptDocument = read(text);
  const id: string = concept.id;
  const log: LogDocument = readLog(bytes);
  const canonical: string = write(concept) + writeLog(log);
  const appended: string = appendEntry(text, { date: '2024-03-01', kind: 'spending', step: 's1', spent_cents: 1200 });
  const s: ConceptState = state(text, '2024-06-30', bytes);
  const progress: number | null = s.steps[0]?.progress ?? null;
  const r: Rollup = rollup(text, new Date(), 'cost');
  const method: 'mean' | 'weight' | 'cost' = r.method;
  const sh: Shares = shares(text, '2024-06-30');
  const b: BudgetReport = budget(text, '2024-06-30', null);
  const left: number | null = b.years[0]?.left ?? null;
  const ind: IndicatorReport = indicators(text, '2024-06-30');
  const cov: Coverage = coverage(text);
  const cmp: Comparison = compare(text, bytes);
  const rev: Review = review(text, text, '2024-12-31');
  const csv: Uint8Array = tableCsv('budget', text, '2024-06-30', 'mean', null, true);
  const jsonl: string = tableJsonl('log', text, '2024-06-30', 'weight');
  const xlsx: Uint8Array | undefined = workbook ? workbook(text, '2024-06-30', 'mean') : doc0.workbook?.('2024-06-30', 'mean');
  const places: LorMatch[] = lor('Weißensee');
  const level: string = places[0]?.level ?? '';
  const sch: Record<string, unknown> = { ...schema(), ...logSchema() };
  const registry: string[] = codes().map((c) => c.code + c.severity + c.description.en);
  const v: Version = version();
  const opts: ReportOptions = { lang: 'en', method: 'weight', steps: true, recent: 5, format: 'html' };
  const short: string = kurzfassung(text, new Date(), opts);
  const report: string = progressReport(bytes, '2024-06-30', bytes, { lang: 'de' }) + progressReport(text, '2024-06-30');
  const which: ChartName = 'gantt';
  const svg: string = chart(which, text, '2024-06-30', null, opts) + doc0.chart('budget', new Date());
  const docReports: string = doc0.kurzfassung('2024-06-30') + doc0.progressReport('2024-06-30', null, { format: 'markdown' });
  doc0.free();

  const doc = new Document(text, '2024-06-30');
  doc.setText(bytes);
  doc.setToday(null);
  const located: LocatedFinding[] = doc.findingsAt(12);
  const range: number = located[0] ? located[0].to - located[0].from : 0;
  const outline: OutlineItem[] = doc.outline();
  const kinds: Array<'field' | 'goal' | 'step'> = doc.pathAt(40).map((i) => i.kind);
  const maybe: ConceptDocument | null = doc.concept();
  const newText: string = doc.appendEntry({ date: '2024-05-01', kind: 'progress', step: 's1', progress: 50 });
  const docRollup: Rollup = doc.rollup('2024-06-30', 'mean');
  const readable: boolean = doc.isReadable && doc.revision > 0 && doc.text.length > 0;
  doc.free();

  try {
    validate(text, 'not a day');
  } catch (e) {
    const err = e as BennError;
    const code: string = err.code;
    const more: Finding[] | undefined = err.findings;
    void [code, more];
  }
  void [first, logFindings, id, canonical, appended, progress, method, sh, left, ind, cov, cmp, rev, csv, jsonl,
    xlsx, level, sch, registry, v, short, report, svg, docReports, range, outline, kinds, maybe, newText, docRollup, readable];
}

// These must not compile: the expected errors are checked by types.test.mjs.
export function wrong(): void {
  // @ts-expect-error a number is no document
  validate(42);
  // @ts-expect-error the roll-up method is one of three
  rollup('', '2024-06-30', 'median');
  // @ts-expect-error the method is required
  rollup('', '2024-06-30');
  // @ts-expect-error there is no pie chart
  chart('pie', '', '2024-06-30');
  // @ts-expect-error reports are German or English
  kurzfassung('', '2024-06-30', { lang: 'fr' });
  // @ts-expect-error an unknown table
  tableCsv('nope', '', '2024-06-30', 'mean');
}
