import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecord, demoRecord, gpSummary, REGIONS, twoYearRecord } from '@handcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
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
  const { pages, all } = pdfText(pdf);

  it('is one summary page and one appendix page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
  });

  it('leads with what is asked of the GP, before the drawing and the chart', () => {
    const first = pages[0] as string;
    expect(first.indexOf('Asked of the GP')).toBeGreaterThan(-1);
    expect(first.indexOf('Asked of the GP')).toBeLessThan(first.indexOf('Where (worst severity'));
    expect(all).toContain('neutral wrist night splint for at least 8 weeks');
  });

  it.each([
    ['the person', 'Ann Example, 61 years'],
    ['the medicine and since when', 'Letrozole since 2026-01-05 (20 weeks)'],
    ['the onset relative to the start', '3 weeks after starting the aromatase inhibitor'],
    ['a region in plain words', 'right index finger, tip and end joint (palm side)'],
    ['the other hand', 'left palm, base of ring finger'],
    ['the pattern, as a resemblance', 'carpal tunnel syndrome'],
    ['not a diagnosis', 'not a diagnosis'],
    ['the dates', 'Made 2026-05-25'],
    ['the CTS-6 from history only', '7.5 of 7.5 from history'],
    ['the treatment and its effect', 'Night splint (right) from 2026-03-16: a little better'],
    ['source ids', '[nhs-ebi-cts]'],
    ['the drawing captions', 'Right palm'],
    ['what does not help', 'have not been shown to help carpal tunnel itself'],
  ])('shows %s as real, searchable text', (_what, text) => {
    expect(all).toContain(text);
  });

  it('lists the check-ins and the full citations in the appendix', () => {
    const appendix = pages[1] as string;
    expect(appendix).toContain('Check-ins (16)');
    expect(appendix).toContain('2026-05-18');
    expect(appendix.replace(/\s+/g, ' ')).toContain('[graham2006] Graham B');
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
    expect(pages[1]).toMatch(/2026-03-30\s+12\s+8\s+2\s+RED/);
    expect(pages[1]).not.toMatch(/2026-03-02[^\n]*RED/);
  });

  it('keeps accented names (Latin-1) and stays two pages with the back of the hand drawn too', () => {
    expect(pages[0]).toContain('Zoë Núñez');
    expect(pages[0]).toContain('Left back');
    expect(pageCount(pdf)).toBe(2);
  });
});

describe('edge records', () => {
  it('renders two years of weekly check-ins on one summary page plus the appendix', async () => {
    const pdf = await renderGpSummaryPdf(gpSummary(twoYearRecord(), '2028-01-31'));
    expect(pageCount(pdf)).toBe(2);
    const { pages } = pdfText(pdf);
    expect(pages[0]).toContain('Letrozole since 2026-01-05 (108 weeks)');
    expect(pages[1]).toContain('Check-ins (104)');
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
  });

  it('renders a record without check-ins', async () => {
    const pdf = await renderGpSummaryPdf(gpSummary(buildRecord([], { name: null }), '2026-03-31'));
    expect(pageCount(pdf)).toBe(2);
    const { all } = pdfText(pdf);
    expect(all).toContain('Nothing specific asked');
    expect(all).toContain('No aromatase inhibitor recorded');
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
