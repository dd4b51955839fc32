/**
 * Severity over time since the medicine started, drawn with uPlot (canvas). Loaded only by
 * WeeklySeverity (History, the clinician's trend). A canvas says nothing to a screen reader, so
 * WeeklySeverity also renders the same numbers as a table; this chart is hidden from assistive
 * technology.
 *
 * The week numbers under the axis and the labels of the marks are HTML laid over the canvas, so
 * they are placed with their real widths: as many week numbers as fit apart, and each mark's label
 * in the first row above the plot where it touches no other label and no other mark's line (a
 * label with no room is left out; the table and the legend still say it). Where the labels go, the
 * week spacing and the onset triangle are core's (report/chartLayout), as on the PDF.
 */
import 'uplot/dist/uPlot.min.css';
import { type LabelMetrics, onsetTriangle, placeLabels, placementOrder, tickStep } from '@handcheck/core';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface ChartSeries {
  readonly label: string;
  readonly colour: string;
  /** One value per week in `weeks` (null where there was no check-in). */
  readonly values: readonly (number | null)[];
}

/** A vertical mark on the time axis: a treatment started, or the medicine switched, paused or stopped. */
export interface ChartMark {
  readonly week: number;
  readonly label: string;
  readonly kind?: 'treatment' | 'medicine';
}

/** The week symptoms began, a triangle on the time axis. */
export interface ChartOnset {
  readonly week: number;
  readonly label: string;
}

