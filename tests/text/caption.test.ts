import { describe, expect, it } from 'vitest';
import { isPhotoCaption, isPhotoCredit, photoCreditRange } from '../../lib/text';

// valid: must not be taken for a caption; match: must be.
const valid = [
  '禁止拍摄', // ends in 摄, but no credit: no space, role or parentheses before the name
  '他说。摄影师张三今年已经拍摄了很多照片 张三 摄', // prose before the credit runs past a full stop
  '防疫卡口值守场景', // a caption only by position (set-aside decides that), not by its words
  '改造后的永安老街吸引市民游客前来打卡。',
  '本报讯 记者从青禾县统计局获悉，今年一季度全县经济平稳。',
  '图为市民在公园散步。他们说，公园越来越美了。还有人说要常来。', // a second sentence without a credit is prose
  // Written for the issue-13 audit: a paper that sets ▲ for ■ prints bylines with it; a byline is never a caption.
  '▲本报记者 蔺思齐',
  '▲通讯员 柯文倩 实习生 简一鸣',
  '本报记者 李文 摄影报道', // a byline: the reporter also took the photos
  '文/记者 李文 图/记者 王明',
  '图/文 记者 李文',
  '',
];
const match = [
  '图为5月14日，青禾县经济开发区一家新材料企业的生产线正在满负荷运转。 记者 林晓岚 摄',
  '3月6日，临澜市女性创业孵化基地内，学员正在学习直播带货技巧。 记者 何静怡 摄',
  '图为市民在公园散步。',
  '▲游客在老街打卡',
  '图：市民在公园里散步',
  '（记者 张三 摄）',
  '李文 摄',
  '新华社发',
  '新华社记者 李文 发',
  '张三供图',
  '市民在公园散步（图片）',
  '游客在老街打卡（新华社记者 王五摄）',
  // Near-misses of the ▲ byline (issue-13 audit): ▲ then prose that starts with a role word is a caption.
  '▲记者在现场采访返乡务工人员',
  '▲摄影爱好者在湿地公园拍摄候鸟',
  '果农在石桥村梨园为果树授粉。 记者 温若岚 摄',
  '春播现场。新华社发',
  // A photo credit alone, after ▲ or OCR's misreading of ▲/■: the caption's credit, not a byline.
  '▲记者 李文 摄',
  '国记者 李文 摄',
  '□本报记者 李文 摄',
  '△记者 李文 摄',
  '(记者 李文 摄)',
  '图/记者 李文',
  '新华社记者 李文 摄',
  '市民在公园散步。图/记者 李文',
];

describe('isPhotoCaption', () => {
  it.each(valid)('%j is not a caption', (text) => expect(isPhotoCaption(text)).toBe(false));
  it.each(match)('%j is a caption', (text) => expect(isPhotoCaption(text)).toBe(true));
});

describe('isPhotoCredit / photoCreditRange', () => {
  it.each([['（记者 张三 摄）', true], ['记者 李文 摄', true], ['李文摄', false], ['图为市民在公园散步。 记者 李文 摄', false],
    ['▲记者 李文 摄', true], ['图/记者 李文', true], ['文/记者 李文 图/记者 王明', false], ['图/文 记者 李文', false]])('%j credit line → %s', (text, expected) =>
    expect(isPhotoCredit(text)).toBe(expected));
  it('finds the credit at the end of a caption (its spaces are deliberate)', () => {
    const text = '图为市民在公园散步。 记者 李文 摄';
    const [start, end] = photoCreditRange(text)!;
    expect(text.slice(start, end)).toBe('记者 李文 摄');
    expect(photoCreditRange('市民在公园散步。')).toBeUndefined();
  });
});
