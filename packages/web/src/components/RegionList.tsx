/**
 * The second path to the same selection as the drawing (WCAG's pattern for complex graphics):
 * every region as a labelled checkbox, grouped by hand, side and area, inside disclosures.
 */
import { DRAWN_REGIONS, HANDS, type Hand, type Region, SURFACES, type Surface } from '@handcheck/core';

const GROUPS: { title: string; test: (r: Region) => boolean }[] = [
  { title: 'Fingers and thumb', test: (r) => r.area.kind === 'digit' },
  {
    title: 'Palm',
    test: (r) => ['fingerBase', 'thenar', 'centralPalm', 'hypothenar'].includes(r.area.kind),
  },
  { title: 'Back of the hand', test: (r) => r.area.kind === 'backOfHand' },
  { title: 'Wrist and forearm', test: (r) => r.area.kind === 'wrist' || r.area.kind === 'forearm' },
];

const HAND_WORDS: Record<Hand, string> = { left: 'Left hand', right: 'Right hand' };
const SURFACE_WORDS: Record<Surface, string> = { palm: 'palm side', back: 'back' };

interface Props {
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
}

export function RegionList({ selected, onToggle }: Props) {
  return (
    <details class="region-list">
      <summary>Choose areas from a list instead</summary>
      {HANDS.map((hand) =>
        SURFACES.map((surface) => {
          // The regions a person can mark today (the ring finger in its two halves).
          const regions = DRAWN_REGIONS.filter((r) => r.hand === hand && r.surface === surface);
          const count = regions.filter((r) => selected.has(r.id)).length;
          return (
            <details key={`${hand}.${surface}`} class="sub">
              <summary>
                {HAND_WORDS[hand]}, {SURFACE_WORDS[surface]}
                {count > 0 && ` (${count} marked)`}
              </summary>
              {GROUPS.map((g) => {
                const inGroup = regions.filter(g.test);
                if (inGroup.length === 0) return null;
                return (
                  <fieldset key={g.title} class="checks">
                    <legend>{g.title}</legend>
                    {inGroup.map((r) => (
                      <label key={r.id} class="check">
                        <input type="checkbox" checked={selected.has(r.id)} onChange={() => onToggle(r.id)} />
                        <span>{r.name}</span>
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </details>
          );
        }),
      )}
    </details>
  );
}
