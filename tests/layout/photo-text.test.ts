import { describe, expect, it } from 'vitest';
import { isRealTextLine, readPhotoText, PHOTO_TEXT_CONFIDENCE } from '../../lib/layout/photo-text';
import { regionToArticle } from '../../lib/layout';
import type { BBox } from '../../lib/model/document';
import type { OcrBlock } from '../../lib/ocr/types';
import { line, para, regionOf } from './synthetic';

const body = 20;
/** A line of `text` at (x, y), characters `size` px square, with the confidence OCR gave it. */
const at = (text: string, x: number, y: number, confidence = 88, size = body) => ({ ...line(text, x, y, size), confidence });

describe('isRealTextLine: text OCR found in a picture', () => {
  it.each([
    ['a caption-like line', true, at('市民在公园里赏花', 0, 0)],
    ['confidence at the bar', true, at('市民在公园里赏花', 0, 0, PHOTO_TEXT_CONFIDENCE)],
    ['confidence just under it', false, at('市民在公园里赏花', 0, 0, PHOTO_TEXT_CONFIDENCE - 1)],
    ['a single character', false, at('花', 0, 0)],
    ['mostly symbols (texture)', false, at('|:~_.花', 0, 0)],
    ['a shop sign in large type', true, at('新华书店', 0, 0, 80, 4 * body)],
    ['type smaller than half the body (specks)', false, at('市民在公园', 0, 0, 90, 9)],
    ['a sliver: eight characters in the width of two', false, { ...at('市民在公园里赏花', 0, 0), bbox: [0, 0, 2 * body, body] as BBox }],
    ['a smear: two characters across ten', false, { ...at('市民', 0, 0), bbox: [0, 0, 10 * body, body] as BBox }],
    ['Latin and digits count as characters', true, at('G20 Summit', 0, 0)],
  ])('%s → %s', (_, real, l) => expect(isRealTextLine(l, body)).toBe(real));
});

const blocksOf = (lines: ReturnType<typeof at>[]): OcrBlock[] => regionOf(lines).blocks;

describe('readPhotoText: what a photo’s text becomes', () => {
  const photo: BBox = [0, 0, 400, 300];
  it('lines at the photo’s foot are its caption, others set aside, texture dropped', () => {
    const r = readPhotoText({ box: photo, blocks: blocksOf([at('春风路站', 20, 40), at('游客在湖边拍照留念', 20, 260), at('~|~', 200, 100, 30)]) }, 'r1', body);
    expect(r.isText).toBe(false);
    expect(r.caption.map((l) => l.text)).toEqual(['游客在湖边拍照留念']);
    expect(r.aside.map((l) => l.text)).toEqual(['春风路站']);
  });

  it('a "photo" filled with real lines is a column of text', () => {
    const lines = Array.from({ length: 8 }, (_, i) => at(para(String.fromCharCode(0x7532 + i), 18), 20, 10 + i * 34));
    const r = readPhotoText({ box: photo, blocks: blocksOf(lines) }, 'r1', body);
    expect(r).toMatchObject({ isText: true, caption: [], aside: [] });
    expect(r.body).toHaveLength(8);
  });

  it('near miss: three real lines covering under a quarter of the photo stay labels', () => {
    const lines = [at('一号馆', 20, 20), at('二号馆', 20, 120), at('三号馆', 20, 200)];
    const r = readPhotoText({ box: photo, blocks: blocksOf(lines) }, 'r1', body);
    expect(r.isText).toBe(false);
    expect(r.aside).toHaveLength(3);
  });
});

