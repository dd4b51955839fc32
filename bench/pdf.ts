/**
 * GP summary PDF for two years of weekly check-ins (goal <= 50 ms, median), against a baseline of
 * pdfkit drawing one page of plain text in the same run. Timed end to end as the route does it:
 * `gpSummary()` from the stored record, then `renderGpSummaryPdf()` to the finished bytes.
 */
import { gpSummary, twoYearRecord } from '@handcheck/core';
import PDFDocument from 'pdfkit';
import { renderGpSummaryPdf } from '../packages/server/src/report/pdf';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

/** The baseline: one A4 page of 60 lines of plain Helvetica text, to the finished bytes. */
function plainTextPage(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 30, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  doc.font('Helvetica').fontSize(9);
  for (let i = 0; i < 60; i++)
    doc.text(`Line ${i + 1}: the quick brown fox jumps over the lazy dog, week ${i}.`);
  doc.end();
  return done;
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, max: times.at(-1) as number };
}

export async function runPdfBench(): Promise<BenchResult> {
  const record = twoYearRecord();
  const render = () => renderGpSummaryPdf(gpSummary(record, '2028-01-31'));
  // Warm-up: font metrics load, JIT.
  for (let i = 0; i < 5; i++) {
    await plainTextPage();
    await render();
  }
  const baseline = await median(30, plainTextPage);
  const pdf = await median(30, render);
  const bytes = (await render()).length;
  const goal = 50;
  return {
    name: 'pdf',
    summary:
      `pdf: GP summary for 104 weekly check-ins (2 pages, ${(bytes / 1024).toFixed(1)} KB) ` +
      `median ${pdf.median.toFixed(1)} ms, max ${pdf.max.toFixed(1)} ms ` +
      `(goal <= ${goal} ms: ${pdf.median <= goal ? 'met' : 'MISSED'}); ` +
      `baseline pdfkit page of plain text median ${baseline.median.toFixed(1)} ms; ` +
      `ratio ${(pdf.median / baseline.median).toFixed(1)}x`,
  };
}
