import { describe, expect, it } from 'vitest';
import type { StoredAlert } from '../record';
import { openAfter, openAfterReplay } from './open';
import type { Alert } from './types';

const alert = (key: string, date: string, level: Alert['level'] = 'warning'): Alert => ({
  key,
  kind: key.split(':')[0] as Alert['kind'],
  level,
  date,
  reason: `because ${key}`,
  sources: ['aft39-alerts'],
});
const stored = (a: Alert, more: Partial<StoredAlert> = {}): StoredAlert => ({
  ...a,
  acknowledgedAt: null,
  acknowledgedBy: null,
  resolvedOn: null,
  ...more,
});
const keys = (xs: readonly StoredAlert[]) => xs.map((a) => a.key).toSorted();

describe('openAfter: the open alerts once a save’s changes are written', () => {
  const pain = alert('pain_adherence_risk:2026-03-02', '2026-03-02');
  const worse = alert('worsening:2026-03-09', '2026-03-09');

  it('keeps what was open, adds an alert opened now', () => {
    const flag = alert('red_flag:2026-03-16:infection', '2026-03-16', 'critical');
    const after = openAfter([stored(pain)], { upserts: [flag], resolved: [] }, new Set());
    expect(keys(after)).toEqual([pain.key, flag.key]);
    expect(after.find((a) => a.key === flag.key)).toMatchObject({ acknowledgedAt: null, resolvedOn: null });
  });

  it('an alert updated with the latest figures is listed once, as updated', () => {
    const updated = { ...worse, date: '2026-03-16', reason: 'worse again' };
    const after = openAfter([stored(worse), stored(pain)], { upserts: [updated], resolved: [] }, new Set());
    expect(after.filter((a) => a.key === worse.key)).toEqual([stored(updated)]);
    expect(after).toHaveLength(2);
  });

  it('an episode resolved now is closed; the others stay', () => {
    const after = openAfter(
      [stored(worse), stored(pain)],
      { upserts: [], resolved: [{ key: worse.key }] },
      new Set(),
    );
    expect(keys(after)).toEqual([pain.key]);
  });

  it('rewriting a row a clinician acknowledged does not reopen it (same-day reopening keeps the key)', () => {
    const after = openAfter([], { upserts: [worse], resolved: [{ key: worse.key }] }, new Set([worse.key]));
    expect(after).toEqual([]);
  });

  it('never lists acknowledged or resolved rows it was given', () => {
    const after = openAfter(
      [
        stored(worse, { acknowledgedAt: '2026-03-10T09:00:00.000Z' }),
        stored(pain, { resolvedOn: '2026-03-09' }),
      ],
      { upserts: [], resolved: [] },
      new Set(),
    );
    expect(after).toEqual([]);
  });
});

describe('openAfterReplay: the open alerts once a replayed record replaces the stored alerts', () => {
  const worse = alert('worsening:2026-03-09', '2026-03-16');
  const pain = alert('pain_adherence_risk:2026-03-02', '2026-03-02');
  const flag = alert('red_flag:2026-03-16:infection', '2026-03-16', 'critical');

  it('open: the replayed alerts still going and not acknowledged; resolved ones are not', () => {
    const after = openAfterReplay(
      [stored(worse)],
      [
        { alert: worse, resolvedOn: null },
        { alert: pain, resolvedOn: '2026-03-09' },
        { alert: flag, resolvedOn: null },
      ],
      new Set([flag.key]),
    );
    expect(keys(after)).toEqual([worse.key]);
  });

  it('a stored open alert the replay no longer raises goes', () => {
    expect(openAfterReplay([stored(pain)], [{ alert: worse, resolvedOn: null }], new Set())).toEqual([
      stored(worse),
    ]);
  });
});
