/**
 * The tappable drawing of both hands, from core's `handView` geometry (the same drawing the PDF uses).
 * Each region is an SVG path that acts as a toggle button: named for screen readers with the
 * region's plain name, `aria-pressed` when marked, Enter or Space to toggle. A marked region also
 * gets a tick so the state never rests on colour alone.
 *
 * Size: every area, fingertips and the two halves of the ring finger included, is at least 44 × 44
 * CSS px — the hand is drawn zoomed (about 2.3 px per drawing unit) inside a frame that fits the
 * screen above the bottom menu, and pans with a finger (or scrolls itself to the focused area).
 * On a phone one hand is shown at a time; wider screens show both side by side.
 *
 * Keyboard: each hand's drawing is one Tab stop (WAI-ARIA roving tabindex). Arrow keys move to the
 * nearest area in that direction on the picture, Home and End to the first and last area.
 */
import { drawnAs, type Hand, type HandView, handView, region, type Surface } from '@handcheck/core';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  readonly surface: Surface;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  /** Which hand a phone shows; both are in the DOM, the other is hidden on narrow screens only. */
  readonly focusHand: Hand;
}

// Drawn as the owner looks down at their hands: left on the left, right on the right.
const ORDER: readonly Hand[] = ['left', 'right'];

// The geometry never changes: build each view once, not on every tap (keeps taps instant).
const VIEWS = new Map<string, HandView>();
function viewOf(hand: Hand, surface: Surface): HandView {
  const key = `${hand}.${surface}`;
  let v = VIEWS.get(key);
  if (!v) {
    v = handView(hand, surface);
    VIEWS.set(key, v);
  }
  return v;
}

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What row an area sits in (Left/Right stay in it when they can) and which digit (Up/Down stay on it). */
function rowOf(id: string): string {
  const a = region(id).area;
  return a.kind === 'digit' ? `digit.${a.segment}` : a.kind;
}
function digitKey(id: string): string | undefined {
  const a = region(id).area;
  return a.kind === 'digit' || a.kind === 'fingerBase' ? a.digit : undefined;
}

/**
 * The area an arrow key moves to: the nearest label in that direction on the picture (within 75
 * degrees, favouring areas straight ahead). Left and Right keep to the same row when they can (tip
 * to tip, middle joint to middle joint), Up and Down to the same finger; null at the edge.
 */
export function neighbour(view: HandView, from: string, key: string): string | null {
  const d = DIRECTIONS[key];
  const here = view.regions.find((r) => r.id === from)?.label;
  if (!d || !here) return null;
  const horizontal = d[0] !== 0;
  const same = horizontal ? rowOf(from) : digitKey(from);
  let best: string | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const r of view.regions) {
    if (r.id === from) continue;
    const dx = r.label.x - here.x;
    const dy = r.label.y - here.y;
    const ahead = dx * d[0] + dy * d[1];
    const aside = Math.abs(dx * d[1] - dy * d[0]);
    if (ahead <= 0 || ahead * 3.732 < aside) continue;
    const kin = same !== undefined && (horizontal ? rowOf(r.id) : digitKey(r.id)) === same;
    // Areas in the same row (or on the same finger) come first; then the nearest straight ahead.
    const cost = (kin ? 0 : 10_000) + ahead + 2 * aside;
    if (cost < bestCost) {
      bestCost = cost;
      best = r.id;
    }
  }
  return best;
}

