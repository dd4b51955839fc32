/**
 * The weekly severity chart on the GP summary, drawn as vector lines (no canvas on the server):
 * weeks since the medicine started across, severity 0-10 up, one line per series, treatment starts
 * marked.
 */
import type { GpSummary } from '@handcheck/core';
import { winAnsi } from './winAnsi';

/** Line colours: the worst area in grey, then the patterns in the order they first appear. */
const COLOURS = [
  '#6b7280',
  '#2563eb',
  '#9333ea',
  '#059669',
  '#d97706',
  '#db2777',
  '#0891b2',
  '#65a30d',
  '#b91c1c',
];
const INK = '#374151';
const GRID = '#e5e7eb';

export function drawSeverityChart(
  doc: PDFKit.PDFDocument,
  summary: GpSummary,
  box: { x: number; y: number; width: number; height: number },
): void {
  const legendHeight = 10;
  const axisLeft = 16;
  const axisBottom = 12;
  const plot = {
    x: box.x + axisLeft,
    y: box.y + legendHeight + 4,
    width: box.width - axisLeft - 4,
    height: box.height - legendHeight - 4 - axisBottom,
  };
  const weeks = summary.series.flatMap((s) => s.points.map((p) => p.week));
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

  // Grid and axes.
  doc.lineWidth(0.4).strokeColor(GRID);
  for (const v of [0, 2, 4, 6, 8, 10])
    doc
      .moveTo(plot.x, yOf(v))
      .lineTo(plot.x + plot.width, yOf(v))
      .stroke();
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
  // Treatment starts: dotted verticals with the name.
  for (const m of summary.treatmentMarks) {
    if (m.week < first || m.week > last) continue;
    doc.save();
    doc.dash(1.5, { space: 1.5 }).lineWidth(0.6).strokeColor('#16a34a');
    doc
      .moveTo(xOf(m.week), plot.y)
      .lineTo(xOf(m.week), plot.y + plot.height)
      .stroke();
    doc.restore();
    doc
      .fontSize(5.5)
      .fillColor('#16a34a')
      .text(winAnsi(m.name), xOf(m.week) + 1.5, plot.y + 1, { lineBreak: false });
  }

  // Lines; a single point is drawn as a dot.
  summary.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
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
  let lx = plot.x;
  doc.fontSize(6.5);
  summary.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const label = winAnsi(s.name);
    doc.lineWidth(1.5).strokeColor(colour);
    if (i === 0) doc.dash(2, { space: 1.5 });
    doc
      .moveTo(lx, box.y + 4)
      .lineTo(lx + 12, box.y + 4)
      .stroke();
    doc.undash();
    doc.fillColor(INK).text(label, lx + 15, box.y + 1, { lineBreak: false });
    lx += 15 + doc.widthOfString(label) + 10;
  });
  const axisTitle = summary.medicine
    ? `severity 0-10 by week since starting ${summary.medicine.name.toLowerCase()}`
    : 'severity 0-10 by week since the first check-in';
  doc
    .fillColor(INK)
    .text(axisTitle, plot.x + plot.width - 220, box.y + 1, { width: 220, align: 'right', lineBreak: false });
}

/** A tick spacing giving at most about 12 ticks: 1, 2, 4, 8, 13 (a quarter), 26, 52 weeks. */
function niceStep(span: number): number {
  return [1, 2, 4, 8, 13, 26, 52, 104].find((s) => span / s <= 12) ?? 104;
}
