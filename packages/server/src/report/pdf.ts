/**
 * The GP summary as a PDF: one A4 page a GP reads in a minute, then an appendix page (the check-in
 * list and the full citations). The content comes from core's `gpSummary()`; this file only lays it
 * out. Red flags first, then what is asked of the GP, what changed and what was tried, then where it
 * hurts (drawing and list), what the pattern resembles and why, the weekly chart, the scores and the
 * questions, and a key to the colours and code words.
 *
 * Real text (selectable, searchable) in pdfkit's built-in Helvetica; every string goes through
 * `winAnsi()`. Deterministic: the creation date is the summary's date, so the same summary gives
 * the same bytes.
 */
import { type GpSummary, SEVERITY_BANDS, type SummaryRegion } from '@handcheck/core';
import PDFDocument from 'pdfkit';
import { appendix } from './appendix';
import { drawSeverityChart } from './chart';
import { footnotesFor } from './footnotes';
import { drawHand, drawSeverityLegend } from './hands';
import {
  A4,
  box,
  C,
  type Doc,
  FOOTER_TOP,
  heading,
  isMeasuring,
  line,
  M,
  measure,
  useFootnotes,
  W,
} from './layout';
import { winAnsi } from './winAnsi';

/**
 * How much of each list the page shows, most first. The renderer measures the page at each level
 * and draws the first that fits one A4 page; whatever is left out is counted ("and 3 more") and is
 * in HandCheck. Red flags are never dropped silently: the ones that do not fit are named.
 */
export interface Detail {
  readonly redFlags: number;
  readonly flagReason: boolean;
  readonly asks: number;
  readonly changes: number;
  readonly regions: number;
  readonly patterns: number;
  readonly evidence: number;
  readonly against: boolean;
  readonly treatments: number;
  readonly questions: number;
  readonly notes: number;
  readonly examItems: boolean;
  /** Height of one hand drawing's box, in points. */
  readonly handHeight: number;
}

export const DETAILS: readonly Detail[] = [
  {
    redFlags: 4,
    flagReason: true,
    asks: 6,
    changes: 4,
    regions: 7,
    patterns: 3,
    evidence: 3,
    against: true,
    treatments: 6,
    questions: 5,
    notes: 3,
    examItems: true,
    handHeight: 178,
  },
  {
    redFlags: 3,
    flagReason: true,
    asks: 5,
    changes: 3,
    regions: 5,
    patterns: 3,
    evidence: 2,
    against: false,
    treatments: 4,
    questions: 4,
    notes: 2,
    examItems: true,
    handHeight: 150,
  },
  {
    redFlags: 3,
    flagReason: false,
    asks: 4,
    changes: 2,
    regions: 4,
    patterns: 2,
    evidence: 1,
    against: false,
    treatments: 3,
    questions: 3,
    notes: 1,
    examItems: false,
    handHeight: 125,
  },
  {
    redFlags: 2,
    flagReason: false,
    asks: 3,
    changes: 1,
    regions: 3,
    patterns: 2,
    evidence: 1,
    against: false,
    treatments: 2,
    questions: 2,
    notes: 0,
    examItems: false,
    handHeight: 105,
  },
];

/** The smallest chart worth drawing. */
const MIN_CHART = 90;
/** Measured text runs a little short of drawn text (mixed fonts and sizes in one paragraph). */
const SLACK = 16;

const more = (n: number, what: string) => (n > 0 ? `and ${n} more ${what} (see HandCheck)` : '');

