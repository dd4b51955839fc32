/**
 * Page 2 of the GP summary PDF: every check-in as a compact table (date, week since the medicine
 * started, worst severity, areas marked, red flag), what its columns mean, and the full citations
 * behind page 1's footnote numbers.
 */
import { type GpSummary, SOURCES } from '@handcheck/core';
import type { Footnotes } from './footnotes';
import { A4, C, type Doc, heading, M, W } from './layout';
import { winAnsi } from './winAnsi';

export function appendix(doc: Doc, s: GpSummary, footnotes: Footnotes): void {
  doc.addPage({ size: 'A4', margins: { top: M, left: M, right: M, bottom: 8 } });
  let y = heading(doc, `Check-ins (${s.checkIns.length})`, M, M, W);
  // Citations go at the bottom at a fixed size; the check-in table takes the room above them.
  const citations = footnotes.list().map(({ n, id }) => winAnsi(`${n}. ${SOURCES[id].citation}`));
  // Sized by an upper bound on characters per line rather than measured (measuring every citation
  // costs as much as drawing it): Helvetica averages well under 0.56 em per character.
  doc.font('Helvetica').fontSize(5.8);
  const lineH = doc.currentLineHeight(true);
  const charsPerLine = Math.floor(W / (0.56 * 5.8));
  const citeH = citations.reduce((h, c) => h + Math.ceil(c.length / charsPerLine) * lineH + 0.8, 0) + 14;
  const footerTop = A4.height - M - 22;
  // Room for the line that says what the columns mean.
  const tableBottom = footerTop - citeH - 8 - 12;
  const rowH = 8.5;
  const cols = 4;
  const colW = W / cols;
  const rowsPerCol = Math.max(1, Math.floor((tableBottom - y - rowH) / rowH));
  const capacity = rowsPerCol * cols;
  const rows = s.checkIns.slice(-capacity);
  if (rows.length < s.checkIns.length) {
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(C.soft)
      .text(`Latest ${rows.length} shown; all are in HandCheck.`, M + 120, M + 1);
  }
  const head = ['Date', 'Week', 'Worst', 'Areas', 'Red flag'];
  const cx = [0, 42, 63, 84, 104];
  for (let c = 0; c < Math.min(cols, Math.ceil(rows.length / rowsPerCol)); c++) {
    doc.font('Helvetica-Bold').fontSize(6.5).fillColor(C.soft);
    head.forEach((h, i) => {
      doc.text(h, M + c * colW + (cx[i] as number), y, { lineBreak: false });
    });
  }
  y += rowH;
  // One text call per column of cells (not per cell): rows are spaced by the line gap.
  doc.font('Helvetica').fontSize(6.8);
  const lineGap = rowH - doc.currentLineHeight(true);
  for (let c = 0; c * rowsPerCol < rows.length; c++) {
    const chunk = rows.slice(c * rowsPerCol, (c + 1) * rowsPerCol);
    const cells = [
      chunk.map((r) => r.date),
      chunk.map((r) => (r.week === null ? '' : String(r.week))),
      chunk.map((r) => String(r.maxSeverity)),
      chunk.map((r) => String(r.areas)),
      chunk.map((r) => (r.redFlags > 0 ? 'red flag' : '')),
    ];
    cells.forEach((column, j) => {
      doc
        .fillColor(j === 4 ? C.flagLine : C.ink)
        .text(column.join('\n'), M + c * colW + (cx[j] as number), y, { lineGap, width: 60 });
    });
  }
  const tableEnd = Math.min(tableBottom, y + Math.min(rows.length, rowsPerCol) * rowH);
  doc
    .font('Helvetica')
    .fontSize(6.5)
    .fillColor(C.soft)
    .text(
      winAnsi(
        `Week: whole weeks since starting the aromatase inhibitor${s.medicine ? '' : ' (none recorded: since the first check-in)'}. Worst: the highest 0-10 severity marked that day. Areas: how many areas were marked. Red flag: that check-in raised a warning sign (named on page 1 when recent).`,
      ),
      M,
      tableEnd + 4,
      { width: W },
    );
  const cy = heading(doc, 'Sources (the numbers on page 1)', M, tableEnd + 22, W);
  doc.font('Helvetica').fontSize(5.8).fillColor(C.soft);
  doc.text(citations.join('\n'), M, cy, { width: W, paragraphGap: 0.8 });
}
