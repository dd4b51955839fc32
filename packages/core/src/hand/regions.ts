/**
 * The hand model: every area a person can mark, on each hand, palm side and back.
 *
 * Region ids are stable strings (`left.palm.index.distal`) used in check-ins, stored data,
 * FHIR exports and the drawing. Never rename one: add a new id instead.
 *
 * Nerve territories follow the sensory distribution taught for the hand: median for the palm
 * side of the thumb, index, long and the thumb-side half of the ring finger [cts6-calc][katz-afp];
 * ulnar for the little finger and the little-finger-side half of the ring finger [shehab2013];
 * radial for the back of the thumb side of the hand [shehab2013].
 *
 * The ring finger is split along its length into a thumb-side (radial) and a little-finger-side
 * (ulnar) half, on the palm side and the back, because the median/ulnar border runs down its middle
 * ("thumb, index, long, and half the ring finger" [seed]): carpal tunnel uses the thumb-side half,
 * the ulnar pattern the little-finger-side half. The v1 whole-ring ids (`left.palm.ring.distal`…)
 * stay valid so stored check-ins still read — as "the whole ring finger" — but are no longer drawn
 * or listed: `replacedBy` names the two halves they cover.
 */

export const HANDS = ['left', 'right'] as const;
export type Hand = (typeof HANDS)[number];

/** Palm side (palmar/volar) or back of the hand (dorsal). */
export const SURFACES = ['palm', 'back'] as const;
export type Surface = (typeof SURFACES)[number];

export const DIGITS = ['thumb', 'index', 'long', 'ring', 'little'] as const;
export type Digit = (typeof DIGITS)[number];

export const NERVES = ['median', 'ulnar', 'radial'] as const;
export type Nerve = (typeof NERVES)[number];

/** Joints a region contains. CMC is the thumb-base joint; DIP/PIP/MCP for fingers, IP/MCP for the thumb. */
export type Joint = 'dip' | 'pip' | 'mcp' | 'ip' | 'cmc' | 'wrist';

/**
 * Segments of a digit. Fingers have three (`distal` = fingertip and end joint, `middle` = middle
 * joint, `proximal` = the segment next to the hand, holding the knuckle on the back); the thumb has
 * two (`distal` = tip and IP joint, `proximal` = MCP joint).
 */
export type DigitSegment = 'distal' | 'middle' | 'proximal';

/** Half of a digit along its length: the thumb side (radial) or the little-finger side (ulnar). */
export type DigitHalf = 'radial' | 'ulnar';

/** What kind of area a region is, for rules that speak of areas rather than single regions. */
export type Area =
  | { kind: 'digit'; digit: Digit; segment: DigitSegment; half?: DigitHalf }
  | { kind: 'fingerBase'; digit: Digit } // palm side, over the MCP joint, where trigger finger hurts
  | { kind: 'thenar' } // palm side, thumb base
  | { kind: 'centralPalm' }
  | { kind: 'hypothenar' } // palm side, little-finger side
  | { kind: 'backOfHand'; side: 'radial' | 'central' | 'ulnar' } // radial = thumb side
  | { kind: 'wrist'; side: 'radial' | 'central' | 'ulnar' }
  | { kind: 'forearm'; side: 'radial' | 'ulnar' };

export interface Region {
  /** Stable id, `${hand}.${surface}.${part}`. */
  readonly id: string;
  readonly hand: Hand;
  readonly surface: Surface;
  readonly area: Area;
  /** Joint(s) inside this region, if any. */
  readonly joints: readonly Joint[];
  /** Plain name for people and screen readers: "left palm, base of ring finger". */
  readonly name: string;
  /** Sensory nerve territories this region lies in (may be more than one, or none). */
  readonly nerves: readonly Nerve[];
  /**
   * Only on the v1 whole-ring regions: the ids of the two halves that replaced it. Such a region is
   * still a valid id (stored check-ins) but is neither drawn nor listed.
   */
  readonly replacedBy?: readonly [string, string];
}

const DIGIT_NAME: Record<Digit, string> = {
  thumb: 'thumb',
  index: 'index finger',
  long: 'middle finger',
  ring: 'ring finger',
  little: 'little finger',
};

const SEGMENT_NAME: Record<DigitSegment, string> = {
  distal: 'tip and end joint',
  middle: 'middle joint',
  proximal: 'base',
};

const SIDE_NAME = { radial: 'thumb side', central: 'middle', ulnar: 'little-finger side' } as const;

const HALF_NAME: Record<DigitHalf, string> = { radial: 'thumb-side half', ulnar: 'little-finger-side half' };

function digitNerves(digit: Digit, segment: DigitSegment, surface: Surface, half?: DigitHalf): Nerve[] {
  if (digit === 'little') return ['ulnar'];
  if (digit === 'ring') {
    if (half === 'ulnar') return ['ulnar'];
    // The thumb-side half is the median nerve's, except the back of its base (the radial nerve's).
    if (half === 'radial') return surface === 'back' && segment === 'proximal' ? ['radial'] : ['median'];
    return ['median', 'ulnar'];
  }
  if (surface === 'palm') return ['median'];
  // Back of the thumb, index and long: the median nerve reaches the fingertips (beyond the
  // middle joint); the radial nerve covers the rest of the back of the thumb side.
  if (digit === 'thumb') return segment === 'distal' ? ['median', 'radial'] : ['radial'];
  return segment === 'proximal' ? ['radial'] : ['median'];
}

