/**
 * The hand drawing on the GP summary: core's `handView` paths (the same drawing as the web app),
 * scaled into a box, each marked region shaded by its worst severity over the last 4 weeks.
 */
import {
  drawnAs,
  type Hand,
  handView,
  SEVERITY_BANDS,
  type SeverityBand,
  type SummaryRegion,
  type Surface,
  severityBand,
} from '@handcheck/core';
import { isMeasuring } from './layout';

/** Fill colour of each severity band (core's `SEVERITY_BANDS`), lightest first. */
const BAND_FILL: Record<SeverityBand, string> = { mild: '#fde68a', moderate: '#fb923c', severe: '#dc2626' };

export function severityFill(severity: number): string | null {
  const band = severityBand(severity);
  return band ? BAND_FILL[band] : null;
}

const INK = '#374151';
const SKIN = '#f9fafb';
const LINE = '#d1d5db';

/**
 * Draws one hand view so that it fits `box` (keeping proportions) with a caption under it.
 * Returns the y just under the caption.
 */
export function drawHand(
  doc: PDFKit.PDFDocument,
  hand: Hand,
  surface: Surface,
  regions: readonly SummaryRegion[],
  box: { x: number; y: number; width: number; height: number },
): number {
  const view = handView(hand, surface);
  const captionHeight = 10;
  const k = Math.min(box.width / view.width, (box.height - captionHeight) / view.height);
  const ox = box.x + (box.width - view.width * k) / 2;
  const bottom = box.y + view.height * k + 1 + captionHeight;
  if (isMeasuring(doc)) return bottom;
  // A stored v1 whole-ring area is shaded on both halves of the ring finger (core's drawnAs).
  const worst = new Map<string, number>();
  for (const r of regions)
    for (const id of drawnAs(r.id)) worst.set(id, Math.max(worst.get(id) ?? 0, r.worst));

  doc.save();
  doc.translate(ox, box.y).scale(k);
  doc.path(view.outline).fillColor(SKIN).fill();
  for (const r of view.regions) {
    doc
      .path(r.d)
      .lineWidth(0.4 / k)
      .strokeColor(LINE)
      .stroke();
  }
  for (const r of view.regions) {
    const fill = severityFill(worst.get(r.id) ?? 0);
    if (fill) doc.path(r.d).fillColor(fill).fill();
  }
  if (view.details)
    doc
      .path(view.details)
      .lineWidth(0.5 / k)
      .strokeColor(LINE)
      .stroke();
  doc
    .path(view.outline)
    .lineWidth(1 / k)
    .strokeColor(INK)
    .stroke();
  doc.restore();

  // Severity numbers at each marked region's label point, unscaled so they stay legible.
  doc.font('Helvetica-Bold').fontSize(6);
  for (const r of view.regions) {
    const s = worst.get(r.id) ?? 0;
    if (s > 0) {
      doc.fillColor(s >= 7 ? '#ffffff' : '#111827');
      const x = ox + r.label.x * k;
      const y = box.y + r.label.y * k;
      doc.text(String(s), x - 6, y - 2.5, { width: 12, align: 'center', lineBreak: false });
    }
  }
  const caption = `${hand === 'right' ? 'Right' : 'Left'} ${surface === 'palm' ? 'palm' : 'back'}`;
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor(INK)
    .text(caption, box.x, box.y + view.height * k + 1, {
      width: box.width,
      align: 'center',
      lineBreak: false,
    });
  return bottom;
}

/** The legend: one swatch per severity band. */
export function drawSeverityLegend(doc: PDFKit.PDFDocument, x: number, y: number, width: number): void {
  let cx = x;
  doc.font('Helvetica').fontSize(6.5);
  for (const b of SEVERITY_BANDS) {
    const label = `${b.band} ${b.min}-${b.max}`;
    doc.rect(cx, y, 7, 7).fillColor(BAND_FILL[b.band]).fill();
    doc.fillColor(INK).text(label, cx + 9, y + 0.5, { lineBreak: false });
    cx += 9 + doc.widthOfString(label) + 8;
    if (cx > x + width) break;
  }
}