function header(doc: Doc, s: GpSummary): number {
  let y = M;
  if (!isMeasuring(doc)) {
    doc
      .font('Helvetica-Bold')
      .fontSize(15)
      .fillColor(C.ink)
      .text('HandCheck summary for the GP', M, y, { lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(C.soft)
      .text(
        winAnsi(`Made ${s.date}${s.latestCheckIn ? ` - latest check-in ${s.latestCheckIn}` : ''}`),
        M,
        y + 4,
        { width: W, align: 'right' },
      );
  }
  y += 20;
  const who = winAnsi(
    [s.patient.name ?? 'Name not given', s.patient.age !== null ? `${s.patient.age} years` : null]
      .filter(Boolean)
      .join(', '),
  );
  const medicine = winAnsi(`   ${s.medicine ? s.medicine.text : 'No aromatase inhibitor recorded'}`);
  // A switch makes the medicine line long: it may wrap, and the onset goes under it.
  const whoHeight = doc
    .font('Helvetica-Bold')
    .fontSize(10.5)
    .heightOfString(`${who}${medicine}`, { width: W });
  if (!isMeasuring(doc)) {
    doc.fillColor(C.ink).text(who, M, y, { continued: true, width: W });
    doc.font('Helvetica').text(medicine, { continued: false });
  }
  y += whoHeight + 1.5;
  if (s.onset) y = line(doc, { text: s.onset.text, sources: s.onset.sources, size: 8.5 }, M, y, W) - 1;
  if (!isMeasuring(doc))
    doc
      .moveTo(M, y + 2)
      .lineTo(M + W, y + 2)
      .lineWidth(0.6)
      .strokeColor(C.rule)
      .stroke();
  return y + 7;
}

/**
 * What the colours, marks and code words on the page mean, so page 1 reads on its own. Facts about
 * this page's own drawing; the severity bands are core's (scores/scales.ts).
 */
function key(doc: Doc, s: GpSummary, y: number): number {
  const parts = [
    `Severity is the person's own 0-10 rating: ${SEVERITY_BANDS.map((b) => `${b.min}-${b.max} ${b.band}`).join(', ')} (the colours on the hands).`,
    s.onsetWindow
      ? 'Chart: the shaded band is the first 3 months on the aromatase inhibitor, when these symptoms usually begin; the triangle marks when symptoms began.'
      : 'Chart: the triangle marks when symptoms began.',
    'Resembles strong, moderate or weak: how closely the check-ins match the pattern.',
    'Katz hand diagram: classic or probable = the carpal tunnel pattern, possible or unlikely = less like it.',
    'Composite grade: 0 none to 3 the most severe.',
    ...(s.redFlags.length > 0
      ? ['Red flag: a warning sign that needs a clinician, as soon as it says.']
      : []),
    'Small grey numbers are sources, listed on page 2.',
  ];
  return line(doc, { lead: 'Key: ', text: parts.join(' '), size: 6.5 }, M, y, W);
}

function redFlagBox(doc: Doc, s: GpSummary, d: Detail, y: number): number {
  if (s.redFlags.length === 0) return y;
  return box(doc, 'RED FLAGS - act on these first', { fill: C.flagFill, line: C.flagLine }, y, (x, cy, w) => {
    for (const f of s.redFlags.slice(0, d.redFlags)) {
      cy = line(
        doc,
        {
          lead: `${f.urgencyLabel}: ${f.name} (${f.date}). `,
          text: d.flagReason ? `${f.reason} Suggested: ${f.action}` : `Suggested: ${f.action}`,
          sources: f.sources,
          bullet: true,
          size: 8.5,
        },
        x,
        cy,
        w,
      );
    }
    const rest = s.redFlags.slice(d.redFlags);
    if (rest.length > 0) {
      cy = line(
        doc,
        {
          lead: 'Also: ',
          text: `${rest.map((f) => `${f.name} (${f.urgencyLabel.toLowerCase()})`).join('; ')}.`,
          bullet: true,
          size: 8.5,
        },
        x,
        cy,
        w,
      );
    }
    return cy;
  });
}

function askBox(doc: Doc, s: GpSummary, d: Detail, y: number): number {
  // With the red-flag box above, its asks are not repeated here.
  const own = s.redFlags.length > 0 ? s.asks.filter((a) => !a.redFlag) : s.asks;
  const asks = [
    ...(s.redFlags.length > 0 ? [{ text: 'First, the red flags above.', sources: [] }] : []),
    ...(own.length > 0 || s.redFlags.length > 0
      ? own
      : [{ text: 'Nothing specific asked: for information.', sources: [] }]),
  ];
  return box(doc, 'Asked of the GP', { fill: C.askFill, line: C.askLine }, y, (x, cy, w) => {
    for (const a of asks.slice(0, d.asks))
      cy = line(doc, { text: a.text, sources: a.sources, bullet: true, size: 9 }, x, cy, w);
    if (asks.length > d.asks)
      cy = line(doc, { text: more(asks.length - d.asks, 'requests'), size: 7.5 }, x, cy, w);
    if (s.changes.length > 0 && d.changes > 0) {
      cy = heading(doc, 'What changed', x, cy + 2, w, C.soft) + 1;
      for (const c of s.changes.slice(0, d.changes))
        cy = line(doc, { text: c.text, sources: c.sources, bullet: true }, x, cy, w);
    }
    // What was tried sits with what is asked: the GP reads the two together.
    cy = heading(doc, 'What was tried', x, cy + 2, w, C.soft) + 1;
    if (s.treatments.length === 0) cy = line(doc, { text: 'Nothing recorded yet.', bullet: true }, x, cy, w);
    for (const t of s.treatments.slice(0, d.treatments)) {
      const when = t.startedOn ? ` from ${t.startedOn}${t.endedOn ? ` to ${t.endedOn}` : ''}` : '';
      cy = line(
        doc,
        {
          lead: `${t.name}${t.hand ? ` (${t.hand})` : ''}${when}: `,
          // The person's rating, then what their own check-ins show around the start.
          text: t.measured ? `${t.effect}; measured ${t.measured}` : t.effect,
          bullet: true,
        },
        x,
        cy,
        w,
      );
    }
    if (s.treatments.length > d.treatments)
      cy = line(doc, { text: more(s.treatments.length - d.treatments, 'treatments'), size: 7 }, x, cy, w);
    return cy;
  });
}

function regionLine(r: SummaryRegion): string {
  return `${r.name}: ${r.symptoms.map((x) => x.replaceAll('_', ' ')).join(', ')}`;
}

function middle(doc: Doc, s: GpSummary, d: Detail, y: number): number {
  const leftW = 210;
  const showBack = s.regions.some((r) => r.surface === 'back');
  // With the backs drawn too, each drawing gets a little less than half the room.
  const handH = showBack ? Math.round(d.handHeight * 0.68) : d.handHeight;
  let ly =
    Math.max(
      drawHand(doc, 'right', 'palm', s.regions, { x: M, y, width: leftW / 2, height: handH }),
      drawHand(doc, 'left', 'palm', s.regions, { x: M + leftW / 2, y, width: leftW / 2, height: handH }),
    ) + 3;
  if (showBack) {
    ly =
      Math.max(
        drawHand(doc, 'right', 'back', s.regions, { x: M, y: ly, width: leftW / 2, height: handH }),
        drawHand(doc, 'left', 'back', s.regions, {
          x: M + leftW / 2,
          y: ly,
          width: leftW / 2,
          height: handH,
        }),
      ) + 3;
  }
  if (!isMeasuring(doc)) {
    drawSeverityLegend(doc, M + 4, ly, leftW);
    doc
      .font('Helvetica')
      .fontSize(6.5)
      .fillColor(C.soft)
      .text(
        winAnsi(`Worst severity 0-10, ${s.window ? `${s.window.from} to ${s.window.to}` : 'no check-ins'}`),
        M,
        ly + 11,
        {
          width: leftW,
          align: 'center',
        },
      );
  }
  ly += 21;

  const x = M + leftW + 12;
  const w = W - leftW - 12;
  let ry = heading(doc, 'Where (worst severity, last 4 weeks)', x, y, w);
  const shown = s.regions.slice(0, d.regions);
  for (const r of shown) {
    ry = line(doc, { lead: `${r.worst}/10  `, text: regionLine(r), size: 8 }, x, ry, w);
  }
  if (s.regions.length > shown.length) {
    ry = line(doc, { text: more(s.regions.length - shown.length, 'areas'), size: 7 }, x, ry, w);
  }
  if (s.regions.length === 0) ry = line(doc, { text: 'No areas marked in the last 4 weeks.' }, x, ry, w);
  ry = heading(
    doc,
    `Resembles${s.latestCheckIn ? ` (check-in ${s.latestCheckIn})` : ''} - not a diagnosis`,
    x,
    ry + 4,
    w,
  );
  if (s.patterns.length === 0) ry = line(doc, { text: 'No pattern recognised.' }, x, ry, w);
  for (const p of s.patterns.slice(0, d.patterns)) {
    ry = line(
      doc,
      {
        lead: `${p.name}`,
        text: ` - ${p.strength}${p.hands.length ? `, ${p.hands.join(' and ')}` : ''}`,
        size: 8,
      },
      x,
      ry,
      w,
    );
    for (const e of p.evidence.slice(0, d.evidence))
      ry = line(doc, { ...e, bullet: true, size: 7 }, x + 6, ry, w - 6);
    if (d.against && p.against[0])
      ry = line(
        doc,
        { ...p.against[0], text: `Against: ${p.against[0].text}`, bullet: true, size: 7 },
        x + 6,
        ry,
        w - 6,
      );
  }
  if (s.patterns.length > d.patterns) {
    ry = line(doc, { text: more(s.patterns.length - d.patterns, 'patterns'), size: 7 }, x, ry, w);
  }
  return Math.max(ly, ry) + 4;
}

function scoresColumn(doc: Doc, s: GpSummary, d: Detail, x: number, y: number, w: number): number {
  let cy = heading(doc, `Scores${s.scores ? ` (check-in ${s.scores.date})` : ''}`, x, y, w);
  const sc = s.scores;
  if (!sc) return line(doc, { text: 'No check-ins yet.' }, x, cy, w);
  const size = 8;
  cy = line(
    doc,
    {
      lead: 'Katz hand diagram: ',
      text: `right ${sc.katz.right}, left ${sc.katz.left}`,
      sources: ['katz1990'],
      size,
    },
    x,
    cy,
    w,
  );
  cy = line(
    doc,
    {
      lead: 'CTS-6, history items: ',
      text: `${sc.cts6.text}${sc.cts6.itemsPresent.length ? `: ${sc.cts6.itemsPresent.join('; ')}` : ''}`,
      sources: sc.cts6.sources,
      size,
    },
    x,
    cy,
    w,
  );
  // The exam items matter once a history item is present; otherwise they are noise for the GP.
  if (d.examItems && sc.cts6.historyPoints > 0 && sc.cts6.examItemsToCheck.length > 0) {
    cy = line(
      doc,
      { lead: 'Exam items to check: ', text: sc.cts6.examItemsToCheck.join('; '), size: 7 },
      x,
      cy,
      w,
    );
  }
  const n = (v: number | null) => (v === null ? 'not given' : String(v));
  cy = line(
    doc,
    {
      lead: 'Pain 0-10 (past week): ',
      text: `worst ${n(sc.pain.worst)}, average ${n(sc.pain.average)}`,
      size,
    },
    x,
    cy,
    w,
  );
  cy = line(doc, { lead: 'Hand function 0-100 (higher = harder): ', text: n(sc.function), size }, x, cy, w);
  cy = line(
    doc,
    {
      lead: 'Composite grade 0-3: ',
      text: `joint pain ${sc.composite.jointPain}, numbness ${sc.composite.numbness}`,
      sources: sc.composite.sources,
      size,
    },
    x,
    cy,
    w,
  );
  return cy;
}

function triedAndQuestions(doc: Doc, s: GpSummary, d: Detail, x: number, y: number, w: number): number {
  let cy = heading(doc, 'Questions for the visit', x, y, w);
  if (s.questions.length === 0) cy = line(doc, { text: 'None suggested.', size: 8 }, x, cy, w);
  for (const q of s.questions.slice(0, d.questions))
    cy = line(doc, { ...q, bullet: true, size: 8 }, x, cy, w);
  if (s.notes.length > 0 && d.notes > 0) {
    cy = heading(doc, 'Worth knowing', x, cy + 4, w);
    for (const note of s.notes.slice(0, d.notes))
      cy = line(doc, { ...note, bullet: true, size: 8 }, x, cy, w);
  }
  return cy;
}

function footer(doc: Doc, s: GpSummary, page: number, pages: number): void {
  const y = A4.height - M - 16;
  doc
    .moveTo(M, y - 3)
    .lineTo(M + W, y - 3)
    .lineWidth(0.5)
    .strokeColor(C.rule)
    .stroke();
  doc.font('Helvetica').fontSize(6.5).fillColor(C.soft);
  doc.text(winAnsi(s.disclaimer), M, y, {
    width: W - 40,
    lineBreak: true,
  });
  doc.text(`Page ${page} of ${pages}`, M + W - 40, y, { width: 40, align: 'right', lineBreak: false });
}

function keyHeight(doc: Doc, s: GpSummary): number {
  return measure(doc, () => key(doc, s, 0));
}

/** Lays out (or, measuring, only sizes) the first page; returns where its content ends with the smallest chart. */
/** `belowHeights` keeps the measured height of the scores and questions per level (measured once). */
function firstPage(doc: Doc, s: GpSummary, d: Detail, belowHeights: Map<Detail, number>): number {
  let y = header(doc, s);
  y = redFlagBox(doc, s, d, y);
  y = askBox(doc, s, d, y);
  y = middle(doc, s, d, y);
  // The chart takes the room the scores and questions leave above the footer.
  const colW = (W - 14) / 2;
  let below = belowHeights.get(d);
  if (below === undefined) {
    below = measure(doc, () => {
      const columns = Math.max(
        scoresColumn(doc, s, d, M, 0, colW),
        triedAndQuestions(doc, s, d, M + colW + 14, 0, colW),
      );
      return key(doc, s, columns + 4);
    });
    belowHeights.set(d, below);
  }
  const chartH = Math.max(MIN_CHART, Math.min(230, FOOTER_TOP - SLACK - below - 8 - y));
  if (!isMeasuring(doc)) {
    drawSeverityChart(doc, s, { x: M, y, width: W, height: chartH });
    const columns = Math.max(
      scoresColumn(doc, s, d, M, y + chartH + 8, colW),
      triedAndQuestions(doc, s, d, M + colW + 14, y + chartH + 8, colW),
    );
    key(doc, s, Math.max(columns + 4, FOOTER_TOP - SLACK - keyHeight(doc, s)));
  }
  return y + MIN_CHART + 8 + below + SLACK;
}

/** The most detailed level whose first page fits above the footer (the least detailed otherwise). */
function chooseDetail(doc: Doc, s: GpSummary, belowHeights: Map<Detail, number>): Detail {
  return (
    DETAILS.find((d) => measure(doc, () => firstPage(doc, s, d, belowHeights)) <= FOOTER_TOP) ??
    (DETAILS.at(-1) as Detail)
  );
}

/** Renders the GP summary: one A4 page, and an appendix page with the check-ins and citations. */
export function renderGpSummaryPdf(summary: GpSummary): Promise<Buffer> {
  const created = new Date(`${summary.date}T00:00:00.000Z`);
  const doc = new PDFDocument({
    size: 'A4',
    // A small bottom margin, so the footer never makes pdfkit start a new page.
    margins: { top: M, left: M, right: M, bottom: 8 },
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: winAnsi(
        `HandCheck summary for the GP${summary.patient.name ? ` - ${summary.patient.name}` : ''}`,
      ),
      Author: 'HandCheck',
      Subject: 'Hand and wrist symptoms on an aromatase inhibitor: a summary for the GP',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const footnotes = footnotesFor(summary);
  useFootnotes(doc, footnotes);
  const belowHeights = new Map<Detail, number>();
  firstPage(doc, summary, chooseDetail(doc, summary, belowHeights), belowHeights);
  appendix(doc, summary, footnotes);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    footer(doc, summary, i + 1, range.count);
  }
  doc.end();
  return done;
}
