/**
 * Sources on the GP summary as small numbered footnotes ("night splint ... 3,5-7") rather than
 * inline ids a GP has to read past. Numbers follow the order a reader meets them on page 1; the
 * appendix lists the full citations by number.
 */
import type { GpSummary, SourceId } from '@handcheck/core';

export class Footnotes {
  private readonly numbers = new Map<SourceId, number>();

  constructor(order: readonly SourceId[]) {
    for (const id of order) if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
  }

  /** "1,3-5" for the ids given (each number once, ascending, runs of three or more as a range). */
  ref(ids: readonly SourceId[]): string {
    const ns = [...new Set(ids.map((id) => this.number(id)))].toSorted((a, b) => a - b);
    const parts: string[] = [];
    for (let i = 0; i < ns.length; ) {
      let j = i;
      while (j + 1 < ns.length && (ns[j + 1] as number) === (ns[j] as number) + 1) j++;
      parts.push(j - i >= 2 ? `${ns[i]}-${ns[j]}` : ns.slice(i, j + 1).join(','));
      i = j + 1;
    }
    return parts.join(',');
  }

  /** The number of a source; one not seen in the page order gets the next number. */
  number(id: SourceId): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }

  /** Every numbered source, by number. */
  list(): readonly { readonly n: number; readonly id: SourceId }[] {
    return [...this.numbers].map(([id, n]) => ({ n, id }));
  }
}

/** The summary's sources in the order page 1 shows them; anything else cited after them. */
export function footnotesFor(s: GpSummary): Footnotes {
  const order: SourceId[] = [...(s.onset?.sources ?? [])];
  for (const f of s.redFlags) order.push(...f.sources);
  for (const a of s.asks) order.push(...a.sources);
  for (const c of s.changes) order.push(...c.sources);
  for (const p of s.patterns) for (const e of [...p.evidence, ...p.against]) order.push(...e.sources);
  order.push(...(s.onsetWindow?.sources ?? []));
  if (s.scores) order.push('katz1990', ...s.scores.cts6.sources, ...s.scores.composite.sources);
  for (const q of s.questions) order.push(...q.sources);
  for (const n of s.notes) order.push(...n.sources);
  order.push(...s.sources);
  return new Footnotes(order);
}
