/**
 * History: severity week by week since the medicine started (chart + a table with the same numbers
 * for screen readers), treatments on the time axis, the hands shaded by the worst severity of the
 * last four weeks, and every check-in, each opening its stored result.
 */
import {
  type Context,
  chartView,
  EFFECT_WINDOWS_TEXT,
  gpSummary,
  type StoredCheckIn,
  type StoredTreatment,
  treatmentEffects,
} from '@handcheck/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { api } from '../api';
import { SeverityMap } from '../components/BodyMap';
import type { ChartSeries } from '../components/Chart';
import { WeeklySeverity } from '../components/WeeklySeverity';
import { longDate, today } from '../words';

// The overall line is a pale wide band; patterns are dark lines distinguishable for common
// colour-vision differences.
const COLOURS = ['#8fb8d8', '#b35806', '#007a5a', '#a3336b', '#5d3a9b', '#8a6d00', '#444444', '#c0392b'];

interface Data {
  checkIns: StoredCheckIn[];
  treatments: StoredTreatment[];
  context: Context;
}

export function HistoryPage() {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [surface, setSurface] = useState<'palm' | 'back'>('palm');
  useEffect(() => {
    Promise.all([api.checkIns(), api.treatments(), api.context()]).then(
      ([checkIns, treatments, context]) => setData({ checkIns, treatments, context }),
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
            {view.timeline.medicineStartedOn && (
              <p class="hint">
                Since you started {view.timeline.medicine} on {longDate(view.timeline.medicineStartedOn)}.
                Dashed lines mark treatments, solid lines a change of medicine. The shaded weeks are the first
                three months, when these symptoms usually begin.
              </p>
            )}
            {view.onset && <p class="hint">The triangle on the week line marks when your symptoms began.</p>}
            <WeeklySeverity
              weeks={view.timeline.weeks}
              series={view.series}
              marks={view.marks}
              band={view.band}
              onset={view.onset}
              day={longDate}
            />
          </section>

          {view.timeline.medicineChanges.length > 0 && (
            <section aria-labelledby="medicine-title" class="card">
              <h2 id="medicine-title">Your medicine over time</h2>
              <ol class="plain medicine-history">
                {view.timeline.medicineChanges.map((c) => (
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

/** The chart and the hands, from core's summary of the record (as the clinician's page and the PDF). */
function shape({ checkIns, treatments, context }: Data) {
  const summary = gpSummary(
    { patient: { id: 'me', email: '', name: null }, context, checkIns, treatments, alerts: [] },
    today(),
  );
  const view = chartView(summary, 'patient');
  const series: ChartSeries[] = view.series.map((s, i) => ({
    label: s.label,
    colour: COLOURS[i % COLOURS.length] as string,
    values: s.values,
  }));
  return { ...view, series, timeline: summary.timeline };
}
