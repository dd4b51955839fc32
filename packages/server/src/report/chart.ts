/**
 * The weekly severity chart on the GP summary, drawn as vector lines (no canvas on the server):
 * weeks since the medicine started across, severity 0-10 up, the worst area and up to four
 * patterns as lines. The usual onset window (the first 3 months of the aromatase inhibitor) is
 * shaded, the week symptoms began is marked on the axis, and treatment starts and medicine
 * switches or pauses are vertical lines with short labels in a band above the plot, placed so no
 * two labels overlap (a label that finds no room is left out and counted under the chart).
 */
import {
  type GpSummary,
  type LabelMetrics,
  onsetTriangle,
  placeLabels,
  placementOrder,
  type SeveritySeries,
  tickStep,
} from '@handcheck/core';
import { winAnsi } from './winAnsi';

/** Line colours: the worst area in grey, then the patterns. */
const COLOURS = ['#6b7280', '#2563eb', '#9333ea', '#059669', '#d97706'];
/** Lines beyond these would be unreadable at this size; the rest are counted in the legend. */
const MAX_PATTERNS = 4;
const INK = '#374151';
const GRID = '#e5e7eb';
/** Treatment starts. */
const MARK = '#16a34a';
/** Medicine switches, pauses, restarts and stops. */
const MEDICINE = '#9a3412';
/** The usual onset window. */
const WINDOW_FILL = '#fef3c7';
const ONSET = '#b45309';
const LEGEND_ROW = 9;
const LABEL_SIZE = 5.5;

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

type LegendKind = 'line' | 'dashed' | 'band' | 'treatment' | 'medicine' | 'onset' | 'text';
interface LegendEntry {
  readonly kind: LegendKind;
  readonly label: string;
  readonly colour: string;
}

/** Legend entries laid out left to right, wrapping onto new rows. */
function legendLayout(doc: Doc, entries: readonly LegendEntry[], x: number, width: number) {
  doc.font('Helvetica').fontSize(6.5);
  let lx = x;
  let row = 0;
  return entries.map((entry) => {
    const w = (entry.kind === 'text' ? 0 : 15) + doc.widthOfString(entry.label) + 10;
    if (lx + w > x + width && lx > x) {
      row++;
      lx = x;
    }
    const at = { x: lx, row, entry };
    lx += w;
    return at;
  });
}

function legendKey(doc: Doc, e: LegendEntry, x: number, y: number): void {
  doc.save();
  if (e.kind === 'band') {
    doc
      .rect(x, y + 1, 12, 6)
      .fillColor(e.colour)
      .fill();
  } else if (e.kind === 'onset') {
    doc
      .polygon(...onsetTriangle(x + 6, y + 7, 6).map(([px, py]) => [px, py]))
      .fillColor(e.colour)
      .fill();
  } else if (e.kind !== 'text') {
    doc.lineWidth(e.kind === 'line' ? 1.5 : 1).strokeColor(e.colour);
    if (e.kind === 'dashed') doc.dash(2, { space: 1.5 });
    if (e.kind === 'treatment') doc.dash(1.5, { space: 1.5 });
    if (e.kind === 'treatment' || e.kind === 'medicine')
      doc
        .moveTo(x + 6, y)
        .lineTo(x + 6, y + 8)
        .stroke();
    else
      doc
        .moveTo(x, y + 4)
        .lineTo(x + 12, y + 4)
        .stroke();
  }
  doc.restore();
}

interface VerticalMark {
  readonly week: number;
  readonly label: string;
  readonly kind: 'treatment' | 'medicine';
}

/** The label band's measures in points (core's `placeLabels`). */
export const LABEL_METRICS: LabelMetrics = {
  rows: 3,
  rowHeight: 7,
  labelHeight: 6,
  gap: 1.5,
  lineWidth: 1,
  // 2 pt of air on each side, so neighbours never touch.
  air: 2,
};

