/**
 * Severity week by week since the medicine started (the patient's own chart, with a table of the
 * same numbers for screen readers) and the hands shaded by the worst severity of the last 4 weeks
 * (the patient's own drawing). Both read core's `gpSummary`, like the PDF.
 */
import { chartView, type GpSummary } from '@handcheck/core';
import { useMemo, useState } from 'preact/hooks';
import { SeverityMap } from '../../components/BodyMap';
import type { ChartSeries } from '../../components/Chart';
import { WeeklySeverity } from '../../components/WeeklySeverity';
import { shortDate } from './words';

// Okabe–Ito-like, dark enough on white (the same family as the patient's History).
const COLOURS = ['#0b4f8a', '#b35806', '#007a5a', '#a3336b', '#5d3a9b', '#8a6d00', '#444444', '#c0392b'];

export function TrendSection({ summary }: { summary: GpSummary }) {
  const [surface, setSurface] = useState<'palm' | 'back'>('palm');
  const view = useMemo(() => shape(summary), [summary]);
  if (summary.timeline.weeks.length === 0) return null;
  return (
    <>
      <section class="card" aria-labelledby="trend-title">
        <h2 id="trend-title">Severity week by week</h2>
        <p class="hint">
          Worst area and each pattern, 0–10, by weeks since the medicine started. Dashed lines mark
          treatments, solid lines a switch, pause or stop of the medicine.
          {summary.onsetWindow &&
            ' The shaded weeks are the first three months, when these symptoms usually begin.'}
          {view.onset && ' The triangle on the axis marks the week symptoms began.'}
        </p>
        <WeeklySeverity
          weeks={summary.timeline.weeks}
          series={view.series}
          marks={view.marks}
          band={view.band}
          onset={view.onset}
          day={shortDate}
        />
      </section>

      <section class="card" aria-labelledby="hands-title">
        <h2 id="hands-title">Where, last 4 weeks</h2>
        {summary.window && (
          <p class="hint">
            Worst severity per area, {shortDate(summary.window.from)} to {shortDate(summary.window.to)}.
          </p>
        )}
        {summary.regions.length === 0 ? (
          <p>Nothing marked in the last 4 weeks.</p>
        ) : (
          <>
            <button
              type="button"
              class="secondary flip"
              onClick={() => setSurface(surface === 'palm' ? 'back' : 'palm')}
            >
              {surface === 'palm' ? 'Show back of hands' : 'Show palm side'}
            </button>
            <SeverityMap surface={surface} worst={view.worst} />
          </>
        )}
      </section>
    </>
  );
}

function shape(summary: GpSummary) {
  const view = chartView(summary, 'clinician');
  const series: ChartSeries[] = view.series.map((s, i) => ({
    label: s.label,
    colour: COLOURS[i % COLOURS.length] as string,
    values: s.values,
  }));
  return { ...view, series };
}