describe('regionToArticle with photo text', () => {
  const column = [at(para('甲', 16), 20, 400), at(para('乙', 16), 20, 430), at(para('丙', 10), 20, 460)];
  const photoBox: BBox = [20, 80, 420, 380];
  it('adds the caption and the set-aside labels as restorable blocks, after the body', () => {
    const region = { ...regionOf(column), photos: [photoBox], photoText: [{ box: photoBox, blocks: blocksOf([at('春风路站', 40, 120), at('游客在湖边拍照留念', 40, 340)]) }] };
    const article = regionToArticle(region, {});
    const tail = article.blocks.slice(-2);
    expect(tail.map((b) => [b.role, b.text, b.setAside?.kind])).toEqual([
      ['caption', '游客在湖边拍照留念', undefined],
      ['label', '春风路站', 'photo-text'],
    ]);
    expect(tail[1].setAside).toMatchObject({ previousRole: 'label' });
    expect(article.blocks.slice(0, -2).map((b) => b.text).join('')).toBe(column.map((l) => l.text).join(''));
  });

  it('reads a photo that was text as part of the body, in column order', () => {
    const inPhoto = Array.from({ length: 8 }, (_, i) => at(para(String.fromCharCode(0x4e01 + i), 16), 30, 90 + i * 34));
    const region = { ...regionOf(column), photos: [photoBox], photoText: [{ box: photoBox, blocks: blocksOf(inPhoto) }] };
    const article = regionToArticle(region, {});
    const text = article.blocks.filter((b) => !b.setAside).map((b) => b.text).join('');
    expect(text.indexOf(inPhoto[0].text)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(inPhoto[0].text)).toBeLessThan(text.indexOf(column[0].text));
    expect(article.blocks.some((b) => b.setAside)).toBe(false);
  });
});

describe('a side box inside a column', () => {
  it('is read on its own after the body: nothing of it lands between the column’s lines', () => {
    const before = at('市民纷纷走出家门到公园', 20, 20);
    const box = [at('相关链接：公园开放时间', 20, 60), at('每天早六点到晚十点。', 20, 84)];
    const after = at('赏花踏青园方增加了保洁。', 20, 124);
    const region = { ...regionOf([before, ...box, after]), asides: [[10, 54, 300, 110] as BBox] };
    const article = regionToArticle(region, {});
    const texts = article.blocks.map((b) => b.text);
    const joined = texts.join('');
    expect(joined.indexOf(after.text)).toBe(before.text.length);
    expect(joined.slice(before.text.length + after.text.length)).toBe(box.map((l) => l.text).join(''));
    // Without the box known, its lines sit inside the column's text (the near miss).
    const plain = regionToArticle(regionOf([before, ...box, after]), {}).blocks.map((b) => b.text).join('');
    expect(plain.indexOf(after.text)).toBeGreaterThan(before.text.length);
  });
});

describe('text blocks cut out of a picture (a sign in its light sky)', () => {
  const column = [at(para('甲', 16), 20, 420), at(para('乙', 16), 20, 450), at(para('丙', 10), 20, 480)];
  const headline = at('葡萄熟了', 20, 20, 90, 2 * body);
  const sign = at('葡萄采摘园', 200, 100, 95, 28);
  const caption = at('工人在采收酿酒葡萄', 20, 390);
  // The picture over its whole extent (lib/plan/photo-extent.ts): the sign's block was cut out of its sky.
  const picture: BBox = [20, 80, 420, 380];
  it.each([
    ['a sign inside the picture is set aside as its label, not read as the headline', [headline, sign, caption, ...column], true],
    ['near miss: the same line on the paper above the picture stays in the body', [headline, { ...sign, bbox: [200, 40, 340, 68] as BBox }, caption, ...column], false],
  ] as const)('%s', (_, lines, setAside) => {
    const article = regionToArticle({ ...regionOf([...lines]), photos: [picture] }, {});
    const signBlock = article.blocks.find((b) => b.text === sign.text)!;
    expect(signBlock.setAside?.kind === 'photo-text').toBe(setAside);
    expect(article.blocks.find((b) => b.role === 'headline')?.text).toBe(headline.text);
    expect(article.blocks.find((b) => b.text === caption.text)?.role).toBe('caption');
  });
});