export function drawSeverityChart(
  doc: Doc,
  summary: GpSummary,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { shown, hidden } = pickSeries(summary.series);
  const marks = placementOrder<VerticalMark>([
    ...summary.treatmentMarks.map((m) => ({ week: m.week, label: m.name, kind: 'treatment' as const })),
    ...summary.medicineMarks.map((m) => ({ week: m.week, label: m.label, kind: 'medicine' as const })),
  ]);
  const weeks = shown.flatMap((s) => s.points.map((p) => p.week));
  const onsetWeek = summary.onset?.week ?? null;
  const entries: LegendEntry[] = [
    ...shown.map((s, i) => ({
      kind: (i === 0 ? 'dashed' : 'line') as LegendKind,
      label: winAnsi(s.name),
      colour: COLOURS[i] as string,
    })),
    ...(hidden > 0 ? [{ kind: 'text' as const, label: `+${hidden} more in HandCheck`, colour: INK }] : []),
    ...(summary.onsetWindow && weeks.length > 0
      ? [{ kind: 'band' as const, label: winAnsi(summary.onsetWindow.label), colour: WINDOW_FILL }]
      : []),
    ...(onsetWeek !== null && weeks.length > 0
      ? [{ kind: 'onset' as const, label: 'symptoms began', colour: ONSET }]
      : []),
    ...(summary.treatmentMarks.length > 0
      ? [{ kind: 'treatment' as const, label: 'treatment started', colour: MARK }]
      : []),
    ...(summary.medicineMarks.length > 0
      ? [{ kind: 'medicine' as const, label: 'medicine switched, paused or stopped', colour: MEDICINE }]
      : []),
  ];
  const legend = legendLayout(doc, entries, box.x + 16, box.width - 16);
  const legendHeight = ((legend.at(-1)?.row ?? 0) + 1) * LEGEND_ROW;
  const axisLeft = 16;
  const axisBottom = 20;
  const labelBand = marks.length > 0 ? LABEL_METRICS.rows * LABEL_METRICS.rowHeight + 1 : 0;
  const plot = {
    x: box.x + axisLeft,
    y: box.y + legendHeight + 4 + labelBand,
    width: box.width - axisLeft - 4,
    height: box.height - legendHeight - 4 - labelBand - axisBottom,
  };
  if (weeks.length === 0) {
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text('No check-ins yet.', plot.x, plot.y + plot.height / 2);
    return;
  }
  // Start the axis at the medicine's start (week 0) when the check-ins come after it; the onset
  // and the marks are always on it.
  const first = Math.min(0, onsetWeek ?? 0, ...weeks, ...marks.map((m) => m.week));
  const last = Math.max(first + 4, ...weeks, ...marks.map((m) => m.week));
  const xOf = (week: number) => plot.x + ((week - first) / (last - first)) * plot.width;
  const yOf = (value: number) => plot.y + plot.height - (value / 10) * plot.height;

  // The usual onset window, under everything else.
  const win = summary.onsetWindow;
  if (win && win.toWeek > first && win.fromWeek < last) {
    const from = xOf(Math.max(first, win.fromWeek));
    doc
      .rect(from, plot.y, xOf(Math.min(last, win.toWeek)) - from, plot.height)
      .fillColor(WINDOW_FILL)
      .fill();
  }

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
  // As many ticks as fit with their labels apart (at most 12).
  const tickWidth = Math.max(doc.widthOfString(String(first)), doc.widthOfString(String(last))) + 8;
  const step = tickStep(last - first, Math.min(12, Math.floor(plot.width / tickWidth)));
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
    ? 'severity 0-10 by week since starting the aromatase inhibitor'
    : 'severity 0-10 by week since the first check-in';
  doc.text(axisTitle, plot.x + plot.width - 260, plot.y + plot.height + 11, {
    width: 260,
    align: 'right',
    lineBreak: false,
  });

  // Treatment and medicine marks: verticals up through the label band; labels where they fit.
  doc.font('Helvetica').fontSize(LABEL_SIZE);
  const labels = marks.map((m) => winAnsi(m.label));
  const { placed, left } = placeLabels(
    marks.map((m, i) => ({ x: xOf(m.week), width: doc.widthOfString(labels[i] as string) })),
    { left: plot.x, right: plot.x + plot.width, top: plot.y - labelBand },
    LABEL_METRICS,
  );
  marks.forEach((m, i) => {
    const x = xOf(m.week);
    const at = placed[i];
    const colour = m.kind === 'medicine' ? MEDICINE : MARK;
    doc.save();
    if (m.kind === 'treatment') doc.dash(1.5, { space: 1.5 });
    doc
      .lineWidth(0.6)
      .strokeColor(colour)
      .moveTo(x, at ? at.lineTop : plot.y)
      .lineTo(x, plot.y + plot.height)
      .stroke();
    doc.restore();
    if (at) doc.fillColor(colour).text(labels[i] as string, at.x, at.y + 0.5, { lineBreak: false });
  });
  if (left > 0) {
    doc
      .fillColor(INK)
      .text(
        `${left} mark label${left === 1 ? '' : 's'} left out for room: see "What was tried"`,
        box.x,
        plot.y + plot.height + 11,
        {
          lineBreak: false,
        },
      );
  }

  // When symptoms began: a small triangle on the axis.
  if (onsetWeek !== null) {
    doc
      .polygon(...onsetTriangle(xOf(onsetWeek), plot.y + plot.height, 6).map(([x, y]) => [x, y]))
      .fillColor(ONSET)
      .fill();
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
  for (const { x, row, entry } of legend) {
    const y = box.y + row * LEGEND_ROW;
    legendKey(doc, entry, x, y);
    doc.fillColor(INK).text(entry.label, x + (entry.kind === 'text' ? 0 : 15), y + 1, { lineBreak: false });
  }
}
