/**
 * The hand drawing: one geometry for every face that draws a hand (the web app's tappable map,
 * the server's PDF shaded by severity), so a region always sits in the same place.
 *
 * Orientation — each hand is drawn as its owner sees it when looking down at it, fingers up:
 * - palm view = the palm faces you (hand resting palm up): the RIGHT palm has its thumb on the
 *   viewer's RIGHT, the LEFT palm on the viewer's LEFT;
 * - back view = the back faces you (hand resting palm down): the RIGHT back has its thumb on the
 *   viewer's LEFT, the LEFT back on the viewer's RIGHT.
 * So right palm and left back share one outline; left palm and right back are its mirror image.
 * (A clinician facing the patient sees the mirror of this; every view names its hand and side.)
 *
 * Everything is built in that one "thumb on the right" frame from fingers (tapered strips with a
 * rounded tip, cut into segments along the finger's axis) and palm zones (polygons whose curved
 * edges are sampled), then mirrored. Units are viewBox units; the web draws a hand ~300 px wide,
 * so one unit is about one CSS pixel and every region is at least 20 units across.
 */

import {
  arc,
  axis,
  centroid,
  chain,
  lerp,
  type Point,
  pt,
  quad,
  reversed,
  smooth,
  splitAtY,
  toPath,
} from './path';
import { type Digit, DRAWN_REGIONS, type Hand, type Surface } from './regions';

export interface HandViewRegion {
  /** A region id from `REGIONS`, e.g. `right.palm.index.distal`. */
  readonly id: string;
  /** Closed SVG path in the view's coordinates. */
  readonly d: string;
  /** Where to put a short label or a severity number: inside the region. */
  readonly label: { readonly x: number; readonly y: number };
}

export interface HandView {
  readonly hand: Hand;
  readonly surface: Surface;
  /** Which side of the picture the thumb is on, as the viewer sees it. */
  readonly thumbOn: 'left' | 'right';
  readonly viewBox: string;
  readonly width: number;
  readonly height: number;
  /** The whole hand, wrist and a short forearm stump, as one closed SVG path. */
  readonly outline: string;
  /** Decoration only, not tappable: fingernails on the back view (helps tell back from palm). */
  readonly details: string;
  /** Every region of this hand and surface, exactly once. */
  readonly regions: readonly HandViewRegion[];
}

const WIDTH = 300;
const HEIGHT = 420;

type FingerDigit = Exclude<Digit, 'thumb'>;

/** Where each finger meets the palm (its two base corners), its tilt, length and widths. */
interface FingerShape {
  readonly digit: FingerDigit;
  readonly from: Point;
  readonly to: Point;
  readonly tilt: number;
  readonly length: number;
  readonly tipWidth: number;
}

// Thumb-on-the-right frame, little finger on the left. Lengths keep the usual proportions: the long
// (middle) finger longest, ring a little longer than index, little shortest and set lower.
const ULNAR_TOP = pt(28, 204); // little finger's outer base corner
const WEBS = [pt(72, 184), pt(118, 170), pt(165, 173)] as const;
const RADIAL_TOP = pt(210, 186); // index finger's outer base corner
const FINGERS: readonly FingerShape[] = [
  { digit: 'little', from: ULNAR_TOP, to: WEBS[0], tilt: -9, length: 96, tipWidth: 37 },
  { digit: 'ring', from: WEBS[0], to: WEBS[1], tilt: -3, length: 124, tipWidth: 40 },
  { digit: 'long', from: WEBS[1], to: WEBS[2], tilt: 1, length: 138, tipWidth: 41 },
  { digit: 'index', from: WEBS[2], to: RADIAL_TOP, tilt: 5, length: 120, tipWidth: 40 },
];
/** Segment cuts as fractions of a finger's length: base, middle, tip (tip includes the nail). */
const FINGER_CUTS = [0.45, 0.73] as const;

// The thumb leaves the palm below the index finger, angled out to the side.
const THUMB_IN = pt(208, 236); // web between thumb and index
const THUMB_TILT = 38;
const THUMB_BASE_WIDTH = 54;
const THUMB_TIP_WIDTH = 44;
const THUMB_LENGTH = 98;
/** Palm side: base of thumb (MCP crease) 0–24, proximal 24–58, tip 58–end. Back: proximal 0–58. */
const THUMB_CUTS = [24, 58] as const;

