import { describe, expect, it } from 'vitest';
import { mergeRegionParts } from '../../lib/ocr/merge-parts';
import type { RegionPlan } from '../../lib/plan';
import { emptyInkMap } from '../../lib/plan/coverage';

const plan: RegionPlan = { regionId: 'r', box: [0, 0, 900, 700], href: 'http://x/r.html', title: '标题', textHeight: 14, scale: 1.5, parts: [], photos: [[10, 10, 200, 150]], asides: [], ink: emptyInkMap([0, 0, 900, 700], 14), reduction: 1 };
const part = (text: string, confidence: number, seconds?: number) => ({ regionId: 'r', bbox: [0, 0, 1, 1] as RegionPlan['box'], text, confidence, blocks: [], ...(seconds === undefined ? {} : { seconds }) });

describe('mergeRegionParts', () => {
  it('joins the parts in plan order, weights confidence by text length and sums the time', () => {
    const merged = mergeRegionParts(plan, [part('甲', 90, 0.1), part(' 乙丙 ', 60, 0.2), part('', 0)], plan.scale);
    expect(merged).toMatchObject({ regionId: 'r', bbox: plan.box, text: '甲\n乙丙', scale: 1.5, seconds: 0.3 });
    // '甲' counts once, ' 乙丙 ' four times (its length as read): (90 + 4·60) / 5.
    expect(merged.confidence).toBeCloseTo(66);
  });

  it('carries the region’s link, title and photos from the plan', () => {
    expect(mergeRegionParts(plan, [], 1)).toMatchObject({ href: 'http://x/r.html', title: '标题', photos: plan.photos, text: '', confidence: 0, seconds: 0 });
    const bare = mergeRegionParts({ ...plan, href: undefined, title: undefined }, [], 1);
    expect('href' in bare || 'title' in bare).toBe(false);
  });
});
