/**
 * The weekly severity chart on the GP summary, drawn as vector lines (no canvas on the server):
 * weeks since the medicine started across, severity 0-10 up, the worst area and up to four
 * patterns as lines, treatment starts marked.
 */
import type { GpSummary, SeveritySeries } from '@handcheck/core';
import { winAnsi } from './winAnsi';

/** Line colours: the worst area in grey, then the patterns. */
const COLOURS = ['#6b7280', '#2563eb', '#9333ea', '#059669', '#d97706'];
/** Lines beyond these would be unreadable at this size; the rest are counted in the legend. */
const MAX_PATTERNS = 4;
const INK = '#374151';
const GRID = '#e5e7eb';
const MARK = '#16a34a';
const LEGEND_ROW = 9;

type Doc = PDFKit.PDFDocument;

/** The worst area first, then the patterns highest at their latest week. */
function pickSeries(all: readonly SeveritySeries[]): { shown: SeveritySeries[]; hidden: number } {
  const [worst, ...patterns] = all;
  if (!worst) return { shown: [], hidden: 0 };
  const ranked = patterns.toSorted((a, b) => (b.points.at(-1)?.value ?? 0) - (a.points.at(-1)?.value ?? 0));
  return {
    shown: [worst, ...ranked.slice(0, MAX_PATTERNS)],
    hidden: Math.max(0, ranked.length - MAX_PATTERNS),
  };
}

/** Legend entries laid out left to right, wrapping onto new rows. */
function legendLayout(doc: Doc, labels: readonly string[], x: number, width: number) {
  doc.font('Helvetica').fontSize(6.5);
  let lx = x;
  let row = 0;
  return labels.map((label) => {
    const w = 15 + doc.widthOfString(label) + 10;
    if (lx + w > x + width && lx > x) {
      row++;
      lx = x;
    }
    const at = { x: lx, row, label };
    lx += w;
    return at;
  });
}

export function drawSeverityChart(
  doc: Doc,
  summary: GpSummary,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { shown, hidden } = pickSeries(summary.series);
  const labels = [
    ...shown.map((s) => winAnsi(s.name)),
    ...(hidden > 0 ? [`+${hidden} more in HandCheck`] : []),
  ];
  const legend = legendLayout(doc, labels, box.x + 16, box.width - 16);
  const legendHeight = ((legend.at(-1)?.row ?? 0) + 1) * LEGEND_ROW;
  const axisLeft = 16;
  const axisBottom = 20;
  const plot = {
    x: box.x + axisLeft,
    y: box.y + legendHeight + 4,
    width: box.width - axisLeft - 4,
    height: box.height - legendHeight - 4 - axisBottom,
  };
  const weeks = shown.flatMap((s) => s.points.map((p) => p.week));
  if (weeks.length === 0) {
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text('No check-ins yet.', plot.x, plot.y + plot.height / 2);
    return;
  }
  // Start the axis at the medicine's start (week 0) when the check-ins come after it.
  const first = Math.min(0, ...weeks);
  const last = Math.max(first + 4, ...weeks);
  const xOf = (week: number) => plot.x + ((week - first) / (last - first)) * plot.width;
  const yOf = (value: number) => plot.y + plot.height - (value / 10) * plot.height;

  // Grid, axes and the axis title under the week numbers.
  doc.lineWidth(0.4).strokeColor(GRID);
  for (const v of [0, 2, 4, 6, 8, 10]) {
    doc
      .moveTo(plot.x, yOf(v))
      .lineTo(plot.x + plot.width, yOf(v))
      .stroke();
  }
  doc.font('Helvetica').fontSize(6).fillColor(INK);
  for (const v of [0, 5, 10])
    doc.text(String(v), box.x, yOf(v) - 2.5, { width: axisLeft - 3, align: 'right' });
  const step = niceStep(last - first);
  for (let w = Math.ceil(first / step) * step; w <= last; w += step) {
    doc
      .moveTo(xOf(w), plot.y + plot.height)
      .lineTo(xOf(w), plot.y + plot.height + 2)
      .strokeColor(INK)
      .stroke();
    doc.text(String(w), xOf(w) - 10, plot.y + plot.height + 3, {
      width: 20,
      align: 'center',
      lineBreak: false,
    });
  }
  const axisTitle = summary.medicine
    ? `severity 0-10 by week since starting ${summary.medicine.name.toLowerCase()}`
    : 'severity 0-10 by week since the first check-in';
  doc.text(axisTitle, plot.x + plot.width - 260, plot.y + plot.height + 11, {
    width: 260,
    align: 'right',
    lineBreak: false,
  });

  // Treatment starts: dotted verticals; names on up to three rows, left out where they would collide.
  const rowEnds = [-Infinity, -Infinity, -Infinity];
  doc.fontSize(5.5);
  for (const m of summary.treatmentMarks.toSorted((a, b) => a.week - b.week)) {
    if (m.week < first || m.week > last) continue;
    const x = xOf(m.week);
    doc.save();
    doc.dash(1.5, { space: 1.5 }).lineWidth(0.6).strokeColor(MARK);
    doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.height)
      .stroke();
    doc.restore();
    const label = winAnsi(m.name);
    const row = rowEnds.findIndex((end) => x + 1.5 > end + 3);
    if (row === -1) continue;
    const width = doc.widthOfString(label);
    if (x + 1.5 + width > plot.x + plot.width) continue;
    doc.fillColor(MARK).text(label, x + 1.5, plot.y + 1 + row * 7, { lineBreak: false });
    rowEnds[row] = x + 1.5 + width;
  }

  // Lines; a single point is drawn as a dot.
  shown.forEach((s, i) => {
    const colour = COLOURS[i] as string;
    const pts = s.points;
    if (pts.length === 0) return;
    doc
      .lineWidth(i === 0 ? 0.8 : 1.3)
      .strokeColor(colour)
      .fillColor(colour);
    if (i === 0) doc.dash(2, { space: 1.5 });
    const p0 = pts[0] as { week: number; value: number };
    doc.moveTo(xOf(p0.week), yOf(p0.value));
    for (const p of pts.slice(1)) doc.lineTo(xOf(p.week), yOf(p.value));
    if (pts.length > 1) doc.stroke();
    doc.undash();
    if (pts.length <= 30) for (const p of pts) doc.circle(xOf(p.week), yOf(p.value), 1).fill();
  });

  // Legend across the top.
  doc.font('Helvetica').fontSize(6.5);
  legend.forEach((entry, i) => {
    const y = box.y + entry.row * LEGEND_ROW;
    if (i < shown.length) {
      doc.lineWidth(1.5).strokeColor(COLOURS[i] as string);
      if (i === 0) doc.dash(2, { space: 1.5 });
      doc
        .moveTo(entry.x, y + 4)
        .lineTo(entry.x + 12, y + 4)
        .stroke();
      doc.undash();
    }
    doc.fillColor(INK).text(entry.label, entry.x + 15, y + 1, { lineBreak: false });
  });
}

/** A tick spacing giving at most about 12 ticks: 1, 2, 4, 8, 13 (a quarter), 26, 52 weeks. */
function niceStep(span: number): number {
  return [1, 2, 4, 8, 13, 26, 52, 104].find((s) => span / s <= 12) ?? 104;
}
