/**
 * Text primitives for the GP summary PDF, usable in two modes: drawing, or measuring (nothing is
 * drawn, each call only returns the y it would end at). Measuring first lets the page pick how much
 * detail fits on one A4 page and how tall the chart can be.
 */
import type { SourceId } from '@handcheck/core';
import type { Footnotes } from './footnotes';
import { winAnsi } from './winAnsi';

export type Doc = PDFKit.PDFDocument;

export const A4 = { width: 595.28, height: 841.89 };
export const M = 30;
export const W = A4.width - 2 * M;
/** Where the footer begins: page content must end above it. */
export const FOOTER_TOP = A4.height - M - 22;

export const C = {
  ink: '#111827',
  soft: '#4b5563',
  faint: '#9ca3af',
  /** Footnote numbers: lighter than the text, still legible in print. */
  note: '#6b7280',
  rule: '#d1d5db',
  askFill: '#eff6ff',
  askLine: '#2563eb',
  flagFill: '#fef2f2',
  flagLine: '#dc2626',
};

const measuring = new WeakSet<Doc>();
const notes = new WeakMap<Doc, Footnotes>();

/** The footnote numbering `line()` uses for this document's sources. */
export function useFootnotes(doc: Doc, footnotes: Footnotes): void {
  notes.set(doc, footnotes);
}

/** "3,5-7" for these sources, or '' (numbered by the document's footnotes). */
export function cite(doc: Doc, sources: readonly SourceId[]): string {
  const f = notes.get(doc);
  return f && sources.length > 0 ? f.ref(sources) : '';
}

/** Runs `fn` with `doc` in measuring mode. */
export function measure<T>(doc: Doc, fn: () => T): T {
  // Measuring may nest (the page measures its lower half while being measured itself).
  if (measuring.has(doc)) return fn();
  measuring.add(doc);
  try {
    return fn();
  } finally {
    measuring.delete(doc);
  }
}

export const isMeasuring = (doc: Doc) => measuring.has(doc);

export function heading(doc: Doc, text: string, x: number, y: number, width: number, colour = C.ink): number {
  if (!measuring.has(doc)) {
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(colour)
      .text(winAnsi(text), x, y, { width, lineBreak: false });
  }
  return y + 12;
}

export interface LineOptions {
  readonly lead?: string;
  readonly text: string;
  readonly sources?: readonly SourceId[];
  readonly size?: number;
  readonly bullet?: boolean;
}

/** A paragraph with an optional bold lead and its sources as footnote numbers after it. Returns the new y. */
export function line(doc: Doc, opts: LineOptions, x: number, y: number, width: number): number {
  const size = opts.size ?? 8;
  const indent = opts.bullet ? 8 : 0;
  const w = width - indent;
  const lead = opts.lead ? winAnsi(opts.lead) : '';
  const text = winAnsi(opts.text);
  const refs = opts.sources ? cite(doc, opts.sources) : '';
  if (measuring.has(doc)) {
    // Bold at full size is an upper bound for the mixed line.
    return (
      y +
      doc.font('Helvetica-Bold').fontSize(size).heightOfString(`${lead}${text} ${refs}`, { width: w }) +
      2.5
    );
  }
  if (opts.bullet)
    doc.font('Helvetica').fontSize(size).fillColor(C.ink).text('•', x, y, { lineBreak: false });
  doc.fontSize(size).fillColor(C.ink);
  if (lead) doc.font('Helvetica-Bold').text(lead, x + indent, y, { width: w, continued: true });
  // After a continued lead, pass options only: pdfkit reads an undefined x as "no options given".
  const rest = { width: w, continued: refs.length > 0 };
  if (lead) doc.font('Helvetica').text(text, rest);
  else doc.font('Helvetica').text(text, x + indent, y, rest);
  // The footnote numbers: small and grey after the sentence, top-aligned with it (so raised). pdfkit
  // moves down by the line height of the font current when a line ends, which is the small one by
  // then: the gap makes up the difference, so the lines stay as far apart as the sentence's own.
  if (refs) {
    const full = doc.currentLineHeight(true);
    doc.fillColor(C.note).fontSize(Math.max(4.5, size - 3));
    doc.text(` ${refs}`, { lineGap: full - doc.currentLineHeight(true) });
  }
  // pdfkit leaves doc.y under the last line it wrote.
  return doc.y + 2.5;
}

/** A full-width box with a filled title band; the border is drawn once the body's height is known. */
export function box(
  doc: Doc,
  title: string,
  colours: { fill: string; line: string },
  y: number,
  body: (x: number, y: number, width: number) => number,
): number {
  const band = 15;
  const drawing = !measuring.has(doc);
  if (drawing) doc.rect(M, y, W, band).fillColor(colours.fill).fill();
  heading(doc, title, M + 8, y + 4, W - 16, colours.line);
  const bottom = body(M + 8, y + band + 3, W - 16) + 3;
  if (drawing) {
    doc
      .rect(M, y, W, bottom - y)
      .lineWidth(1.2)
      .strokeColor(colours.line)
      .stroke();
    doc
      .rect(M, y, 4, bottom - y)
      .fillColor(colours.line)
      .fill();
  }
  return bottom + 7;
}
