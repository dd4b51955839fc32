import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addDays,
  buildRecord,
  demoRecord,
  gpSummary,
  markLine,
  overlaps,
  placeLabels,
  REGIONS,
  twoYearRecord,
} from '@handcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import { LABEL_METRICS } from '../src/report/chart';
import { Footnotes } from '../src/report/footnotes';
import { renderGpSummaryPdf } from '../src/report/pdf';
import { winAnsi } from '../src/report/winAnsi';

const dir = mkdtempSync(join(tmpdir(), 'handcheck-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** The PDF's text as poppler reads it (what a GP's search or copy-paste gets), page by page. */
function pdfText(pdf: Buffer): { pages: string[]; all: string } {
  const file = join(dir, `s${n++}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const pages = r.stdout.split('\f').filter((p) => p.trim().length > 0);
  return { pages, all: r.stdout.replace(/\s+/g, ' ') };
}

/** Every word on one page with its box, as poppler places it. */
function wordBoxes(pdf: Buffer, page: number) {
  const file = join(dir, `b${n++}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], {
    encoding: 'utf8',
  });
  return [
    ...r.stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    word: m[5] as string,
  }));
}

/** Pairs of words whose boxes cross by more than a hair (0.3 pt). */
function overlapping(words: ReturnType<typeof wordBoxes>): string[] {
  const out: string[] = [];
  const e = 0.3;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as (typeof words)[number];
      const b = words[j] as (typeof words)[number];
      if (a.x0 + e < b.x1 && b.x0 + e < a.x1 && a.y0 + e < b.y1 && b.y0 + e < a.y1)
        out.push(`"${a.word}" / "${b.word}"`);
    }
  return out;
}

