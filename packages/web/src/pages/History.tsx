/**
 * History: severity week by week since the medicine started (chart + a table with the same numbers
 * for screen readers), treatments on the time axis, the hands shaded by the worst severity of the
 * last four weeks, and every check-in, each opening its stored result.
 */
import {
  addDays,
  type ConditionId,
  type Context,
  EFFECT_WINDOWS_TEXT,
  medicineMarks,
  type StoredCheckIn,
  type StoredTreatment,
  type Timeline,
  TREATMENT_LABELS,
  treatmentEffects,
  usualOnsetWindow,
  weeksBetween,
} from '@handcheck/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { api } from '../api';
import { SeverityMap } from '../components/BodyMap';
import type { ChartMark, ChartSeries } from '../components/Chart';
import { WeeklySeverity } from '../components/WeeklySeverity';
import { longDate, today } from '../words';

// The overall line is a pale wide band; patterns are dark lines distinguishable for common
// colour-vision differences.
const COLOURS = ['#8fb8d8', '#b35806', '#007a5a', '#a3336b', '#5d3a9b', '#8a6d00', '#444444', '#c0392b'];

interface Data {
  timeline: Timeline;
  checkIns: StoredCheckIn[];
  treatments: StoredTreatment[];
  context: Context;
}

export function HistoryPage() {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [surface, setSurface] = useState<'palm' | 'back'>('palm');
  useEffect(() => {
    Promise.all([api.timeline(), api.checkIns(), api.treatments(), api.context()]).then(
      ([timeline, checkIns, treatments, context]) => setData({ timeline, checkIns, treatments, context }),
      () => setError('Could not load your history. Check your connection and try again.'),
    );
  }, []);

  const view = useMemo(() => (data ? shape(data) : null), [data]);
  // Two check-ins on one day count once: the later one (the list is oldest first).
  const days = useMemo(() => (data ? latestPerDay(data.checkIns) : []), [data]);
  const effects = useMemo(
    () => (data ? treatmentEffects(data.checkIns, data.treatments, today()) : []),
    [data],
  );
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!data || !view) return <p class="loading">Loading…</p>;

  return (
    <>
      <h1>Your history</h1>
      {data.checkIns.length === 0 ? (
        <p class="card">
          No check-ins yet. <Link href="/">Do your first check-in</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="chart-title" class="card">
            <h2 id="chart-title">How bad, week by week</h2>
            {data.timeline.medicineStartedOn && (
              <p class="hint">
                Since you started {data.timeline.medicine} on {longDate(data.timeline.medicineStartedOn)}.
                Dashed lines mark treatments, solid lines a change of medicine. The shaded weeks are the first
                three months, when these symptoms usually begin.
              </p>
            )}
            <WeeklySeverity
              weeks={data.timeline.weeks}
              series={view.series}
              marks={view.marks}
              band={view.band}
              day={longDate}
            />
          </section>

          {data.timeline.medicineChanges.length > 0 && (
            <section aria-labelledby="medicine-title" class="card">
              <h2 id="medicine-title">Your medicine over time</h2>
              <ol class="plain medicine-history">
                {data.timeline.medicineChanges.map((c) => (
                  <li key={`${c.date}-${c.kind}`} class="change-line">
                    <span class="date">{longDate(c.date)}</span> {c.text}{' '}
                    <span class="hint">(week {c.week})</span>
                  </li>
                ))}
              </ol>
            </section>
          )}

          {effects.length > 0 && (
            <section aria-labelledby="effects-title" class="card">
              <h2 id="effects-title">What your treatments did</h2>
              <p class="hint">{EFFECT_WINDOWS_TEXT}</p>
              <ul class="plain effects">
                {effects.map((e) => (
                  <li key={`${e.kind}-${e.startedOn}`} class={`effect ${e.status}`}>
                    <strong>{e.text}</strong>
                    <span>
                      {e.name}, started {longDate(e.startedOn)}. {e.ratingText}.
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="map-title" class="card">
            <h2 id="map-title">Where it was worst, last four weeks</h2>
            <button
              type="button"
              class="primary flip"
              onClick={() => setSurface(surface === 'palm' ? 'back' : 'palm')}
            >
              {surface === 'palm' ? 'Show back of hands' : 'Show palm side'}
              {otherSide(view.worst, surface) > 0 && ` (${otherSide(view.worst, surface)} marked)`}
            </button>
            <SeverityMap surface={surface} worst={view.worst} />
          </section>

          <section aria-labelledby="list-title">
            <h2 id="list-title">Every check-in</h2>
            <ul class="plain checkin-list">
              {days.toReversed().map((c) => (
                <li key={c.id}>
                  <Link href={`/result/${c.id}`} class="list-link">
                    <span class="date">{longDate(c.checkIn.date)}</span>
                    <span class="summary">{summary(c)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

/** One check-in per day, the later one, oldest first. */
export function latestPerDay(checkIns: readonly StoredCheckIn[]): StoredCheckIn[] {
  const byDay = new Map<string, StoredCheckIn>();
  for (const c of checkIns) byDay.set(c.checkIn.date, c);
  return [...byDay.values()];
}

/** How many areas with symptoms are on the side of the hands not shown. */
function otherSide(worst: ReadonlyMap<string, number>, shown: 'palm' | 'back'): number {
  const other = shown === 'palm' ? '.back.' : '.palm.';
  return [...worst].filter(([id, s]) => id.includes(other) && s > 0).length;
}

function summary(c: StoredCheckIn): string {
  const a = c.assessment;
  if (a.redFlags.length > 0) return `Needs attention · ${a.redFlags.length} warning sign(s)`;
  if (c.checkIn.regions.length === 0) return 'No symptoms';
  const worst = Math.max(...c.checkIn.regions.map((r) => r.severity));
  const what = a.resembles[0] ? ` · resembles ${a.resembles[0].name}` : '';
  return `${c.checkIn.regions.length} area(s), worst ${worst}/10${what}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function shape({ timeline, checkIns, treatments, context }: Data) {
  const names = new Map<ConditionId, string>();
  for (const c of checkIns) for (const r of c.assessment.resembles) names.set(r.condition, r.name);
  const conditions = [...new Set(timeline.weeks.flatMap((w) => Object.keys(w.byCondition)))] as ConditionId[];
  const series: ChartSeries[] = [
    {
      label: 'Worst of all areas',
      colour: COLOURS[0] as string,
      values: timeline.weeks.map((w) => w.maxSeverity),
    },
    ...conditions.map((c, i) => ({
      label: names.get(c) ?? c.replaceAll('_', ' '),
      colour: COLOURS[(i + 1) % COLOURS.length] as string,
      values: timeline.weeks.map((w) => w.byCondition[c] ?? null),
    })),
  ];
  const anchor = timeline.anchor;
  const marks: ChartMark[] = anchor
    ? [
        ...treatments
          .filter((t) => t.startedOn)
          .map((t) => ({
            week: weeksBetween(anchor, t.startedOn as string),
            label: TREATMENT_LABELS[t.kind],
          })),
        ...checkIns.flatMap((c) =>
          c.checkIn.treatments.map((t) => ({
            week: weeksBetween(anchor, t.startedOn ?? c.checkIn.date),
            label: TREATMENT_LABELS[t.kind],
          })),
        ),
      ]
        .filter((m, i, all) => all.findIndex((x) => x.week === m.week && x.label === m.label) === i)
        .map((m): ChartMark => ({ ...m, kind: 'treatment' }))
        .concat(
          medicineMarks(context, anchor, today()).map((m) => ({
            week: m.week,
            label: capitalize(m.label),
            kind: 'medicine' as const,
          })),
        )
    : [];
  const window = usualOnsetWindow(timeline);
  const band = window
    ? { from: window.fromWeek, to: window.toWeek, label: 'Usual onset: first 3 months' }
    : null;
  const since = addDays(today(), -28);
  const worst = new Map<string, number>();
  for (const c of checkIns.filter((x) => x.checkIn.date >= since))
    for (const r of c.checkIn.regions) worst.set(r.region, Math.max(worst.get(r.region) ?? 0, r.severity));
  return { series, marks, band, worst };
}