export function BodyMap({ surface, selected, onToggle, focusHand }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  // The one area per hand that holds the Tab stop (roving tabindex).
  const [stops, setStops] = useState<Partial<Record<string, string>>>({});
  return (
    <div class="hands">
      {ORDER.map((hand) => {
        const view = viewOf(hand, surface);
        const key = `${hand}.${surface}`;
        const stop = stops[key] ?? view.regions.find((r) => selected.has(r.id))?.id ?? view.regions[0]?.id;
        const move = (from: string, e: KeyboardEvent) => {
          const ids = view.regions.map((r) => r.id);
          const to =
            e.key === 'Home' ? ids[0] : e.key === 'End' ? ids[ids.length - 1] : neighbour(view, from, e.key);
          if (!(e.key in DIRECTIONS) && e.key !== 'Home' && e.key !== 'End') return;
          e.preventDefault();
          if (!to) return;
          setStops((s) => ({ ...s, [key]: to }));
          const svg = (e.currentTarget as SVGElement).ownerSVGElement;
          const el = svg?.querySelector<SVGElement>(`[data-region="${to}"]`);
          el?.focus({ preventScroll: true });
          el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        };
        return (
          <figure key={hand} class={hand === focusHand ? 'hand current' : 'hand other'}>
            <figcaption>
              {hand === 'left' ? 'Left hand' : 'Right hand'}, {surface === 'palm' ? 'palm side' : 'back'}
            </figcaption>
            <Zoom view={view}>
              {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; the group names the hand for screen readers. */}
              <svg
                viewBox={view.viewBox}
                role="group"
                aria-label={`${hand} hand, ${surface === 'palm' ? 'palm side' : 'back'}: arrow keys move between areas`}
              >
                <path class="outline" d={view.outline} />
                {view.regions.map((r) => {
                  const on = selected.has(r.id);
                  return (
                    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role, name, state and keys are provided.
                    <path
                      key={r.id}
                      d={r.d}
                      class={on ? 'region on' : 'region'}
                      role="button"
                      tabindex={r.id === stop ? 0 : -1}
                      aria-label={region(r.id).name}
                      aria-pressed={on}
                      data-region={r.id}
                      onClick={() => {
                        setStops((s) => ({ ...s, [key]: r.id }));
                        onToggle(r.id);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          onToggle(r.id);
                        } else move(r.id, e);
                      }}
                      // The drawn ring is for keyboard focus; a tap needs no ring (the tick shows the result).
                      onFocus={(e) => e.currentTarget.matches(':focus-visible') && setFocused(r.id)}
                      onBlur={() => setFocused((f) => (f === r.id ? null : f))}
                    />
                  );
                })}
                {view.details && <path class="details" d={view.details} />}
                <Ticks view={view} selected={selected} />
                {focused && view.regions.some((r) => r.id === focused) && (
                  <path class="focus-ring" d={view.regions.find((r) => r.id === focused)?.d} />
                )}
              </svg>
            </Zoom>
          </figure>
        );
      })}
    </div>
  );
}

/**
 * The zoomed hand's frame: it scrolls (pans) in both directions and starts centred on the fingers'
 * side of the hand the person sees first.
 */
function Zoom({ view, children }: { view: HandView; children: preact.ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  }, [view]);
  return (
    <div class="zoom" ref={ref}>
      {children}
    </div>
  );
}

function Ticks({ view, selected }: { view: HandView; selected: ReadonlySet<string> }) {
  return (
    <g class="ticks">
      {view.regions
        .filter((r) => selected.has(r.id))
        .map((r) => (
          <g key={r.id} transform={`translate(${r.label.x} ${r.label.y})`}>
            <circle r="9" />
            <path d="M-4.5 0.5 L-1.5 3.5 L4.5 -3.5" />
          </g>
        ))}
    </g>
  );
}

/** Read-only drawing shaded by severity (History): each region says its worst severity. */
export function SeverityMap({
  surface,
  worst: stored,
}: {
  surface: Surface;
  worst: ReadonlyMap<string, number>;
}) {
  // A stored v1 whole-ring area is shown on both halves of the ring finger.
  const worst = drawnWorst(stored);
  return (
    <div class="hands static">
      {ORDER.map((hand) => {
        const view = viewOf(hand, surface);
        const label = `${hand} hand, ${surface === 'palm' ? 'palm side' : 'back'}`;
        return (
          <figure key={hand} class="hand">
            <figcaption>{label.charAt(0).toUpperCase() + label.slice(1)}</figcaption>
            <svg viewBox={view.viewBox} role="img" aria-label={describe(label, view, worst)}>
              <path class="outline" d={view.outline} />
              {view.regions.map((r) => {
                const s = worst.get(r.id);
                return <path key={r.id} d={r.d} class="region static" style={{ fill: shade(s) }} />;
              })}
              {view.details && <path class="details" d={view.details} />}
              {view.regions
                .filter((r) => (worst.get(r.id) ?? 0) > 0)
                .map((r) => (
                  <text key={r.id} x={r.label.x} y={r.label.y} class="sev-label">
                    {worst.get(r.id)}
                  </text>
                ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}

function drawnWorst(stored: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  let out: Map<string, number> | undefined;
  for (const [id, s] of stored) {
    const drawn = drawnAs(id);
    if (drawn.length === 1 && drawn[0] === id) continue;
    out ??= new Map(stored);
    out.delete(id);
    for (const d of drawn) out.set(d, Math.max(out.get(d) ?? 0, s));
  }
  return out ?? stored;
}

function describe(label: string, view: HandView, worst: ReadonlyMap<string, number>): string {
  const marked = view.regions.filter((r) => (worst.get(r.id) ?? 0) > 0);
  if (marked.length === 0) return `${label}: nothing marked in the last four weeks`;
  return `${label}: ${marked.map((r) => `${region(r.id).name} ${worst.get(r.id)} out of 10`).join('; ')}`;
}

/** Light to deep orange by severity; unmarked stays skin-neutral. */
function shade(s: number | undefined): string {
  if (!s) return '#f6efe9';
  const t = Math.min(10, s) / 10;
  const l = 88 - t * 46;
  return `hsl(22 85% ${l}%)`;
}
