/**
 * A tiny severity trend: worst severity 0–10 per week, oldest first, as an inline SVG (no chart
 * library; the clinician panel draws dozens of these). Weeks without a check-in leave a gap.
 * The picture is one `img` whose name reads the numbers, so a screen reader hears the trend too.
 */

interface Props {
  /** One value per week, oldest first; null = no check-in that week. */
  readonly values: readonly (number | null)[];
  /** Ceiling of the scale (severity is 0–10). */
  readonly max?: number;
  readonly width?: number;
  readonly height?: number;
}

// Presentation attributes rather than classes: the drawing looks the same wherever it is used.
const INK = '#1f5f8b';

/** "Worst severity over 12 weeks: 2, 3, 5, 7" (weeks without a check-in are left out). */
export function sparklineText(values: readonly (number | null)[]): string {
  const seen = values.filter((v): v is number => v !== null);
  const span = `${values.length} week${values.length === 1 ? '' : 's'}`;
  if (seen.length === 0) return `No check-ins in the last ${span}`;
  return `Worst severity over ${span}: ${seen.join(', ')}`;
}

export function Sparkline({ values, max = 10, width = 120, height = 32 }: Props) {
  const pad = 4;
  const n = values.length;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => height - pad - (Math.min(max, Math.max(0, v)) / max) * (height - 2 * pad);
  // Consecutive weeks with values form one stroke; a missing week breaks it.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  const lastIndex = values.findLastIndex((v) => v !== null);
  const last = lastIndex >= 0 ? (values[lastIndex] as number) : null;
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={sparklineText(values)}
    >
      {/* The midpoint of the scale, so "high" and "low" read at a glance. */}
      <line
        x1={pad}
        x2={width - pad}
        y1={y(max / 2)}
        y2={y(max / 2)}
        stroke="#c5ced6"
        stroke-dasharray="3 3"
      />
      {runs.map((points) =>
        points.includes(' ') ? (
          <polyline
            key={points}
            points={points}
            fill="none"
            stroke={INK}
            stroke-width="2"
            stroke-linejoin="round"
          />
        ) : (
          <circle key={points} cx={points.split(',')[0]} cy={points.split(',')[1]} r="2" fill={INK} />
        ),
      )}
      {last !== null && <circle cx={x(lastIndex)} cy={y(last)} r="3.5" fill={INK} />}
    </svg>
  );
}
