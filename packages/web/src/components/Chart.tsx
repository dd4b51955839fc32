/**
 * Severity over time since the medicine started, drawn with uPlot (canvas). Loaded only by
 * WeeklySeverity (History, the clinician's trend). A canvas says nothing to a screen reader, so
 * WeeklySeverity also renders the same numbers as a table; this chart is hidden from assistive
 * technology.
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface ChartSeries {
  readonly label: string;
  readonly colour: string;
  /** One value per week in `weeks` (null where there was no check-in). */
  readonly values: readonly (number | null)[];
}

interface Props {
  readonly weeks: readonly number[];
  readonly series: readonly ChartSeries[];
  /** Treatments marked on the time axis: week number and a short label. */
  readonly marks: readonly { week: number; label: string }[];
}

export function SeverityChart({ weeks, series, marks }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth);
    const plot = new uPlot(
      {
        width,
        height: 260,
        scales: { x: { time: false }, y: { range: [0, 10] } },
        legend: { show: false },
        axes: [
          {
            label: 'Weeks since the medicine started',
            font: '16px system-ui',
            labelFont: '16px system-ui',
            // Whole weeks only: "week 9.25" means nothing to anyone.
            incrs: [1, 2, 4, 8, 13, 26, 52],
            values: (_u: uPlot, ticks: number[]) => ticks.map((t) => String(t)),
          },
          { label: 'Severity (0–10)', font: '16px system-ui', labelFont: '16px system-ui', size: 44 },
        ],
        cursor: { drag: { x: false, y: false } },
        series: [
          { label: 'Week' },
          ...series.map((s, i) => ({
            label: s.label,
            stroke: s.colour,
            // The overall line is drawn wide and first, so a pattern's line on top of it stays visible.
            width: i === 0 ? 7 : 3,
            spanGaps: true,
            points: { size: 10, fill: s.colour },
          })),
        ],
        hooks: {
          draw: [
            (u: uPlot) => {
              const { ctx } = u;
              ctx.save();
              ctx.strokeStyle = '#6b4e16';
              ctx.fillStyle = '#6b4e16';
              ctx.setLineDash([6, 4]);
              ctx.lineWidth = 2;
              ctx.font = `${14 * devicePixelRatio}px system-ui`;
              // Labels step down a row each, so two treatments close in time do not print over each other.
              const sorted = marks.toSorted((a, b) => a.week - b.week);
              for (const [i, m] of sorted.entries()) {
                const x = u.valToPos(m.week, 'x', true);
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
                // Keep the label inside the plot: to the right of the line in the left half, else to its left.
                const right = x > u.bbox.left + u.bbox.width / 2;
                ctx.textAlign = right ? 'right' : 'left';
                ctx.textBaseline = 'top';
                const row = (i % 3) * 18 + 4;
                ctx.fillText(m.label, right ? x - 6 : x + 6, u.bbox.top + row * devicePixelRatio);
              }
              ctx.restore();
            },
          ],
        },
      },
      [weeks as number[], ...series.map((s) => s.values as (number | null)[])],
      el,
    );
    return () => plot.destroy();
  }, [weeks, series, marks]);
  return (
    <>
      <div ref={box} class="chart" aria-hidden="true" />
      <ul class="legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.label} class="legend-item">
            <span class="swatch" style={{ background: s.colour, height: i === 0 ? '0.5rem' : '0.25rem' }} />
            {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}
