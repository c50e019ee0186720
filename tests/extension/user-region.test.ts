import { describe, expect, it } from 'vitest';
import { dragToRegion, MIN_SELECTION_PX } from '../../components/panel/user-region';

// A 2× capture (HiDPI) shown 400 px wide.
const natural = { width: 800, height: 1200 };

describe('dragToRegion', () => {
  it('maps a drag in display pixels to natural pixels, in any drag direction', () => {
    const r = dragToRegion({ x: 150, y: 300 }, { x: 50, y: 100 }, 400, natural);
    expect(r).toEqual({ id: 'user', shape: 'user', box: [100, 200, 300, 600], polygon: [[100, 200], [300, 200], [300, 600], [100, 600]] });
  });

  it('clamps a drag that leaves the image', () => {
    expect(dragToRegion({ x: -20, y: -5 }, { x: 900, y: 700 }, 400, natural)?.box).toEqual([0, 0, 800, 1200]);
  });

  it('treats a click or a sliver as no selection', () => {
    expect(dragToRegion({ x: 10, y: 10 }, { x: 10, y: 10 }, 400, natural)).toBeNull();
    expect(dragToRegion({ x: 10, y: 10 }, { x: 10 + (MIN_SELECTION_PX - 1) / 2, y: 300 }, 400, natural)).toBeNull();
    expect(dragToRegion({ x: 0, y: 0 }, { x: 50, y: 50 }, 0, natural)).toBeNull();
  });
});
