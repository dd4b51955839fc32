/**
 * The tappable drawing of both hands, from core's `handView` geometry (the same drawing the PDF uses).
 * Each region is an SVG path that acts as a toggle button: focusable, named for screen readers with
 * the region's plain name, `aria-pressed` when marked, Enter or Space to toggle. A marked region
 * also gets a tick so the state never rests on colour alone.
 *
 * On a phone one hand is drawn at full width at a time (a hand drawn at half width would make the
 * fingertips far smaller than a sore thumb); wider screens show both side by side.
 */
import { type Hand, type HandView, handView, region, type Surface } from '@handcheck/core';
import { useState } from 'preact/hooks';

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

export function BodyMap({ surface, selected, onToggle, focusHand }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  return (
    <div class="hands">
      {ORDER.map((hand) => {
        const view = viewOf(hand, surface);
        return (
          <figure key={hand} class={hand === focusHand ? 'hand current' : 'hand other'}>
            <figcaption>
              {hand === 'left' ? 'Left hand' : 'Right hand'}, {surface === 'palm' ? 'palm side' : 'back'}
            </figcaption>
            {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; the group names the hand for screen readers. */}
            <svg
              viewBox={view.viewBox}
              role="group"
              aria-label={`${hand} hand, ${surface === 'palm' ? 'palm side' : 'back'}`}
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
                    tabIndex={0}
                    aria-label={region(r.id).name}
                    aria-pressed={on}
                    data-region={r.id}
                    onClick={() => onToggle(r.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onToggle(r.id);
                      }
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
          </figure>
        );
      })}
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
export function SeverityMap({ surface, worst }: { surface: Surface; worst: ReadonlyMap<string, number> }) {
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