function digitJoints(digit: Digit, segment: DigitSegment): Joint[] {
  if (digit === 'thumb') return segment === 'distal' ? ['ip'] : ['mcp'];
  if (segment === 'distal') return ['dip'];
  if (segment === 'middle') return ['pip'];
  return ['mcp'];
}

function build(): Region[] {
  const out: Region[] = [];
  for (const hand of HANDS) {
    for (const surface of SURFACES) {
      const on = surface === 'palm' ? 'palm side' : 'back';
      const add = (
        part: string,
        area: Area,
        name: string,
        nerves: Nerve[],
        joints: Joint[] = [],
        replacedBy?: [string, string],
      ) =>
        out.push({
          id: `${hand}.${surface}.${part}`,
          hand,
          surface,
          area,
          name,
          nerves,
          joints,
          ...(replacedBy ? { replacedBy } : {}),
        });

      for (const digit of DIGITS) {
        const segments: DigitSegment[] =
          digit === 'thumb' ? ['distal', 'proximal'] : ['distal', 'middle', 'proximal'];
        for (const segment of segments) {
          if (digit === 'ring') {
            const halves = (['radial', 'ulnar'] as const).map((half) => `ring.${segment}.${half}`);
            add(
              `ring.${segment}`,
              { kind: 'digit', digit, segment },
              `${hand} whole ring finger, ${SEGMENT_NAME[segment]} (${on})`,
              digitNerves(digit, segment, surface),
              digitJoints(digit, segment),
              halves.map((h) => `${hand}.${surface}.${h}`) as [string, string],
            );
            for (const half of ['radial', 'ulnar'] as const) {
              add(
                `ring.${segment}.${half}`,
                { kind: 'digit', digit, segment, half },
                `${hand} ring finger, ${HALF_NAME[half]}, ${SEGMENT_NAME[segment]} (${on})`,
                digitNerves(digit, segment, surface, half),
                digitJoints(digit, segment),
              );
            }
            continue;
          }
          add(
            `${digit}.${segment}`,
            { kind: 'digit', digit, segment },
            `${hand} ${DIGIT_NAME[digit]}, ${SEGMENT_NAME[segment]} (${on})`,
            digitNerves(digit, segment, surface),
            digitJoints(digit, segment),
          );
        }
      }
      if (surface === 'palm') {
        for (const digit of DIGITS) {
          add(
            `base.${digit}`,
            { kind: 'fingerBase', digit },
            `${hand} palm, base of ${DIGIT_NAME[digit]}`,
            digitNerves(digit, 'proximal', 'palm'),
            ['mcp'],
          );
        }
        add('thenar', { kind: 'thenar' }, `${hand} palm, thumb base`, ['median'], ['cmc']);
        add('central', { kind: 'centralPalm' }, `${hand} palm, middle`, ['median']);
        add('hypothenar', { kind: 'hypothenar' }, `${hand} palm, little-finger side`, ['ulnar']);
      } else {
        add(
          'hand.radial',
          { kind: 'backOfHand', side: 'radial' },
          `${hand} back of hand, thumb side`,
          ['radial'],
          ['cmc'],
        );
        add('hand.central', { kind: 'backOfHand', side: 'central' }, `${hand} back of hand, middle`, [
          'radial',
        ]);
        add('hand.ulnar', { kind: 'backOfHand', side: 'ulnar' }, `${hand} back of hand, little-finger side`, [
          'ulnar',
        ]);
      }
      for (const side of ['radial', 'central', 'ulnar'] as const) {
        add(
          `wrist.${side}`,
          { kind: 'wrist', side },
          `${hand} wrist, ${SIDE_NAME[side]} (${on})`,
          side === 'radial'
            ? ['radial']
            : side === 'ulnar'
              ? ['ulnar']
              : surface === 'palm'
                ? ['median']
                : [],
          ['wrist'],
        );
      }
      for (const side of ['radial', 'ulnar'] as const) {
        add(
          `forearm.${side}`,
          { kind: 'forearm', side },
          `${hand} forearm just above the wrist, ${SIDE_NAME[side]} (${on})`,
          [],
        );
      }
    }
  }
  return out;
}

/** Every region of both hands, palm side and back. */
export const REGIONS: readonly Region[] = build();

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

/** The regions a person can mark today: every region but the v1 whole-ring ones (drawing and list). */
export const DRAWN_REGIONS: readonly Region[] = REGIONS.filter((r) => !r.replacedBy);

/**
 * The drawn regions that show a stored region: itself, or for a v1 whole-ring region its two halves
 * (so an old mark is still shaded on the drawing, over the whole width of the ring finger).
 */
export function drawnAs(id: string): readonly string[] {
  return BY_ID.get(id)?.replacedBy ?? [id];
}

/** All region ids, as a tuple for schemas. */
export const REGION_IDS = REGIONS.map((r) => r.id) as [string, ...string[]];

/** Looks a region up by id; undefined for an unknown id. */
export function regionById(id: string): Region | undefined {
  return BY_ID.get(id);
}

/** Like {@link regionById} for ids that were already validated by the check-in schema. */
export function region(id: string): Region {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown region id "${id}"`);
  return r;
}

/** The digit a region belongs to (a digit segment, or the base of a digit on the palm). */
export function digitOf(r: Region): Digit | undefined {
  return r.area.kind === 'digit' || r.area.kind === 'fingerBase' ? r.area.digit : undefined;
}
