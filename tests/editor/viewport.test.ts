import { describe, expect, it } from 'vitest';
import { articleBox, centreIfHidden, fitBox, hitTest, toImage, toScreen, zoomAt, MAX_SCALE } from '../../lib/editor/viewport';
import { block } from './fixtures';

describe('image viewport', () => {
  it('fits a box centred in the pane', () => {
    const v = fitBox([100, 200, 300, 400], { width: 216, height: 416 }, 8);
    expect(v.scale).toBe(1);
    expect(toScreen(v, [100, 200, 300, 400])).toEqual({ left: 8, top: 108, width: 200, height: 200 });
  });

  it('zooms about the pointer: the image point under it stays put', () => {
    const v = { scale: 0.5, x: 10, y: 20 };
    const under = toImage(v, { x: 110, y: 70 });
    const zoomed = zoomAt(v, 2.5, { x: 110, y: 70 });
    expect(zoomed.scale).toBe(1.25);
    const after = toImage(zoomed, { x: 110, y: 70 });
    expect(after.x).toBeCloseTo(under.x);
    expect(after.y).toBeCloseTo(under.y);
    expect(zoomAt(v, 1000, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
  });

  it('centres a box that is out of view and leaves a visible one alone', () => {
    const v = { scale: 2, x: 0, y: 0 };
    expect(centreIfHidden(v, [10, 10, 50, 50], { width: 200, height: 200 })).toBe(v);
    const moved = centreIfHidden(v, [300, 400, 340, 420], { width: 200, height: 200 });
    const s = toScreen(moved, [300, 400, 340, 420]);
    expect([s.left + s.width / 2, s.top + s.height / 2]).toEqual([100, 100]);
    expect(moved.scale).toBe(2);
  });

  it('hit-tests the smallest block and the line under a point', () => {
    const article = {
      id: 'a',
      blocks: [
        block('big', 'x', 'paragraph', { source: { bbox: [0, 0, 100, 100] } }),
        block('small', 'y', 'caption', {
          source: { bbox: [10, 10, 50, 50], lines: [{ text: 'y1', bbox: [10, 10, 50, 30], confidence: 90 }, { text: 'y2', bbox: [10, 30, 50, 50], confidence: 90 }] },
        }),
      ],
    };
    expect(hitTest(article, 20, 35)).toEqual({ blockId: 'small', line: 1 });
    expect(hitTest(article, 80, 80)).toEqual({ blockId: 'big', line: null });
    expect(hitTest(article, 150, 10)).toBeNull();
    expect(articleBox(article)).toEqual([0, 0, 100, 100]);
  });
});
