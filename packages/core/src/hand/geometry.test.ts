import { describe, expect, it } from 'vitest';
import { HAND_VIEWS, handView } from './geometry';
import { bbox, contains, minWidth, parsePath } from './path';
import { DRAWN_REGIONS, REGIONS } from './regions';

const views = HAND_VIEWS.map((v) => [`${v.hand} ${v.surface}`, v] as const);
const shape = (d: string) => {
  const subpaths = parsePath(d);
  expect(subpaths).toHaveLength(1);
  return subpaths[0] ?? [];
};

describe('the hand drawing covers the hand model', () => {
  it('draws every region id exactly once across the four views', () => {
    const drawn = HAND_VIEWS.flatMap((v) => v.regions.map((r) => r.id));
    expect(drawn.length).toBe(DRAWN_REGIONS.length);
    expect(new Set(drawn)).toEqual(new Set(DRAWN_REGIONS.map((r) => r.id)));
  });

  it('draws the ring finger as two halves, not whole: the v1 whole-ring ids are not drawn', () => {
    const drawn = new Set(HAND_VIEWS.flatMap((v) => v.regions.map((r) => r.id)));
    for (const r of REGIONS.filter((x) => x.replacedBy)) {
      expect(drawn.has(r.id), r.id).toBe(false);
      for (const half of r.replacedBy ?? []) expect(drawn.has(half), half).toBe(true);
    }
  });

  it.each(views)('%s: the thumb-side half of the ring finger lies towards the thumb', (_, v) => {
    for (const seg of ['distal', 'middle', 'proximal']) {
      const x = (half: string) =>
        v.regions.find((r) => r.id === `${v.hand}.${v.surface}.ring.${seg}.${half}`)?.label.x ?? Number.NaN;
      expect(x('radial') > x('ulnar'), seg).toBe(v.thumbOn === 'right');
    }
  });

  it.each(views)('the %s view holds only regions of that hand and side', (_, v) => {
    for (const r of v.regions) expect(r.id.startsWith(`${v.hand}.${v.surface}.`)).toBe(true);
  });

  it('has four views: each hand, palm side and back', () => {
    expect(HAND_VIEWS.map((v) => `${v.hand}.${v.surface}`).sort()).toEqual([
      'left.back',
      'left.palm',
      'right.back',
      'right.palm',
    ]);
    expect(handView('left', 'back')).toEqual(
      HAND_VIEWS.find((v) => v.hand === 'left' && v.surface === 'back'),
    );
  });
});

describe('every shape is a closed path inside its picture', () => {
  it.each(views)('%s: region paths and the outline are closed and within the viewBox', (_, v) => {
    expect(v.viewBox).toBe(`0 0 ${v.width} ${v.height}`);
    for (const d of [v.outline, ...v.regions.map((r) => r.d)]) {
      expect(d).toMatch(/^M[^Z]*Z$/);
      const b = bbox(shape(d));
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(v.width);
      expect(b.maxY).toBeLessThanOrEqual(v.height);
    }
  });

  it.each(views)('%s: numbers carry at most one decimal', (_, v) => {
    for (const d of [v.outline, v.details, ...v.regions.map((r) => r.d)]) expect(d).not.toMatch(/\d\.\d\d/);
  });

  it.each(views)('%s: every region lies within the hand outline', (_, v) => {
    const outline = shape(v.outline);
    for (const r of v.regions) {
      const c = r.label;
      expect(contains(outline, { x: c.x, y: c.y }), r.id).toBe(true);
    }
  });
});

describe('labels and tap targets', () => {
  it.each(views)('%s: each label sits inside its own region', (_, v) => {
    for (const r of v.regions) {
      const polygon = shape(r.d);
      const b = bbox(polygon);
      expect(r.label.x, r.id).toBeGreaterThanOrEqual(b.minX);
      expect(r.label.x, r.id).toBeLessThanOrEqual(b.maxX);
      expect(r.label.y, r.id).toBeGreaterThanOrEqual(b.minY);
      expect(r.label.y, r.id).toBeLessThanOrEqual(b.maxY);
      expect(contains(polygon, r.label), r.id).toBe(true);
    }
  });

  it.each(views)('%s: every region is at least 20 units across (20 px at the web size)', (_, v) => {
    for (const r of v.regions) expect(minWidth(shape(r.d)), r.id).toBeGreaterThanOrEqual(20);
  });

  it.each(views)('%s: no two regions share the same bounding box', (_, v) => {
    const boxes = v.regions.map((r) => JSON.stringify(bbox(shape(r.d))));
    expect(new Set(boxes).size).toBe(boxes.length);
  });
});

