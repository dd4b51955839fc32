import { describe, expect, it } from 'vitest';
import { LADDERS, type LadderStep } from './ladders';
import { citationOf, isSourceId, SOURCES, type SourceId, sourceLink } from './sources';

const IDS = Object.keys(SOURCES) as SourceId[];

describe('what a person or a GP sees of a source: a clean citation and a link', () => {
  it.each(IDS)('%s: no internal notes in its citation', (id) => {
    const c = citationOf(id);
    expect(c).not.toMatch(
      /not retrieved|recollection|researcher|from memory|file `|\.\.\/|shared\/|do not use|\*\*|mirror|read-only|low authority|\[S\/R\]|shorthand|per .* summary|not identified/i,
    );
    expect(c.length).toBeGreaterThan(10);
  });

  it.each(IDS)('%s: its link, when known, is an https address that opens', (id) => {
    const link = sourceLink(id);
    if (link !== undefined) expect(link).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
  });

  it('builds links from a DOI, a PMC number or a PubMed number', () => {
    expect(sourceLink('sestak2009')).toBe('https://doi.org/10.1200/JCO.2009.22.0236');
    expect(sourceLink('cmaj2013')).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC3563889/');
    expect(sourceLink('jhs2015sev')).toBe('https://pubmed.ncbi.nlm.nih.gov/25708432/');
  });

  it('types secondary pages honestly: Medscape and the Green-grade pages are not the seed interview', () => {
    expect(SOURCES.kale2023.kind).toBe('secondary');
    expect(SOURCES['green-var'].kind).toBe('secondary');
    const seeds = IDS.filter((id) => SOURCES[id].kind === 'seed');
    expect(seeds).toEqual(['seed']);
  });

  it('keeps the corrected author list of the Tunisian carpal tunnel series', () => {
    expect(citationOf('soumaya2016')).toMatch(/^Labidi S, Mejri N/);
  });

  it('does not cite the AI-arthralgia meta-analysis for paracetamol or anti-inflammatories', () => {
    const steps = LADDERS.flatMap((l) => l.steps as readonly LadderStep[]);
    for (const s of steps.filter((x) => x.tried.some((k) => k === 'paracetamol' || k.startsWith('nsaid'))))
      expect(s.sources, s.id).not.toContain('yang2017');
  });

  it('every fair trial names a known source', () => {
    for (const l of LADDERS)
      for (const s of l.steps as readonly LadderStep[])
        for (const id of s.fairTrial?.sources ?? [])
          expect(isSourceId(id), `${l.condition}/${s.id}: ${id}`).toBe(true);
  });
});