const WRIST_TOP = [pt(58, 338), pt(196, 338)] as const;
const WRIST_BOTTOM = [pt(56.2, 374), pt(197.8, 374)] as const;
const FOREARM_BOTTOM = [pt(54, 416), pt(200, 416)] as const;

/** Depth of the finger-base row on the palm (over the MCP joints) and of the knuckles on the back. */
const PALM_ROW = 40;
const KNUCKLE_ROW = 22;

interface Strip {
  /** Left side from the base corner up to where the tip rounds off. */
  readonly left: Point[];
  readonly right: Point[];
  /** The rounded tip, from the right side over the top to the left side. */
  readonly tip: Point[];
  /** Cut lines across the strip at each distance in `cuts`, as [left, right] points. */
  readonly cuts: [Point, Point][];
}

/**
 * A finger (or thumb): a strip rising from its base corners along an axis tilted `tilt` degrees,
 * narrowing to a rounded tip. Cuts are distances along the axis from the base.
 */
function strip(
  from: Point,
  to: Point,
  tilt: number,
  length: number,
  tipWidth: number,
  cuts: number[],
): Strip {
  const f = axis(tilt);
  const base = lerp(from, to, 0.5);
  const baseHalf = Math.hypot(to.x - from.x, to.y - from.y) / 2;
  const r = tipWidth / 2;
  const straight = length - r;
  const at = (t: number, side: -1 | 1) => {
    const half = baseHalf + (r - baseHalf) * (t / straight);
    return pt(base.x + f.up.x * t + side * half * f.right.x, base.y + f.up.y * t + side * half * f.right.y);
  };
  const cutPairs = cuts.map((t) => [at(t, -1), at(t, 1)] as [Point, Point]);
  const tipCentre = pt(base.x + f.up.x * straight, base.y + f.up.y * straight);
  return {
    left: [from, ...cutPairs.map(([l]) => l), at(straight, -1)],
    right: [to, ...cutPairs.map(([, rr]) => rr), at(straight, 1)],
    tip: arc(tipCentre, r, f, 0, Math.PI, 16),
    cuts: cutPairs,
  };
}

/** Segment polygons of a strip, base first; the last one carries the rounded tip. */
function segments(s: Strip): Point[][] {
  const out: Point[][] = [];
  const n = s.cuts.length;
  for (let i = 0; i <= n; i++) {
    const lo: [Point, Point] =
      i === 0 ? [s.left[0] as Point, s.right[0] as Point] : (s.cuts[i - 1] as [Point, Point]);
    if (i < n) {
      const hi = s.cuts[i] as [Point, Point];
      out.push([lo[0], lo[1], hi[1], hi[0]]);
    } else {
      out.push(chain([lo[0], lo[1]], s.right.slice(n + 1), s.tip, [s.left[n + 1] as Point]));
    }
  }
  return out;
}

/**
 * The ring finger's segments cut along the finger's axis into the thumb-side half (the strip's
 * right, in the thumb-on-the-right frame) and the little-finger-side half (its left): the
 * median/ulnar border [shehab2013]. `lower` is the knuckle row the back's base segment reaches down to.
 */
function halves(s: Strip, segs: Point[][], lower?: { left: Point[]; right: Point[]; low: [Point, Point] }) {
  const n = s.cuts.length;
  return segs.map((poly, i) => {
    if (i === n) {
      // Tip: from the middle of its lower cut up to the top of the rounded tip.
      const lo = (i === 0 ? [s.left[0], s.right[0]] : s.cuts[i - 1]) as [Point, Point];
      const m = lerp(lo[0], lo[1], 0.5);
      const top = 8; // the arc has 17 points, 8 is its top
      return {
        radial: chain([m, lo[1]], s.right.slice(n + 1), s.tip.slice(0, top + 1)),
        ulnar: chain(s.tip.slice(top), [s.left[n + 1] as Point, lo[0], m]),
      };
    }
    const [l0, r0, r1, l1] = poly as [Point, Point, Point, Point];
    const mTop = lerp(l1, r1, 0.5);
    if (i === 0 && lower) {
      const mLow = lerp(lower.low[0], lower.low[1], 0.5);
      return {
        radial: chain([mTop, r1, r0], lower.right, [mLow]),
        ulnar: chain([mLow], lower.left, [l0, l1, mTop]),
      };
    }
    const mBase = lerp(l0, r0, 0.5);
    return { radial: [mBase, r0, r1, mTop], ulnar: [l0, mBase, mTop, l1] };
  });
}