function pageCount(pdf: Buffer): number {
  const file = join(dir, `p${n++}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1]);
}

const flagged = buildRecord(
  [
    {
      date: '2026-03-02',
      regions: [
        {
          region: 'left.back.wrist.radial',
          symptoms: ['pain'],
          severity: 5,
          daysPerWeek: 6,
          worse: ['lifting', 'thumb_use'],
        },
      ],
    },
    {
      date: '2026-03-30',
      regions: [
        {
          region: 'right.palm.index.middle',
          symptoms: ['pain', 'swelling', 'redness_heat'],
          severity: 8,
          daysPerWeek: 3,
        },
        {
          region: 'left.back.wrist.radial',
          symptoms: ['pain'],
          severity: 6,
          daysPerWeek: 6,
          worse: ['lifting', 'thumb_use'],
        },
      ],
      events: { cutOrBite: true, fever: true },
    },
  ],
  {
    context: { medicines: [{ drug: 'anastrozole', startedOn: '2026-01-05' }], risk: { age: 58 } },
    name: 'Zoë Núñez',
  },
);

describe('the GP summary PDF of a demo record', async () => {
  const summary = gpSummary(demoRecord(), '2026-05-25');
  const pdf = await renderGpSummaryPdf(summary);
  const { pages } = pdfText(pdf);

  it('is one summary page and one appendix page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
  });

  it('leads with what is asked of the GP, before the drawing and the chart', () => {
    const first = pages[0] as string;
    expect(first.indexOf('Asked of the GP')).toBeGreaterThan(-1);
    expect(first.indexOf('Asked of the GP')).toBeLessThan(first.indexOf('Where (worst severity'));
    expect(first.indexOf('Night splint helped a little')).toBeGreaterThan(first.indexOf('Asked of the GP'));
    expect(first.indexOf('Night splint helped a little')).toBeLessThan(
      first.indexOf('Where (worst severity'),
    );
  });

  it.each([
    ['the person', 'Ann Example, 61 years'],
    ['the medicine and since when', 'Letrozole since 2026-01-05 (20 weeks)'],
    [
      'the onset sentence, placed in the usual window',
      'Symptoms began 2026-01-26, 3 weeks after starting the aromatase inhibitor, within the first 3 months',
    ],
    [
      'the ask from the ladder: the splint helped a little',
      'Night splint helped a little: keep going; if no better, consider a corticosteroid injection.',
    ],
    [
      'the key to the severity colours',
      "Severity is the person's own 0-10 rating: 1-3 mild, 4-6 moderate, 7-10 severe",
    ],
    [
      'the bone-health ask (no DXA scan date on record)',
      'Bone health on an aromatase inhibitor: no bone-density (DXA) scan date on record',
    ],
    ['the chart legend for the shading', 'usual onset: first 3 months'],
    ['the chart legend for the marks', 'treatment started'],
    ['a region in plain words', 'right index finger, tip and end joint (palm side)'],
    ['the other hand', 'left palm, base of ring finger'],
    ['the pattern, as a resemblance', 'carpal tunnel syndrome'],
    ['not a diagnosis', 'not a diagnosis'],
    ['the dates', 'Made 2026-05-25'],
    ['the CTS-6 from history only', '7.5 of 7.5 from history'],
    ['the treatment and its effect', 'Night splint (right) from 2026-03-16: a little better'],
    ['the drawing captions', 'Right palm'],
    ['what does not help', 'have not been shown to help carpal tunnel itself'],
  ])('shows %s as real, searchable text on page 1', (_what, text) => {
    expect((pages[0] as string).replace(/\s+/g, ' ')).toContain(text);
  });

  it('cites sources as small numbers, never inline ids, and every number is cited on page 2', () => {
    const first = pages[0] as string;
    expect(first).not.toMatch(/\[[a-z0-9-]+\]/);
    const numbers = new Set(
      // Numbers after a sentence's full stop (or a closing bracket) are footnotes.
      [...first.replace(/\s+/g, ' ').matchAll(/[.)] (\d+(?:[-,]\d+)*)(?= |$)/g)].flatMap((m) =>
        (m[1] as string).split(',').flatMap((part) => {
          const [from, to] = part.split('-').map(Number) as [number, number?];
          return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
        }),
      ),
    );
    expect(numbers.size).toBeGreaterThan(10);
    const cited = new Set([...(pages[1] as string).matchAll(/^\s*(\d+)\. /gm)].map((m) => Number(m[1])));
    for (const k of numbers) expect(cited, `footnote ${k}`).toContain(k);
  });

  it('keeps page 1 to itself: the summary is one page and page 2 starts with the appendix', () => {
    const file = join(dir, 'first.pdf');
    writeFileSync(file, pdf);
    const one = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
      encoding: 'utf8',
    }).stdout;
    for (const part of ['Asked of the GP', 'Symptoms began', 'Key:', 'What was tried', 'Page 1 of 2'])
      expect(one).toContain(part);
    expect((pages[1] as string).trimStart()).toMatch(/^Check-ins \(16\)/);
  });

  it('has no two words over each other on page 1 (chart labels included)', () => {
    expect(overlapping(wordBoxes(pdf, 1))).toEqual([]);
  });

  it('lists the check-ins and the full citations in the appendix', () => {
    const appendix = pages[1] as string;
    expect(appendix).toContain('Check-ins (16)');
    expect(appendix).toContain('2026-05-18');
    expect(appendix.replace(/\s+/g, ' ')).toMatch(/\d+\. Graham B, Regehr G/);
    expect(appendix).toContain('Worst: the highest 0-10 severity marked that day');
  });

  it('gives the same bytes for the same summary', async () => {
    expect((await renderGpSummaryPdf(summary)).equals(pdf)).toBe(true);
  });

  it('carries the summary date as its creation date', () => {
    const file = join(dir, 'info.pdf');
    writeFileSync(file, pdf);
    const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/CreationDate:\s+2026-05-25T00:00:00/);
    expect(info).toContain('HandCheck summary for the GP - Ann Example');
  });
});

describe('a record with a red flag', async () => {
  const pdf = await renderGpSummaryPdf(gpSummary(flagged, '2026-03-31'));
  const { pages } = pdfText(pdf);

  it('puts the red flag above everything else on the page', () => {
    const first = pages[0] as string;
    expect(first).toContain('RED FLAGS');
    expect(first.indexOf('RED FLAGS')).toBeLessThan(first.indexOf('Asked of the GP'));
    expect(first).toMatch(/Emergency: possible infection/);
  });

  it('marks the check-in with the red flag in the appendix, on its own row', () => {
    expect(pages[1]).toMatch(/2026-03-30\s+12\s+8\s+2\s+red flag/);
    expect(pages[1]).not.toMatch(/2026-03-02[^\n]*red flag/);
    expect(pages[1]?.replace(/\s+/g, ' ')).toContain('Red flag: that check-in raised a warning sign');
    expect(pages[1]).not.toContain('RED');
  });

  it('explains what a red flag is on page 1', () => {
    expect((pages[0] as string).replace(/\s+/g, ' ')).toContain(
      'Red flag: a warning sign that needs a clinician',
    );
  });

  it('keeps accented names (Latin-1) and stays two pages with the back of the hand drawn too', () => {
    expect(pages[0]).toContain('Zoë Núñez');
    expect(pages[0]).toContain('Left back');
    expect(pageCount(pdf)).toBe(2);
    expect(overlapping(wordBoxes(pdf, 1))).toEqual([]);
  });
});

/**
 * The course the issue measured: carpal tunnel from week 6, up to 6/10 by week 12, a night splint
 * and then an injection that helped much, settling at 2-3/10; 40 weekly check-ins; an onset date
 * only given (late) at week 19; a switch to anastrozole at week 20; several treatments close together.
 */
function benignCourse() {
  const treatments = (week: number) => [
    ...(week >= 12
      ? [
          {
            kind: 'night_splint' as const,
            hand: 'right' as const,
            startedOn: '2026-03-30',
            effect: 'a_little_better' as const,
          },
        ]
      : []),
    ...(week >= 16
      ? [
          {
            kind: 'steroid_injection' as const,
            hand: 'right' as const,
            startedOn: '2026-04-27',
            effect: 'much_better' as const,
          },
          { kind: 'paracetamol' as const, startedOn: '2026-04-28', effect: 'no_change' as const },
          { kind: 'exercise' as const, startedOn: '2026-05-04', effect: 'too_early' as const },
        ]
      : []),
  ];
  const inputs = Array.from({ length: 40 }, (_, i) => {
    const week = i + 1;
    const date = addDays('2026-01-05', week * 7);
    const severity = week < 6 ? 0 : week <= 12 ? Math.min(6, week - 4) : week <= 16 ? 5 : 2 + (week % 2);
    return {
      date,
      regions:
        severity === 0
          ? []
          : [
              {
                region: 'right.palm.index.distal',
                symptoms: ['numbness' as const, 'tingling' as const],
                severity,
                daysPerWeek: 5,
                timing: ['wakes_at_night' as const],
                ...(week === 19 ? { startedOn: '2026-05-18' } : {}),
              },
            ],
      treatments: treatments(week),
    };
  });
  return buildRecord(inputs, {
    context: {
      medicines: [
        { drug: 'letrozole', startedOn: '2026-01-05', stoppedOn: '2026-05-24' },
        { drug: 'anastrozole', startedOn: '2026-05-25' },
      ],
      risk: { age: 64 },
    },
  });
}

describe('the course the issue measured, read as a GP with one minute would', async () => {
  const summary = gpSummary(benignCourse(), '2026-10-20');
  const pdf = await renderGpSummaryPdf(summary);
  const { pages } = pdfText(pdf);
  const first = (pages[0] as string).replace(/\s+/g, ' ');

  it('asks nothing already tried: the injection that helped is "review if it comes back"', () => {
    expect(first).toContain('Steroid injection helped: review if it comes back.');
    expect(first).not.toMatch(/continue|consider a corticosteroid injection/i);
  });

  it('dates the onset where the chart starts (the first check-in above 0), not the late reported date', () => {
    expect(first).toContain(
      'Symptoms first recorded at the check-in of 2026-02-16, 6 weeks after starting the aromatase inhibitor',
    );
    expect(summary.series[0]?.points.find((p) => p.value > 0)?.week).toBe(summary.onset?.week);
    expect(first).not.toContain('Symptoms began 2026-05-18');
  });

  it('draws the switch of medicine and the treatments on the chart, labels apart', () => {
    expect(first).toContain('switch to anastrozole');
    expect(first).toContain('medicine switched, paused or stopped');
    expect(overlapping(wordBoxes(pdf, 1))).toEqual([]);
  });

  it('says what was tried', () => {
    expect(first).toContain('Steroid injection (right) from 2026-04-27: much better');
    expect(first).toContain(
      'Night splint (right) from 2026-03-30: a little better; measured worst 6 -> 5 (4 weeks before against weeks 3-8 after)',
    );
  });

  it('is one summary page and the appendix', () => {
    expect(pageCount(pdf)).toBe(2);
    expect((pages[1] as string).trimStart()).toMatch(/^Check-ins \(40\)/);
  });
});

describe('edge records', () => {
  it('renders two years of weekly check-ins on one summary page plus the appendix', async () => {
    const pdf = await renderGpSummaryPdf(gpSummary(twoYearRecord(), '2028-01-31'));
    expect(pageCount(pdf)).toBe(2);
    const { pages } = pdfText(pdf);
    expect(pages[0]).toContain('Letrozole since 2026-01-05 (108 weeks)');
    expect(pages[1]).toContain('Check-ins (104)');
    expect(overlapping(wordBoxes(pdf, 1))).toEqual([]);
  });

  it('still fits one page with every red flag, many areas and patterns, naming the flags it cannot detail', async () => {
    const everywhere = REGIONS.filter((_, i) => i % 2 === 0).map((r, i) => ({
      region: r.id,
      symptoms: [
        'pain',
        'numbness',
        'tingling',
        'catching',
        'swelling',
        'redness_heat',
        'weakness',
        'cold_pale_blue',
      ] as const,
      severity: 1 + (i % 10),
      daysPerWeek: 7,
      timing: ['wakes_at_night', 'morning_stiffness', 'constant'] as const,
      morningStiffnessMinutes: 90,
      startedOn: '2026-02-01',
    }));
    const checkIn = (date: string) => ({
      date,
      regions: everywhere.map((r) => ({ ...r, symptoms: [...r.symptoms], timing: [...r.timing] })),
      pain: { worst: 9, average: 8 },
      events: {
        fallOrInjury: true,
        looksDeformed: true,
        suddenlyCannotMoveFinger: true,
        cutOrBite: true,
        fever: true,
        armSwelling: 'both' as const,
      },
    });
    const s = gpSummary(
      buildRecord([checkIn('2026-03-02'), checkIn('2026-03-30')], {
        context: {
          medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }],
          risk: { chemotherapy: ['taxane'] },
        },
      }),
      '2026-03-31',
    );
    expect(s.redFlags.length).toBeGreaterThan(4);
    const pdf = await renderGpSummaryPdf(s);
    expect(pageCount(pdf)).toBe(2);
    const first = (pdfText(pdf).pages[0] as string).replace(/\s+/g, ' ');
    for (const f of s.redFlags) expect(first).toContain(f.name);
    // Text and chart labels only: with every other area marked, the drawing's per-area numbers
    // (hands.ts, the left 210 pt column) sit in neighbouring areas such as the two ring-finger halves.
    const text = wordBoxes(pdf, 1).filter((w) => !(w.x1 < 240 && /^\d{1,2}$/.test(w.word)));
    expect(overlapping(text)).toEqual([]);
  });

  it('keeps the appendix table columns apart with 104 check-ins in four columns', async () => {
    const pdf = await renderGpSummaryPdf(gpSummary(twoYearRecord(), '2028-01-31'));
    expect(overlapping(wordBoxes(pdf, 2))).toEqual([]);
  });

  it('renders a record without check-ins', async () => {
    const pdf = await renderGpSummaryPdf(gpSummary(buildRecord([], { name: null }), '2026-03-31'));
    expect(pageCount(pdf)).toBe(2);
    const { all } = pdfText(pdf);
    expect(all).toContain('Nothing specific asked');
    expect(all).toContain('No aromatase inhibitor recorded');
  });
});

describe('footnote numbers', () => {
  const f = new Footnotes(['seed', 'aaos2016', 'nhs-ebi-cts', 'graham2006', 'katz1990']);
  it.each([
    ['in page order, each once, ascending', ['nhs-ebi-cts', 'seed', 'seed'], '1,3'],
    ['a run of three or more as a range', ['katz1990', 'aaos2016', 'nhs-ebi-cts', 'graham2006'], '2-5'],
    ['a run of two stays a list', ['seed', 'aaos2016'], '1,2'],
    ['a source not on page 1 gets the next number', ['farrar2001'], '6'],
  ] as const)('%s', (_name, ids, text) => {
    expect(f.ref(ids)).toBe(text);
  });
});

describe('chart mark labels at the PDF’s measures', () => {
  // The placement itself is core's (report/chartLayout.test.ts); this is the PDF's band.
  it('keeps four labels of one week apart and off every mark’s line, inside the plot', () => {
    const area = { left: 0, right: 300, top: 0 };
    const bottom = LABEL_METRICS.rows * LABEL_METRICS.rowHeight;
    const xs = [50, 53, 56, 60, 64, 70];
    const { placed, left } = placeLabels(
      xs.map((x) => ({ x, width: 60 })),
      area,
      LABEL_METRICS,
    );
    expect(placed.filter((b) => b !== null).length + left).toBe(xs.length);
    expect(left).toBeLessThan(xs.length - 1);
    placed.forEach((b, i) => {
      if (!b) return;
      expect(b.x).toBeGreaterThanOrEqual(area.left);
      expect(b.x + b.width).toBeLessThanOrEqual(area.right);
      placed.forEach((o, j) => {
        if (!o) return;
        if (i !== j) expect(overlaps(b, o), `labels ${i} and ${j}`).toBe(false);
        const line = markLine(xs[j] as number, o.lineTop, bottom, LABEL_METRICS.lineWidth);
        expect(overlaps(b, line), `label ${i} and line ${j}`).toBe(false);
      });
    });
  });
});

describe('text for the built-in fonts', () => {
  it.each([
    ['a minus sign becomes a hyphen', 'pain −2', 'pain -2'],
    ['less-or-equal becomes <=', 'grade ≤ 2', 'grade <= 2'],
    ['an arrow becomes ->', 'splint → injection', 'splint -> injection'],
    ['Latin-1 accents stay', 'Zoë Núñez', 'Zoë Núñez'],
    ['dashes and curly quotes WinAnsi has stay', 'De Quervain’s — 4', 'De Quervain’s — 4'],
    ['anything else becomes ?', 'hand ✋', 'hand ?'],
  ])('%s', (_name, input, output) => {
    expect(winAnsi(input)).toBe(output);
  });
});
