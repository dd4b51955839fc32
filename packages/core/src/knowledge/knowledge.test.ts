import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, URGENCIES } from '../triage/types';
import { CONDITIONS, type ConditionPattern } from './conditions';
import { type CareLadder, LADDERS, ONCOLOGY_TALK, UNMATCHED_REVIEW } from './ladders';
import { RED_FLAGS, type RedFlag } from './redFlags';
import { isSourceId, SOURCES, type SourceId } from './sources';

/** Every record, evidence item and advice text with its sources, named for the failure message. */
function cited(): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  for (const p of CONDITIONS as readonly ConditionPattern[]) {
    out.push([`condition ${p.key}`, p.sources]);
    for (const c of [...p.for, ...p.against]) out.push([`condition ${p.key} / ${c.id}`, c.sources]);
  }
  for (const f of RED_FLAGS as readonly RedFlag[]) {
    out.push([`red flag ${f.id}`, f.sources]);
    for (const e of f.escalations ?? [])
      out.push([`red flag ${f.id} / escalation to ${e.urgency}`, e.sources]);
  }
  for (const l of LADDERS as readonly CareLadder[]) {
    out.push([`ladder ${l.condition}`, l.sources]);
    for (const s of l.steps) out.push([`ladder ${l.condition} / ${s.id}`, s.sources]);
    for (const n of l.notes ?? []) out.push([`ladder ${l.condition} / note ${n.id}`, n.sources]);
  }
  out.push([`step ${ONCOLOGY_TALK.id}`, ONCOLOGY_TALK.sources]);
  out.push([`step ${UNMATCHED_REVIEW.id} (no pattern)`, UNMATCHED_REVIEW.sources]);
  return out;
}

describe('the knowledge tables', () => {
  it.each(cited())('%s names at least one known source', (_what, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const id of sources) expect(isSourceId(id), `unknown source id "${id}"`).toBe(true);
  });

  // Secondary sources (news, calculators, patient sites, blogs) give context,
  // never the sole basis of a rule.
  it.each(cited())('%s rests on more than secondary sources', (_what, sources) => {
    const kinds = sources.filter(isSourceId).map((id) => SOURCES[id as SourceId].kind);
    expect(kinds.some((k) => k !== 'secondary')).toBe(true);
  });

  it('has a pattern and a care ladder for every condition id', () => {
    const patterns = new Set(CONDITIONS.map((p) => p.condition));
    const ladders = new Set(LADDERS.map((l) => l.condition));
    for (const id of CONDITION_IDS) {
      expect(patterns.has(id), `pattern for ${id}`).toBe(true);
      expect(ladders.has(id), `ladder for ${id}`).toBe(true);
    }
  });

  it('has unique keys and unique criterion ids within each pattern', () => {
    const keys = CONDITIONS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of CONDITIONS as readonly ConditionPattern[]) {
      const ids = [...p.for, ...p.against].map((c) => c.id);
      expect(new Set(ids).size, p.key).toBe(ids.length);
      expect(p.for.length, p.key).toBeGreaterThan(0);
    }
  });

  it('weighs features for a pattern positively and against it negatively', () => {
    for (const p of CONDITIONS as readonly ConditionPattern[]) {
      for (const c of p.for) expect(c.weight, `${p.key}/${c.id}`).toBeGreaterThan(0);
      for (const c of p.against) expect(c.weight, `${p.key}/${c.id}`).toBeLessThan(0);
    }
  });

  it('has unique red flag ids, known urgencies, and escalations only upwards', () => {
    const ids = RED_FLAGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of RED_FLAGS as readonly RedFlag[]) {
      expect(URGENCIES).toContain(f.urgency);
      for (const e of f.escalations ?? []) {
        expect(URGENCIES.indexOf(e.urgency), `${f.id} escalates`).toBeLessThan(URGENCIES.indexOf(f.urgency));
      }
    }
  });

  it('has unique step ids within each ladder', () => {
    for (const l of LADDERS as readonly CareLadder[]) {
      const ids = l.steps.map((s) => s.id);
      expect(new Set(ids).size, l.condition).toBe(ids.length);
    }
  });

  it('never suggests oral anti-inflammatories on the carpal tunnel ladder [aaos2016]', () => {
    const cts = LADDERS.find((l) => l.condition === 'carpal_tunnel') as CareLadder;
    for (const s of cts.steps) expect(s.tried, s.id).not.toContain('nsaid_tablets');
    expect(cts.notes?.map((n) => n.id)).toContain('no_nsaid_for_cts');
  });
});
