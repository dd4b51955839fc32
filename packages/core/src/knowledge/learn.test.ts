import { describe, expect, it } from 'vitest';
import { LEARN_PAGE_IDS, LEARN_PAGES, type LearnPage, learnPage } from './learn';
import { sentences, soundsLikeDiagnosis, tellsReaderToStopMedicine } from './plainWords';
import { isSourceId } from './sources';

const pages = LEARN_PAGES.map((p) => [p.id, p] as const);
const allText = (p: LearnPage) => [
  p.title,
  p.summary,
  ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.steps ?? [])]),
];
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const body = (p: LearnPage) => [
  p.summary,
  ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.steps ?? [])]),
];

describe('the Learn pages', () => {
  it('has one page per id, in order, each found by learnPage', () => {
    expect(LEARN_PAGES.map((p) => p.id)).toEqual([...LEARN_PAGE_IDS]);
    for (const id of LEARN_PAGE_IDS) expect(learnPage(id)?.id).toBe(id);
    expect(learnPage('no-such-page')).toBeUndefined();
  });

  it.each(pages)('%s links only to other pages that exist', (id, p) => {
    for (const r of p.related) {
      expect(LEARN_PAGE_IDS).toContain(r);
      expect(r).not.toBe(id);
    }
  });
});

describe('every claim has a source', () => {
  it.each(pages)('%s: every section names known sources', (_, p) => {
    expect(p.sections.length).toBeGreaterThan(0);
    for (const s of p.sections) {
      expect(s.sources.length, s.heading).toBeGreaterThan(0);
      for (const id of s.sources) expect(isSourceId(id), `${s.heading}: ${id}`).toBe(true);
    }
  });

  it.each(pages)('%s: the page lists exactly the sources of its sections', (_, p) => {
    expect(new Set(p.sources)).toEqual(new Set(p.sections.flatMap((s) => s.sources)));
    expect(new Set(p.sources).size).toBe(p.sources.length);
  });
});

describe('written for the reader', () => {
  it.each(pages)('%s: is 150–400 words long', (_, p) => {
    const n = words(body(p).join(' ')).length;
    expect(n).toBeGreaterThanOrEqual(150);
    expect(n).toBeLessThanOrEqual(400);
  });

  it.each(pages)('%s: uses short sentences (none over 22 words, 13 on average)', (_, p) => {
    const lengths = body(p)
      .flatMap(sentences)
      .map((s) => words(s).length);
    for (const n of lengths) expect(n).toBeLessThanOrEqual(22);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(13);
  });

  it.each(pages)('%s: never tells the reader to stop, pause or skip their medicine', (_, p) => {
    for (const text of allText(p)) expect(tellsReaderToStopMedicine(text), text).toBe(false);
  });

  it.each(pages)('%s: never says "you have" a condition', (_, p) => {
    for (const text of allText(p)) expect(soundsLikeDiagnosis(text), text).toBe(false);
  });

  it('sends every change of medicine to the oncology team', () => {
    for (const p of LEARN_PAGES) {
      const text = allText(p).join(' ');
      if (/\b(switch|break|gap|change)\b/i.test(text) && /\bmedicine\b/i.test(text))
        expect(text, p.id).toMatch(/oncology team/);
    }
  });
});

describe('where the brief corrects the seed', () => {
  it('says anti-inflammatory tablets do not help carpal tunnel syndrome', () => {
    const text = allText(learnPage('carpal-tunnel') as LearnPage).join(' ');
    expect(text).toMatch(/anti-inflammatory tablets[^.]*do not help carpal tunnel/i);
  });

  it('says trouble can start after the first year', () => {
    const text = allText(learnPage('what-is-aimss') as LearnPage).join(' ');
    expect(text).toMatch(/after a year or more/);
  });

  it('explains the medical words it uses', () => {
    const text = allText(learnPage('what-is-aimss') as LearnPage).join(' ');
    expect(text).toMatch(/"Musculoskeletal" just means/);
    expect(allText(learnPage('carpal-tunnel') as LearnPage).join(' ')).toMatch(
      /nerve called the median nerve/,
    );
  });
});

describe('exercise a person can follow', () => {
  it('gives the trial plan in weeks, building up to 150 minutes and strength work twice a week [irwin2015]', () => {
    const plan = learnPage('exercise')?.sections.find((s) => s.steps);
    expect(plan?.sources).toContain('irwin2015');
    const text = plan?.steps?.join(' ') ?? '';
    expect(text).toMatch(/150 minutes/);
    expect(text).toMatch(/two days/);
    expect(plan?.steps?.[0]).toMatch(/^Weeks 1 and 2/);
  });

  it('shows tendon gliding, nerve gliding and thumb strengthening as short numbered steps, each with a drawing', () => {
    const p = learnPage('hand-exercises');
    const withSteps = p?.sections.filter((s) => s.steps) ?? [];
    expect(withSteps.map((s) => s.figure)).toEqual(['tendon-gliding', 'nerve-gliding', 'thumb-strength']);
    for (const s of withSteps) {
      expect(s.steps?.length ?? 0).toBeGreaterThanOrEqual(3);
      for (const step of s.steps ?? []) expect(step.split(/\s+/).length, step).toBeLessThanOrEqual(14);
    }
  });
});
