/**
 * Red flags present in a check-in, most urgent first: a small generic reader of the table in
 * knowledge/redFlags.ts. Each flag's first escalation that applies replaces its urgency and words.
 */
import { type Escalation, RED_FLAGS, type RedFlag } from '../knowledge/redFlags';
import type { Facts } from './facts';
import { type CareRole, type RedFlagFinding, URGENCIES, type Urgency } from './types';

const RANK: Readonly<Record<Urgency, number>> = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<
  Urgency,
  number
>;

const BY_ID: ReadonlyMap<string, RedFlag> = new Map((RED_FLAGS as readonly RedFlag[]).map((r) => [r.id, r]));

/** Sorts findings most urgent first; equal urgencies keep the table's order. */
export function byUrgency(a: { urgency: Urgency }, b: { urgency: Urgency }): number {
  return RANK[a.urgency] - RANK[b.urgency];
}

function unique<T>(ids: readonly T[]): T[] {
  const out: T[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * Red flags present in this check-in, most urgent first. A flag that `supersedes` others removes them
 * when they are not more urgent than it (e.g. signs from the brain leave nothing beside them).
 */
export function findRedFlags(f: Facts): RedFlagFinding[] {
  const out: RedFlagFinding[] = [];
  let superseding = false;
  for (const flag of RED_FLAGS as readonly RedFlag[]) {
    if (flag.needs !== undefined && (f.presentSymptoms & flag.needs) === 0) continue;
    const marks = flag.detect(f);
    if (!marks) continue;
    let escalation: Escalation | undefined;
    for (const e of flag.escalations ?? []) {
      if (e.when(f)) {
        escalation = e;
        break;
      }
    }
    if (flag.supersedes) superseding = true;
    const regions = unique(marks.map((m) => m.region.id));
    out.push({
      id: flag.id,
      name: flag.name,
      urgency: escalation?.urgency ?? flag.urgency,
      reason: escalation?.reason ?? flag.reason,
      action: escalation?.action ?? flag.action,
      regions,
      sources: escalation ? unique([...escalation.sources, ...flag.sources]) : flag.sources,
    });
  }
  return (superseding ? dropSuperseded(out) : out).sort(byUrgency);
}

function dropSuperseded(found: readonly RedFlagFinding[]): RedFlagFinding[] {
  return found.filter(
    (x) =>
      !found.some((by) => {
        if (by === x) return false;
        const s = BY_ID.get(by.id)?.supersedes;
        if (!s || (s !== 'all' && !s.includes(x.id))) return false;
        return RANK[x.urgency] >= RANK[by.urgency];
      }),
  );
}

/** The next step a finding calls for: its stable id and whom to see (an escalation may change who). */
export function redFlagStep(finding: RedFlagFinding): { id: string; who: CareRole } {
  const flag = BY_ID.get(finding.id);
  if (!flag) return { id: 'gp_review', who: 'gp' };
  const escalation = flag.escalations?.find(
    (e) => e.urgency === finding.urgency && e.urgency !== flag.urgency,
  );
  return { id: flag.step.id, who: escalation?.who ?? flag.step.who };
}
