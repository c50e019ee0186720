import { describe, expect, it } from 'vitest';
import { creditGaps } from '../../lib/text';

/** The text with only the white space creditGaps keeps (one space each), every other space removed. */
const kept = (text: string) => {
  const gaps = new Set(creditGaps(text));
  return text.replace(/\s+/gu, (run, at: number) => (gaps.has(at) ? ' ' : ''));
};

describe('creditGaps: where a letter-spaced credit keeps its spaces', () => {
  it.each([
    ['记 者 李 文 摄', '记者 李文 摄'],
    ['本 报 记 者 李 文 摄', '本报记者 李文 摄'],
    ['新 华 社 记 者 李 文 摄', '新华社记者 李文 摄'],
    ['摄 影 记 者 李 文', '摄影记者 李文'],
    ['（ 记 者 李 文 摄 ）', '（记者 李文 摄）'],
    ['图为市民在公园散步。 记 者 李 文 摄', '图为市民在公园散步。记者 李文 摄'],
    ['市 民 在 公 园 散 步 。 李 文 摄', '市民在公园散步。李文 摄'],
    ['本 报 记 者 李 文 通 讯 员 王 小 明', '本报记者 李文 通讯员 王小明'],
    ['全 媒 体 记 者 李 文 实 习 生 王 明', '全媒体记者 李文 实习生 王明'],
    ['记者 李文 摄', '记者 李文 摄'], // spaced as printed: the same answer
    ['记者李文 摄', '记者李文 摄'], // never a space OCR did not print
  ])('%j → %j', (text, expected) => expect(kept(text)).toBe(expected));

  it.each([
    '禁 止 拍 摄', // ends in 摄 without a role word or a caption before it
    '记 者 了 解 到 今 年 全 市 经 济 平 稳 增 长 。',
    '他 是 一 名 摄 影 记 者 。',
    '衡 阳 日 报 讯',
    '新 华 社 发', // a credit with no parts to keep apart
    '',
  ])('%j keeps no space', (text) => expect(creditGaps(text)).toEqual([]));

  it('reads only the end of a long text', () => {
    const long = `${'经 济 平 稳 增 长 ， '.repeat(200)}图 为 市 民 。 记 者 李 文 摄`;
    expect(kept(long).endsWith('。记者 李文 摄')).toBe(true);
  });
});
