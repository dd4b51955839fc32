/**
 * A tiny 2-D helper for the hand drawing: points, polylines sampled from curves, and SVG path
 * strings. Every shape is kept as a polygon (curves sampled finely enough to look smooth at
 * phone size) so that neighbouring regions share exactly the same edge points — no hairline gaps —
 * and tests can check bounds, labels and widths with plain arithmetic. Pure: no DOM, no I/O.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const pt = (x: number, y: number): Point => ({ x, y });
export const add = (a: Point, b: Point): Point => pt(a.x + b.x, a.y + b.y);
export const scale = (a: Point, k: number): Point => pt(a.x * k, a.y * k);
export const lerp = (a: Point, b: Point, t: number): Point =>
  pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);

/** Unit vector pointing "up the finger" for an axis tilted `deg` degrees clockwise from straight up. */
export function axis(deg: number): { up: Point; right: Point } {
  const r = (deg * Math.PI) / 180;
  // Screen coordinates: y grows downwards, so "up" is -y.
  return { up: pt(Math.sin(r), -Math.cos(r)), right: pt(Math.cos(r), Math.sin(r)) };
}

/** Points on a circular arc around `c` from angle `from` to `to` (radians, in the given frame). */
export function arc(
  c: Point,
  r: number,
  frame: { up: Point; right: Point },
  from: number,
  to: number,
  n = 14,
) {
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const a = from + ((to - from) * i) / n;
    out.push(add(c, add(scale(frame.right, r * Math.cos(a)), scale(frame.up, r * Math.sin(a)))));
  }
  return out;
}

/** Quadratic Bézier from `a` to `b` bent towards `c`, sampled as a polyline (ends included). */
export function quad(a: Point, c: Point, b: Point, n = 10): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    out.push(lerp(lerp(a, c, t), lerp(c, b, t), t));
  }
  return out;
}

/** A smooth curve through every knot (Catmull-Rom), sampled as a polyline (ends included). */
export function smooth(knots: readonly Point[], perSpan = 8): Point[] {
  const out: Point[] = [];
  const k = (i: number) => knots[Math.max(0, Math.min(knots.length - 1, i))] as Point;
  for (let i = 0; i < knots.length - 1; i++) {
    const [p0, p1, p2, p3] = [k(i - 1), k(i), k(i + 1), k(i + 2)];
    for (let s = 0; s < perSpan; s++) {
      const t = s / perSpan;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (3 * b - a - 3 * c + d) * t3);
      out.push(pt(f(p0.x, p1.x, p2.x, p3.x), f(p0.y, p1.y, p2.y, p3.y)));
    }
  }
  out.push(k(knots.length - 1));
  return out;
}

/**
 * Splits a polyline that runs downwards (y increasing) where it crosses height `y`; the crossing
 * point ends the first part and starts the second, so both regions share it.
 */
export function splitAtY(line: readonly Point[], y: number): [Point[], Point[]] {
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i] as Point;
    const b = line[i + 1] as Point;
    if ((a.y <= y && b.y >= y) || (a.y >= y && b.y <= y)) {
      const cut = b.y === a.y ? a : lerp(a, b, (y - a.y) / (b.y - a.y));
      return [
        [...line.slice(0, i + 1), cut],
        [cut, ...line.slice(i + 1)],
      ];
    }
  }
  throw new Error(`polyline never reaches y=${y}`);
}

/** Joins polylines end to start, dropping a point repeated at a seam. */
export function chain(...parts: readonly (readonly Point[])[]): Point[] {
  const out: Point[] = [];
  for (const part of parts) {
    for (const p of part) {
      const last = out[out.length - 1];
      if (!last || Math.abs(last.x - p.x) > 1e-6 || Math.abs(last.y - p.y) > 1e-6) out.push(p);
    }
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (
    out.length > 1 &&
    first &&
    last &&
    Math.abs(first.x - last.x) < 1e-6 &&
    Math.abs(first.y - last.y) < 1e-6
  )
    out.pop();
  return out;
}

export const reversed = (line: readonly Point[]): Point[] => [...line].reverse();

const r1 = (n: number) => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
};

/** A closed SVG path (`M … L … Z`) with numbers rounded to one decimal to keep strings small. */
export function toPath(polygon: readonly Point[]): string {
  const [first, ...rest] = polygon;
  if (!first) return '';
  return `M${r1(first.x)} ${r1(first.y)}${rest.map((p) => `L${r1(p.x)} ${r1(p.y)}`).join('')}Z`;
}

/** The points of a path written by {@link toPath} (one or more closed sub-paths). */
export function parsePath(d: string): Point[][] {
  const out: Point[][] = [];
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [cmd, args] = [m[1], (m[2] ?? '').trim()];
    if (cmd === 'M') out.push([]);
    if (cmd === 'M' || cmd === 'L') {
      const [x, y] = args.split(/[ ,]+/).map(Number);
      out[out.length - 1]?.push(pt(x as number, y as number));
    }
  }
  return out;
}

/** Area-weighted centre of a simple polygon: where a label sits. */
export function centroid(polygon: readonly Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i] as Point;
    const q = polygon[(i + 1) % polygon.length] as Point;
    const cross = p.x * q.y - q.x * p.y;
    a += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
  }
  return pt(cx / (3 * a), cy / (3 * a));
}

export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export function bbox(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** Even-odd test: is `p` inside the polygon? */
export function contains(polygon: readonly Point[], p: Point): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/**
 * The smallest width of a shape (of its convex hull, across every direction): how thin the
 * narrowest tap target is. Rotating-calipers over hull edges.
 */
export function minWidth(points: readonly Point[]): number {
  const hull = convexHull(points);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % hull.length] as Point;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    let far = 0;
    for (const p of hull)
      far = Math.max(far, Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / len);
    best = Math.min(best, far);
  }
  return best;
}

function convexHull(points: readonly Point[]): Point[] {
  const ps = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const h: Point[] = [];
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2] as Point, h[h.length - 1] as Point, p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(ps), ...half([...ps].reverse())];
}