/** The whole outline of a finger from its left base corner round the tip to its right base corner. */
const around = (s: Strip) => chain(s.left, reversed(s.tip), reversed(s.right));

interface Zone {
  readonly part: string;
  readonly polygon: Point[];
}

/** Everything in the thumb-on-the-right frame: the outline and the zones of each surface. */
function canonical(): { outline: Point[]; palm: Zone[]; back: Zone[]; nails: Point[][] } {
  const fingerLen = (f: FingerShape) => FINGER_CUTS.map((c) => c * f.length);
  const fingers = FINGERS.map((f) => ({
    shape: f,
    strip: strip(f.from, f.to, f.tilt, f.length, f.tipWidth, fingerLen(f)),
  }));
  const thumbTilt = axis(THUMB_TILT);
  const thumbOut = pt(
    THUMB_IN.x + thumbTilt.right.x * THUMB_BASE_WIDTH,
    THUMB_IN.y + thumbTilt.right.y * THUMB_BASE_WIDTH,
  );
  const thumbPalm = strip(THUMB_IN, thumbOut, THUMB_TILT, THUMB_LENGTH, THUMB_TIP_WIDTH, [...THUMB_CUTS]);
  const thumbBack = strip(THUMB_IN, thumbOut, THUMB_TILT, THUMB_LENGTH, THUMB_TIP_WIDTH, [THUMB_CUTS[1]]);

  // Edges of the palm, running downwards so they can be cut at any height.
  const ulnarEdge = smooth([ULNAR_TOP, pt(23, 250), pt(29, 296), WRIST_TOP[0]], 10);
  const radialEdge = [RADIAL_TOP, THUMB_IN];
  const thenarEdge = smooth([thumbOut, pt(238, 296), pt(218, 322), WRIST_TOP[1]], 8);
  const wristThird = (k: number) => lerp(WRIST_TOP[0], WRIST_TOP[1], k);
  const [w1, w2] = [wristThird(1 / 3), wristThird(2 / 3)];

  const outline = chain(
    [FOREARM_BOTTOM[0], WRIST_BOTTOM[0]],
    reversed(ulnarEdge),
    ...fingers.map((f) => around(f.strip)),
    radialEdge,
    around(thumbPalm),
    thenarEdge,
    [WRIST_BOTTOM[1], FOREARM_BOTTOM[1]],
  );

  /** A row across the palm `depth` below the finger bases: its lower edge, ulnar to radial. */
  const row = (depth: number) => {
    const [ulnarAbove, ulnarBelow] = splitAtY(ulnarEdge, ULNAR_TOP.y + depth);
    const [radialAbove, radialBelow] = splitAtY(radialEdge, RADIAL_TOP.y + depth);
    const knots = [ulnarBelow[0] as Point, ...WEBS.map((w) => pt(w.x, w.y + depth)), radialBelow[0] as Point];
    return { knots, ulnarAbove, ulnarBelow, radialAbove, radialBelow };
  };
  /** The column of the palm under one finger, from its base down to the row's lower edge. */
  const column = (i: number, r: ReturnType<typeof row>) => {
    const f = fingers[i]?.strip as Strip;
    const lower = [r.knots[i + 1] as Point, r.knots[i] as Point];
    const left = i === 0 ? reversed(r.ulnarAbove) : [r.knots[i] as Point, f.left[0] as Point];
    const right = i === 3 ? r.radialAbove : [f.right[0] as Point, r.knots[i + 1] as Point];
    return { top: [f.left[0] as Point, f.right[0] as Point], left, right, lower };
  };

  // Palm side.
  const palm: Zone[] = [];
  const pr = row(PALM_ROW);
  const SEGMENT_NAMES = ['proximal', 'middle', 'distal'] as const;
  const pushHalves = (
    zones: Zone[],
    f: (typeof fingers)[number],
    segs: Point[][],
    lower?: Parameters<typeof halves>[2],
  ) =>
    halves(f.strip, segs, lower).forEach((h, k) => {
      zones.push({ part: `ring.${SEGMENT_NAMES[k]}.radial`, polygon: h.radial });
      zones.push({ part: `ring.${SEGMENT_NAMES[k]}.ulnar`, polygon: h.ulnar });
    });
  fingers.forEach((f, i) => {
    const [proximal, middle, distal] = segments(f.strip);
    if (f.shape.digit === 'ring') pushHalves(palm, f, [proximal, middle, distal] as Point[][]);
    palm.push({ part: `${f.shape.digit}.distal`, polygon: distal as Point[] });
    palm.push({ part: `${f.shape.digit}.middle`, polygon: middle as Point[] });
    palm.push({ part: `${f.shape.digit}.proximal`, polygon: proximal as Point[] });
    const c = column(i, pr);
    palm.push({ part: `base.${f.shape.digit}`, polygon: chain(c.top, c.right, c.lower, c.left) });
  });
  const [thumbBase, thumbProximal, thumbDistal] = segments(thumbPalm);
  palm.push({ part: 'thumb.distal', polygon: thumbDistal as Point[] });
  palm.push({ part: 'thumb.proximal', polygon: thumbProximal as Point[] });
  palm.push({ part: 'base.thumb', polygon: thumbBase as Point[] });
  const [k0, k1, , k3, k4] = pr.knots as [Point, Point, Point, Point, Point];
  // The thenar crease curves round the ball of the thumb down to the middle of the wrist.
  const thenarCrease = quad(k3, pt(w2.x - 26, (k3.y + w2.y) / 2 + 8), w2);
  const hypothenarLine = quad(k1, pt(w1.x - 6, (k1.y + w1.y) / 2), w1);
  palm.push({ part: 'hypothenar', polygon: chain([k0, k1], hypothenarLine, reversed(pr.ulnarBelow)) });
  palm.push({
    part: 'central',
    polygon: chain(pr.knots.slice(1, 4), thenarCrease, reversed(hypothenarLine)),
  });
  palm.push({
    part: 'thenar',
    polygon: chain([k3, k4], pr.radialBelow, [thumbOut], thenarEdge, reversed(thenarCrease)),
  });

  // Back: the finger's base segment reaches down over the knuckle; the back of the hand is in
  // three strips over the metacarpals (little+ring, long, index+thumb).
  const back: Zone[] = [];
  const br = row(KNUCKLE_ROW);
  fingers.forEach((f, i) => {
    const [proximal, middle, distal] = segments(f.strip) as [Point[], Point[], Point[]];
    back.push({ part: `${f.shape.digit}.distal`, polygon: distal });
    back.push({ part: `${f.shape.digit}.middle`, polygon: middle });
    const c = column(i, br);
    if (f.shape.digit === 'ring') {
      // c.right runs from the finger's radial base corner down to the knuckle row, c.lower radial
      // to ulnar, c.left from the knuckle row up to the ulnar base corner.
      const [lowRadial, lowUlnar] = c.lower as [Point, Point];
      pushHalves(back, f, [proximal, middle, distal], {
        right: c.right.slice(1),
        left: c.left.slice(0, -1),
        low: [lowUlnar, lowRadial],
      });
    }
    const [l0, r0, r1, l1] = proximal as [Point, Point, Point, Point];
    back.push({
      part: `${f.shape.digit}.proximal`,
      polygon: chain([l0, l1, r1, r0], c.right, c.lower, c.left),
    });
  });
  const [thumbBackProximal, thumbBackDistal] = segments(thumbBack);
  back.push({ part: 'thumb.distal', polygon: thumbBackDistal as Point[] });
  back.push({ part: 'thumb.proximal', polygon: thumbBackProximal as Point[] });
  const [, , b2, b3, b4] = br.knots as [Point, Point, Point, Point, Point];
  const backLine1 = [b2, w1];
  const backLine2 = [b3, w2];
  back.push({ part: 'hand.ulnar', polygon: chain(br.knots.slice(0, 3), backLine1, reversed(br.ulnarBelow)) });
  back.push({ part: 'hand.central', polygon: chain([b2, b3], backLine2, reversed(backLine1)) });
  back.push({
    part: 'hand.radial',
    polygon: chain([b3, b4], br.radialBelow, [thumbOut], thenarEdge, reversed(backLine2)),
  });

  // Wrist and forearm are cut the same way on both surfaces.
  const wb = (k: number) => lerp(WRIST_BOTTOM[0], WRIST_BOTTOM[1], k);
  const fb = (k: number) => lerp(FOREARM_BOTTOM[0], FOREARM_BOTTOM[1], k);
  const lower: Zone[] = [
    { part: 'wrist.ulnar', polygon: [WRIST_TOP[0], w1, wb(1 / 3), WRIST_BOTTOM[0]] },
    { part: 'wrist.central', polygon: [w1, w2, wb(2 / 3), wb(1 / 3)] },
    { part: 'wrist.radial', polygon: [w2, WRIST_TOP[1], WRIST_BOTTOM[1], wb(2 / 3)] },
    { part: 'forearm.ulnar', polygon: [WRIST_BOTTOM[0], wb(0.5), fb(0.5), FOREARM_BOTTOM[0]] },
    { part: 'forearm.radial', polygon: [wb(0.5), WRIST_BOTTOM[1], FOREARM_BOTTOM[1], fb(0.5)] },
  ];

  const nail = (s: Strip, tilt: number, length: number, tipWidth: number) => {
    const f = axis(tilt);
    const tip = s.tip[8] as Point; // the top of the rounded tip
    const r = tipWidth * 0.27;
    const top = pt(tip.x - f.up.x * 4, tip.y - f.up.y * 4);
    const c = pt(top.x - f.up.x * r, top.y - f.up.y * r);
    const bottom = pt(c.x - f.up.x * Math.min(length * 0.16, 18), c.y - f.up.y * Math.min(length * 0.16, 18));
    return chain(arc(c, r, f, 0, Math.PI, 10), arc(bottom, r, f, Math.PI, 2 * Math.PI, 10));
  };
  const nails = [
    ...fingers.map((f) => nail(f.strip, f.shape.tilt, f.shape.length, f.shape.tipWidth)),
    nail(thumbBack, THUMB_TILT, THUMB_LENGTH, THUMB_TIP_WIDTH),
  ];

  return { outline, palm: [...palm, ...lower], back: [...back, ...lower], nails };
}

