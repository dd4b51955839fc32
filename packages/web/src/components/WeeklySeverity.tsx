/**
 * Severity week by week since the medicine started: the chart, and the same numbers as a table for
 * screen readers (a canvas says nothing to them). Shared by the patient's History and the
 * clinician's trend, so both read the numbers the same way.
 */

import { useMemo } from 'preact/hooks';
import { lazyScreen } from '../lazy';
import type { ChartBand, ChartMark, ChartOnset, ChartSeries } from './Chart';

const Chart = lazyScreen(() => import('./Chart').then((m) => m.SeverityChart));

interface Props {
  /** The timeline's weeks: week number and the date it starts. */
  readonly weeks: readonly { week: number; date: string }[];
  /** One value per week in `weeks`. */
  readonly series: readonly ChartSeries[];
  /** Treatments started and medicine switches or pauses on the time axis. */
  readonly marks: readonly ChartMark[];
  /** The usual onset window, shaded. */
  readonly band?: ChartBand | null;
  /** The week symptoms began, marked on the axis; `text` says it to a screen reader. */
  readonly onset?: (ChartOnset & { readonly text: string }) | null;
  /** How a week's date is written in the table (a long date for patients, short in a clinician's cell). */
  readonly day: (iso: string) => string;
}

export function WeeklySeverity({ weeks, series, marks, band, onset, day }: Props) {
  // The same array while the weeks stay the same: the chart redraws only when its inputs change.
  const numbers = useMemo(() => weeks.map((w) => w.week), [weeks]);
  return (
    <>
      <Chart weeks={numbers} series={series} marks={marks} band={band} onset={onset} />
      {/* A table ignores a 1 px width, so the hiding box wraps it (else it would widen the page). */}
      <div class="visually-hidden">
        <table>
          <caption>
            Worst severity (0–10) each week since the medicine started{onset ? `. ${onset.text}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Date</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Treatments and medicine</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w.week}>
                <th scope="row">{w.week}</th>
                <td>{day(w.date)}</td>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? '—'}</td>
                ))}
                <td>
                  {marks
                    .filter((m) => m.week === w.week)
                    .map((m) => m.label)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
