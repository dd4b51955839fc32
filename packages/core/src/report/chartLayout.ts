/**
 * Where the severity chart's marks go, for every face that draws it (the PDF's vector chart and
 * the web's canvas): which mark's label is placed first, where each label goes so no two touch,
 * how far apart the week numbers are, and the onset triangle on the time axis. Pure geometry in
 * the face's own units (PDF points or CSS pixels); the faces keep their colours and fonts.
 */

/** A box in the face's units, y growing downwards. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A placed label, and where its mark's line starts (under the label when the label sits above it). */
export interface PlacedLabel extends LabelBox {
  readonly lineTop: number;
}

/** The label band's measures, in the face's units. */
export interface LabelMetrics {
  /** Rows in the band above the plot. */
  readonly rows: number;
  /** Height of one row. */
  readonly rowHeight: number;
  /** Height of a label inside its row (the rest is air between rows). */
  readonly labelHeight: number;
  /** Space between a mark's line and a label beside it. */
  readonly gap: number;
  /** Width of a mark's line, as an obstacle. */
  readonly lineWidth: number;
  /** Space kept free on each side of a label. */
  readonly air: number;
}

export const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The order labels are placed in: a change of medicine first (it matters most and must not lose
 * its label to a treatment's), then by week. Stable: marks that tie keep their order.
 */
export function placementOrder<T extends { readonly week: number; readonly kind?: string }>(
  marks: readonly T[],
): T[] {
  return marks.toSorted(
    (a, b) => Number(b.kind === 'medicine') - Number(a.kind === 'medicine') || a.week - b.week,
  );
}

/**
 * Places each mark's label (in the order given) in the first row where it overlaps no label and
 * no other mark's line already placed: to the right of its line, to its left, or above it (the
 * line then starts under the label). A mark's line runs from its label down through the rows
 * below, so it is an obstacle too. Labels stay between `area.left` and `area.right`. Returns the
 * boxes placed (null where a label found no room) and how many found none.
 */
export function placeLabels(
  marks: readonly { readonly x: number; readonly width: number }[],
  area: { readonly left: number; readonly right: number; readonly top: number },
  metrics: LabelMetrics,
): { placed: (PlacedLabel | null)[]; left: number } {
  const { rows, rowHeight, labelHeight, gap, lineWidth, air } = metrics;
  const bottom = area.top + rows * rowHeight;
  const labels: LabelBox[] = [];
  const lines: LabelBox[] = [];
  let left = 0;
  const placed = marks.map((m) => {
    const above = Math.min(area.right - m.width, Math.max(area.left, m.x - m.width / 2));
    // Whether the label sits above its line is kept with each place, before those off the plot go.
    const candidates = [
      { x: m.x + gap, over: false },
      { x: m.x - gap - m.width, over: false },
      { x: above, over: true },
    ].filter(({ x }) => x >= area.left && x + m.width <= area.right);
    for (let row = 0; row < rows; row++) {
      const y = area.top + row * rowHeight;
      for (const { x, over } of candidates) {
        const b = { x, y, width: m.width, height: labelHeight };
        const lineTop = over ? y + labelHeight : y;
        const line = markLine(m.x, lineTop, bottom, lineWidth);
        const padded = { ...b, x: b.x - air, width: b.width + 2 * air };
        if (
          labels.some((o) => overlaps(line, o) || overlaps(padded, o)) ||
          lines.some((o) => overlaps(padded, o))
        )
          continue;
        labels.push(b);
        lines.push(line);
        return { ...b, lineTop };
      }
    }
    left++;
    return null;
  });
  return { placed, left };
}

/** A mark's line through the label band, as an obstacle box. */
export const markLine = (x: number, top: number, bottom: number, width: number): LabelBox => ({
  x: x - width / 2,
  y: top,
  width,
  height: bottom - top,
});

/** A tick spacing of 1, 2, 4, 8, 13 (a quarter), 26, 52 or 104 weeks, at most `most` ticks. */
export function tickStep(span: number, most: number): number {
  return [1, 2, 4, 8, 13, 26, 52, 104].find((s) => span / s <= most) ?? 104;
}

/**
 * The week symptoms began, as a triangle standing on the time axis at `x`: its apex `height`
 * above `base` and its foot a little wider than it is tall.
 */
export function onsetTriangle(
  x: number,
  base: number,
  height: number,
): readonly [readonly [number, number], readonly [number, number], readonly [number, number]] {
  const half = (height * 7) / 12;
  return [
    [x, base - height],
    [x - half, base],
    [x + half, base],
  ];
}