const mirror = (ps: readonly Point[]) => ps.map((p) => pt(WIDTH - p.x, p.y));

const CANONICAL = canonical();

/**
 * The drawing of one hand seen from one side (see the file comment for the orientation).
 * Region order follows `DRAWN_REGIONS` (every region but the v1 whole-ring ones), so a list beside the drawing reads in the same order.
 */
export function handView(hand: Hand, surface: Surface): HandView {
  // Right palm and left back are drawn in the canonical thumb-on-the-right frame.
  const thumbOn = (hand === 'right') === (surface === 'palm') ? 'right' : 'left';
  const place = (ps: readonly Point[]) => (thumbOn === 'right' ? [...ps] : mirror(ps));
  const zones = new Map(
    (surface === 'palm' ? CANONICAL.palm : CANONICAL.back).map((z) => [z.part, z.polygon]),
  );
  const prefix = `${hand}.${surface}.`;
  const regions = DRAWN_REGIONS.filter((r) => r.hand === hand && r.surface === surface).map((r) => {
    const polygon = zones.get(r.id.slice(prefix.length));
    if (!polygon) throw new Error(`the hand drawing has no shape for region "${r.id}"`);
    const placed = place(polygon);
    const c = centroid(placed);
    return {
      id: r.id,
      d: toPath(placed),
      label: { x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10 },
    };
  });
  return {
    hand,
    surface,
    thumbOn,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    outline: toPath(place(CANONICAL.outline)),
    details: surface === 'back' ? CANONICAL.nails.map((n) => toPath(place(n))).join('') : '',
    regions,
  };
}

/** The four views, in the order a page shows them: right palm, left palm, right back, left back. */
export const HAND_VIEWS: readonly HandView[] = [
  handView('right', 'palm'),
  handView('left', 'palm'),
  handView('right', 'back'),
  handView('left', 'back'),
];
