import { describe, expect, it } from 'vitest';
import { punctuation } from '../../../lib/repair/passes/punctuation';
import { textCases } from '../helpers';

const para = textCases(punctuation);

describe('punctuation', () => {
  it.each([
    '会议于10:30开始。',
    '共计1,000人，增长3.14%。',
    '访问https://example.com/a,b?c=1!查看。',
    'Hello, world! How are you?',
    '1—9月，全市用电量增长。',
    '电话0734-8888888。',
    '参见文献[1]。',
    '他说：“好。”',
    '全文……完',
    'Windows 11, macOS 14',
    "don't 中文 it's",
    '日本报记者团一行抵达。',
    '回国记者会上，他说。',
    '本报记者 张三',
    // Issue-13 audit near-misses of the lone `.`: Latin around it, a decimal, an ellipsis.
    '登录 www.wuchuan-city.gov 提意见',
    '增长3.5个百分点',
    'v2.0版本',
  ])('leaves alone: %s', (text) => {
    expect(para.fires(text)).toBe(false);
  });

  it.each([
    ['经济发展,电力先行', '经济发展，电力先行'],
    ['记者表示:今年', '记者表示：今年'],
    ['怎么办?我们!', '怎么办？我们！'],
    ['记者(向吟)报道', '记者（向吟）报道'],
    ['他说"你好"', '他说“你好”'],
    ["他说'你好'", '他说‘你好’'],
    ['讨论...', '讨论……'],
    ['发展--这是', '发展——这是'],
    ['1一9月', '1—9月'],
    ['20l2年', '2012年'],
    ['增长3.47%6，', '增长3.47%，'],
    ['共|0人', '共10人'],
    ['增长𠀋,好', '增长𠀋，好'],
    ['国本报记者 林晓岚 通讯员 周明远', '■本报记者 林晓岚 通讯员 周明远'],
    ['围通讯员 方瑞', '■通讯员 方瑞'],
    // Written for the issue-13 audit: hand-typed text with half-width full stops.
    ['重点改造路面、管线和照明.', '重点改造路面、管线和照明。'],
    ['他说:"现在好多了."据介绍', '他说：“现在好多了。”据介绍'],
  ])('fixes %s', (text, output) => {
    expect(para.fixed(text)).toBe(output);
  });

  it('a `.` between two Han characters may be a name\'s middle dot: a guess, below safe', () => {
    const [s] = punctuation({ schema: 1, meta: {}, articles: [{ id: 'a', blocks: [{ id: 'b', role: 'paragraph', text: '阿卜杜.热合曼', raw: '' }] }] });
    expect(s.confidence).toBeLessThan(0.9);
  });

  it('keeps guesses about digits below the safe threshold', () => {
    const [s] = punctuation({ schema: 1, meta: {}, articles: [{ id: 'a', blocks: [{ id: 'b', role: 'paragraph', text: '20l2年', raw: '' }] }] });
    expect(s.confidence).toBeLessThan(0.9);
  });
});