/** Weeks shaded on the axis (the usual onset window), with what they mean. */
export interface ChartBand {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

interface Props {
  readonly weeks: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly marks: readonly ChartMark[];
  readonly band?: ChartBand | null;
  readonly onset?: ChartOnset | null;
}

const TREATMENT = '#6b4e16';
const MEDICINE = '#1f2937';
const BAND = 'rgba(240, 190, 60, 0.22)';
const ONSET = '#b45309';
/** The label band's measures in CSS px (core's `placeLabels`): 3 px kept free each side of a label. */
const LABEL_METRICS: LabelMetrics = { rows: 3, rowHeight: 22, labelHeight: 20, gap: 4, lineWidth: 2, air: 3 };
/** Height of the onset triangle on the axis, CSS px. */
const ONSET_HEIGHT = 14;

export function SeverityChart({ weeks, series, marks, band, onset }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth);
    const sorted = placementOrder(marks);
    const top = sorted.length > 0 ? LABEL_METRICS.rows * LABEL_METRICS.rowHeight + 6 : 12;
    const overlay = document.createElement('div');
    overlay.className = 'chart-labels';
    // Week numbers at least this far apart (centre to centre): the widest number and some air.
    const onAxis = [...sorted.map((m) => m.week), ...(onset ? [onset.week] : [])];
    const tickGap = 16 * 0.6 * String(Math.max(...weeks, ...onAxis, 0)).length + 20;
    let ticks: number[] = [];
    const plot = new uPlot(
      {
        width,
        height: 260 + top,
        padding: [top, 12, 0, 0],
        scales: {
          x: {
            time: false,
            // The marks, the onset and the shaded weeks stay on the axis even before the first check-in.
            range: (_u: uPlot, min: number, max: number) => {
              const lo = Math.min(min, ...onAxis, band ? band.from : min);
              const hi = Math.max(max, ...onAxis, lo + 1);
              return [lo, hi];
            },
          },
          y: { range: [0, 10] },
        },
        legend: { show: false },
        axes: [
          {
            label: 'Weeks since the medicine started',
            font: '16px system-ui',
            labelFont: '16px system-ui',
            // Whole weeks only ("week 9.25" means nothing to anyone), as many as fit apart.
            splits: (u: uPlot, _axis: number, min: number, max: number) => {
              const most = Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / tickGap));
              const step = tickStep(max - min, Math.min(12, most));
              const out: number[] = [];
              for (let w = Math.ceil(min / step) * step; w <= max; w += step) out.push(w);
              ticks = out;
              return out;
            },
            // Drawn as HTML over the canvas (see the draw hook), so the browser lays them out.
            values: (_u: uPlot, splits: number[]) => splits.map(() => ''),
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
          drawAxes: [
            (u: uPlot) => {
              if (!band) return;
              const { ctx } = u;
              const x0 = u.valToPos(Math.max(band.from, u.scales.x?.min ?? band.from), 'x', true);
              const x1 = u.valToPos(Math.min(band.to, u.scales.x?.max ?? band.to), 'x', true);
              if (x1 <= x0) return;
              ctx.save();
              ctx.fillStyle = BAND;
              ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
              ctx.restore();
            },
          ],
          draw: [
            (u: uPlot) => {
              const dpr = devicePixelRatio;
              const left = u.bbox.left / dpr;
              const plotTop = u.bbox.top / dpr;
              const plotBottom = (u.bbox.top + u.bbox.height) / dpr;
              overlay.replaceChildren();
              for (const t of ticks) {
                const tick = document.createElement('span');
                tick.className = 'chart-tick';
                tick.textContent = String(t);
                tick.style.left = `${left + u.valToPos(t, 'x')}px`;
                tick.style.top = `${plotBottom + 6}px`;
                overlay.append(tick);
              }
              const spans = sorted.map((m) => {
                const s = document.createElement('span');
                s.className = `chart-mark chart-mark-${m.kind ?? 'treatment'}`;
                s.textContent = m.label;
                overlay.append(s);
                return s;
              });
              const xs = sorted.map((m) => left + u.valToPos(m.week, 'x'));
              const placed = placeLabels(
                spans.map((s, i) => ({ x: xs[i] as number, width: s.offsetWidth })),
                { left: 0, right: left + u.bbox.width / dpr, top: plotTop - top + 2 },
                LABEL_METRICS,
              ).placed;
              const { ctx } = u;
              ctx.save();
              ctx.lineWidth = 2 * dpr;
              sorted.forEach((m, i) => {
                const at = placed[i];
                const span = spans[i] as HTMLSpanElement;
                if (at) {
                  span.style.left = `${at.x}px`;
                  span.style.top = `${at.y}px`;
                } else span.hidden = true;
                const medicine = m.kind === 'medicine';
                ctx.strokeStyle = medicine ? MEDICINE : TREATMENT;
                ctx.setLineDash(medicine ? [] : [6 * dpr, 4 * dpr]);
                const x = (xs[i] as number) * dpr;
                ctx.beginPath();
                ctx.moveTo(x, at ? at.lineTop * dpr : u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
              });
              if (onset) {
                const [apex, ...foot] = onsetTriangle(
                  u.valToPos(onset.week, 'x', true),
                  u.bbox.top + u.bbox.height,
                  ONSET_HEIGHT * dpr,
                );
                ctx.fillStyle = ONSET;
                ctx.beginPath();
                ctx.moveTo(...apex);
                for (const p of foot) ctx.lineTo(...p);
                ctx.closePath();
                ctx.fill();
              }
              ctx.restore();
            },
          ],
        },
      },
      [weeks as number[], ...series.map((s) => s.values as (number | null)[])],
      el,
    );
    el.append(overlay);
    return () => {
      plot.destroy();
      overlay.remove();
    };
  }, [weeks, series, marks, band, onset]);
  const kinds = new Set(marks.map((m) => m.kind ?? 'treatment'));
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
        {band && (
          <li class="legend-item">
            <span class="swatch swatch-band" />
            {band.label}
          </li>
        )}
        {onset && (
          <li class="legend-item">
            <span class="swatch swatch-onset" />
            {onset.label}
          </li>
        )}
        {kinds.has('treatment') && (
          <li class="legend-item">
            <span class="swatch swatch-mark swatch-treatment" />
            Treatment started
          </li>
        )}
        {kinds.has('medicine') && (
          <li class="legend-item">
            <span class="swatch swatch-mark swatch-medicine" />
            Medicine switched, paused or stopped
          </li>
        )}
      </ul>
    </>
  );
}
