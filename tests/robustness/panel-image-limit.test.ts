/**
 * Class 6/11 of issue 15 in the panel: a page image over the pixel limit is refused with the size and the
 * limit, in the UI language, with what to do — the same limit and words as the CLI's "too large (limit …)".
 */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../entrypoints/sidepanel/error-text';
import { ImageTooLargeError } from '../../entrypoints/sidepanel/page-decode';
import { tooManyPixels } from '../../lib/image';

describe('a page image over the pixel limit', () => {
  it('is named with its size and the limit, in both languages', () => {
    expect(tooManyPixels(16383, 16383)).toBeUndefined();
    const detail = tooManyPixels(20000, 20000)!;
    expect(detail).toBe('20000×20000 pixels: too large (limit 268,402,689 pixels, e.g. 16383×16383)');
    const err = new ImageTooLargeError(detail);
    expect(errorText(err, 'en')).toBe(`The page image is too large to read (${detail}). Choose a smaller page image on the site, or capture the visible page instead.`);
    expect(errorText(err, 'zh')).toBe(`版面图片太大，无法识别（${detail}）。请在网站上选择较小的版面图片，或截取当前页面来识别。`);
  });
});
