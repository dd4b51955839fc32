import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type LabelMetrics,
  markLine,
  onsetTriangle,
  overlaps,
  type PlacedLabel,
  placeLabels,
  placementOrder,
  tickStep,
} from './chartLayout';

/** The PDF's measures (points) and the web's (CSS px). */
const FACES: readonly (readonly [string, LabelMetrics, number])[] = [
  ['PDF', { rows: 3, rowHeight: 7, labelHeight: 6, gap: 1.5, lineWidth: 1, air: 2 }, 300],
  ['web', { rows: 3, rowHeight: 22, labelHeight: 20, gap: 4, lineWidth: 2, air: 3 }, 360],
];

/** Every placed label clear of every other label and of every mark's line (its own too), inside the area. */
function problems(
  xs: readonly number[],
  placed: readonly (PlacedLabel | null)[],
  area: { left: number; right: number; top: number },
  m: LabelMetrics,
): string[] {
  const out: string[] = [];
  const bottom = area.top + m.rows * m.rowHeight;
  placed.forEach((b, i) => {
    if (!b) return;
    if (b.x < area.left || b.x + b.width > area.right) out.push(`label ${i} outside`);
    if (b.y < area.top || b.y + b.height > bottom) out.push(`label ${i} outside the band`);
    if (overlaps(b, markLine(xs[i] as number, b.lineTop, bottom, m.lineWidth)))
      out.push(`label ${i} on its line`);
    placed.forEach((o, j) => {
      if (!o || i === j) return;
      if (overlaps(b, o)) out.push(`labels ${i} and ${j}`);
      if (overlaps(b, markLine(xs[j] as number, o.lineTop, bottom, m.lineWidth)))
        out.push(`label ${i} and line ${j}`);
    });
  });
  return out;
}

describe.each(FACES)('mark labels on the %s chart', (_face, metrics, width) => {
  const area = { left: 0, right: width, top: 10 };

  it.each([
    ['four marks in the same week', [100, 100, 100, 100]],
    ['marks a few units apart', [50, 53, 56, 60, 64, 70]],
    ['marks at the right edge', [width - 2, width - 1, width]],
    ['a mark at the left edge', [0]],
  ])('never overlap one another or another mark’s line: %s', (_name, xs) => {
    const { placed, left } = placeLabels(
      xs.map((x) => ({ x, width: 60 })),
      area,
      metrics,
    );
    expect(placed.filter(Boolean).length + left).toBe(xs.length);
    expect(placed[0]).not.toBeNull();
    expect(problems(xs, placed, area, metrics)).toEqual([]);
  });

  test.prop([
    fc.array(fc.record({ x: fc.integer({ min: 0, max: width }), width: fc.integer({ min: 5, max: 120 }) }), {
      maxLength: 12,
    }),
  ])('never overlap and stay inside the plot, wherever the marks are', (marks) => {
    const { placed, left } = placeLabels(marks, area, metrics);
    expect(placed).toHaveLength(marks.length);
    expect(placed.filter((b) => b === null).length).toBe(left);
    expect(
      problems(
        marks.map((m) => m.x),
        placed,
        area,
        metrics,
      ),
    ).toEqual([]);
  });

  it('puts a lone label to the right of its line, in the top row, the line starting at the top', () => {
    const { placed } = placeLabels([{ x: 100, width: 40 }], area, metrics);
    expect(placed[0]).toEqual({
      x: 100 + metrics.gap,
      y: 10,
      width: 40,
      height: metrics.labelHeight,
      lineTop: 10,
    });
  });

  it('puts a label left of its line when the right has no room, and above it when neither has', () => {
    const near = placeLabels([{ x: width - 10, width: 40 }], area, metrics).placed[0];
    expect(near?.x).toBe(width - 10 - metrics.gap - 40);
    const wide = placeLabels([{ x: width / 2, width: width - 4 }], area, metrics).placed[0];
    expect(wide?.x).toBe(2);
    expect(wide?.lineTop).toBe(10 + metrics.labelHeight);
  });

  it('gives a label no room when it is wider than the plot, and counts it', () => {
    expect(placeLabels([{ x: 10, width: width + 1 }], area, metrics)).toEqual({ placed: [null], left: 1 });
  });

  it('places the same marks the same way every time', () => {
    const marks = [30, 31, 32, 200, 201].map((x) => ({ x, width: 50 }));
    expect(placeLabels(marks, area, metrics)).toEqual(placeLabels(marks, area, metrics));
  });
});

describe('the order marks are placed in', () => {
  it('puts changes of medicine first, then every mark by week, ties kept in order', () => {
    const marks = [
      { week: 9, kind: 'treatment', label: 'splint' },
      { week: 3, kind: 'treatment', label: 'injection' },
      { week: 12, kind: 'medicine', label: 'switch' },
      { week: 3, kind: 'treatment', label: 'exercise' },
      { week: 5, kind: 'medicine', label: 'pause' },
    ];
    expect(placementOrder(marks).map((m) => m.label)).toEqual([
      'pause',
      'switch',
      'injection',
      'exercise',
      'splint',
    ]);
    // The input is left as it was.
    expect(marks[0]?.label).toBe('splint');
  });

  it('treats a mark without a kind as a treatment', () => {
    expect(placementOrder([{ week: 4 }, { week: 2, kind: 'medicine' }, { week: 1 }])).toEqual([
      { week: 2, kind: 'medicine' },
      { week: 1 },
      { week: 4 },
    ]);
  });
});

describe('week ticks', () => {
  it.each([
    [10, 12, 1],
    [20, 12, 2],
    [40, 12, 4],
    [52, 5, 13],
    [100, 12, 13],
    [300, 12, 26],
    [5000, 12, 104],
  ])('a span of %i weeks with at most %i ticks is one every %i', (span, most, step) => {
    expect(tickStep(span, most)).toBe(step);
  });
});

describe('the onset triangle', () => {
  it('stands on the axis at the onset week, apex up, symmetric', () => {
    expect(onsetTriangle(50, 100, 6)).toEqual([
      [50, 94],
      [46.5, 100],
      [53.5, 100],
    ]);
  });
});