describe('orientation: each hand as its owner sees it, fingers up', () => {
  const thumbX = (hand: 'left' | 'right', surface: 'palm' | 'back') => {
    const v = handView(hand, surface);
    const thumb = v.regions.find((r) => r.id === `${hand}.${surface}.thumb.distal`);
    const little = v.regions.find((r) => r.id === `${hand}.${surface}.little.distal`);
    return { thumb: thumb?.label.x ?? Number.NaN, little: little?.label.x ?? Number.NaN, v };
  };

  it.each([
    ['right', 'palm', 'right'],
    ['left', 'palm', 'left'],
    ['right', 'back', 'left'],
    ['left', 'back', 'right'],
  ] as const)('the %s hand seen from the %s has its thumb on the viewer’s %s', (hand, surface, side) => {
    const { thumb, little, v } = thumbX(hand, surface);
    expect(v.thumbOn).toBe(side);
    expect(thumb > little).toBe(side === 'right');
  });

  it.each(views)('%s: fingers point up, the forearm is at the bottom', (_, v) => {
    const y = (part: string) =>
      v.regions.find((r) => r.id === `${v.hand}.${v.surface}.${part}`)?.label.y ?? 0;
    expect(y('long.distal')).toBeLessThan(y('long.middle'));
    expect(y('long.middle')).toBeLessThan(y('long.proximal'));
    expect(y('long.proximal')).toBeLessThan(y('wrist.central'));
    expect(y('wrist.central')).toBeLessThan(y('forearm.radial'));
  });

  it.each(['palm', 'back'] as const)(
    'the long finger reaches highest and the little finger is shortest (%s)',
    (surface) => {
      const v = handView('right', surface);
      const top = (digit: string) =>
        bbox(
          shape(
            v.regions.find(
              (r) => r.id === `right.${surface}.${digit}.distal${digit === 'ring' ? '.radial' : ''}`,
            )?.d ?? '',
          ),
        ).minY;
      expect(top('long')).toBeLessThan(Math.min(top('index'), top('ring')));
      expect(top('little')).toBeGreaterThan(Math.max(top('index'), top('ring')));
    },
  );
});

describe('mirror images', () => {
  const mirrored = (d: string, width: number) => shape(d).map((p) => ({ x: width - p.x, y: p.y }));
  const near = (a: { x: number; y: number }[], b: { x: number; y: number }[]) => {
    expect(a.length).toBe(b.length);
    a.forEach((p, i) => {
      expect(Math.abs(p.x - (b[i]?.x ?? Number.NaN))).toBeLessThanOrEqual(0.11);
      expect(Math.abs(p.y - (b[i]?.y ?? Number.NaN))).toBeLessThanOrEqual(0.11);
    });
  };

  it.each(['palm', 'back'] as const)('the left %s is the right %s seen in a mirror', (surface) => {
    const left = handView('left', surface);
    const right = handView('right', surface);
    near(mirrored(right.outline, right.width), shape(left.outline));
    for (const r of right.regions) {
      const twin = left.regions.find((l) => l.id === r.id.replace(/^right\./, 'left.'));
      expect(twin, r.id).toBeDefined();
      near(mirrored(r.d, right.width), shape(twin?.d ?? ''));
    }
  });

  it('palm and back of one hand share one outline, mirrored', () => {
    const palm = handView('right', 'palm');
    const back = handView('right', 'back');
    near(mirrored(palm.outline, palm.width), shape(back.outline));
  });

  it('only the back view shows fingernails', () => {
    expect(handView('right', 'palm').details).toBe('');
    expect(parsePath(handView('right', 'back').details)).toHaveLength(5);
  });
});
