/**
 * Simple line drawings for the hand exercises on the Learn page: each shows the positions of one
 * exercise side by side, left to right, as a finger (or thumb) seen from the side. Decorative help
 * beside the numbered steps, with a plain-words label for screen readers.
 */
import type { LearnFigure } from '@handcheck/core';

/** A finger seen from the side: palm block, then three bones bent at the given angles (degrees). */
function finger(x: number, bends: readonly [number, number, number], key: string) {
  const lengths = [22, 15, 12];
  let px = x + 18;
  let py = 34;
  let angle = -90; // straight up
  const points = [`${px},${py}`];
  bends.forEach((b, i) => {
    angle += b;
    const r = (angle * Math.PI) / 180;
    px += Math.cos(r) * (lengths[i] as number);
    py += Math.sin(r) * (lengths[i] as number);
    points.push(`${px.toFixed(1)},${py.toFixed(1)}`);
  });
  return (
    <g key={key}>
      <rect x={x + 6} y={34} width={24} height={26} rx={6} class="fig-palm" />
      <polyline points={points.join(' ')} class="fig-finger" />
    </g>
  );
}

const FIGURES: Record<LearnFigure, { label: string; draw: () => preact.JSX.Element[] }> = {
  'tendon-gliding': {
    label: 'Five finger positions: straight, hook, full fist, tabletop, flat fist.',
    draw: () =>
      (
        [
          [0, 0, 0],
          [0, 90, 90],
          [90, 90, 80],
          [90, 0, 0],
          [90, 90, 0],
        ] as const
      ).map((b, i) => finger(i * 44, b, `t${i}`)),
  },
  'nerve-gliding': {
    label: 'Wrist positions: loose fist, fingers straight, wrist bent back, palm turned, thumb out.',
    draw: () =>
      (
        [
          [90, 90, 80],
          [0, 0, 0],
          [-35, 0, 0],
          [-45, 0, 0],
          [-45, -10, 0],
        ] as const
      ).map((b, i) => finger(i * 44, b, `n${i}`)),
  },
  'thumb-strength': {
    label: 'Thumb positions: tip to fingertip, opening against a band, squeezing a soft ball.',
    draw: () => [
      finger(0, [40, 60, 40], 's0'),
      <circle key="dot" cx={40} cy={18} r={3} class="fig-finger" />,
      finger(50, [-20, 0, 0], 's1'),
      <path key="band" d="M58 20 Q72 12 86 20" class="fig-band" />,
      <circle key="ball" cx={130} cy={30} r={12} class="fig-ball" />,
      finger(100, [80, 70, 40], 's2'),
    ],
  },
};

export function ExerciseFigure({ figure }: { figure: LearnFigure }) {
  const f = FIGURES[figure];
  return (
    <svg class="exercise-figure" viewBox="0 0 220 64" role="img" aria-label={f.label}>
      {f.draw()}
    </svg>
  );
}
