import { describe, expect, it } from 'vitest';
import { splitSentence } from '../../../lib/repair/passes/split-sentence';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import type { BBox } from '../../../lib/model/document';
import { article, makeDoc, type Row } from '../fixtures/doc';

const valid: { name: string; rows: Row[] }[] = [
  { name: 'paragraph ends with 。', rows: ['他说这是第一句。', '第二段开始了新的话题。'] },
  { name: 'paragraph ends with closing quote after ！', rows: ['“向着强军伟业前进！”', '听完报告，他倍感振奋。'] },
  { name: 'next block is a dateline', rows: ['位列全省第三，同比增长3.47%', '**某某日报讯**（记者 张三）今年以来，全市工业稳步增长。'] },
  { name: 'colon before a quotation', rows: ['他在会上说：', '“我们要把这件事做好。”'] },
  { name: 'colon before a list', rows: ['主要措施如下：', '一、加强组织领导。'] },
  { name: 'short title-like line (label)', rows: ['优作风 优环境', '近年来，全市持续推进改革。'] },
  { name: 'byline line without punctuation', rows: ['■本报记者 张三 通讯员 李四', '过去办事大厅狭小拥挤。'] },
  { name: 'into a headline role', rows: ['这一段没有结束，', ['headline', '新的标题']] },
  { name: 'Latin sentence ends with a period', rows: ['The plant opened in 2020.', 'Output rose by 5%.'] },
  // Written for the issue-13 audit (made-up names): a photo caption ends at its credit.
  { name: 'out of a caption ending in its credit', rows: ['图为茶农在白云村茶园采摘春茶。 记者 邹明川 摄', '镇农业服务中心负责人介绍，近年来茶叶品质明显提升。'] },
  { name: 'out of an agency credit', rows: ['春播现场。新华社发', '梧川图书馆开设夜间书房'] },
  { name: 'into a caption', rows: ['今年，村里将新建冷库一座，', '果农在梨园为果树授粉。 记者 温若岚 摄'] },
];

const invalid: { name: string; rows: Row[]; separator: string; safe: boolean }[] = [
  { name: 'ends on a comma', rows: ['今年以来，我市锚定目标任务，', '大力开展攻坚行动。'], separator: '', safe: true },
  { name: 'ends on 、', rows: ['全力解决备战急需、', '部队急用的事情。'], separator: '', safe: true },
  { name: 'ends mid-word', rows: ['将企业用电负荷、检', '修改造等情况按月分解。'], separator: '', safe: false },
  { name: 'split inside 《》 (unbalanced)', rows: ['老师作《与时', '空对话》讲座。'], separator: '', safe: true },
  { name: 'split inside quotes', rows: ['他强调“要把好外防', '输入各道关口”。'], separator: '', safe: true },
  { name: 'Latin words get a space', rows: ['The new plant will produce', 'batteries for export.'], separator: ' ', safe: true },
  { name: 'a credit word inside prose is no caption (near-miss)', rows: ['今年春天，他第一次用无人机拍摄', '家乡的油菜花田。'], separator: '', safe: false },
  { name: 'number before CJK joins without space', rows: ['今年以来，全市新建充电桩的数量达到2020', '个，同比增长，同比增长。'], separator: '', safe: false },
];

describe('split-sentence', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(splitSentence(article(...rows))).toEqual([]);
  });

  it.each(invalid)('joins: $name', ({ rows, separator, safe }) => {
    const [s] = splitSentence(article(...rows));
    expect(s.ops).toEqual([{ op: 'join', first: 'a1.b1', second: 'a1.b2', separator }]);
    expect(s.confidence >= SAFE_CONFIDENCE).toBe(safe);
    expect(s.id).toBe('split-sentence:a1.b1:a1.b2');
  });

  it('never joins across articles', () => {
    expect(splitSentence(makeDoc(['这一段没有结束，'], ['下一篇的开头。']))).toEqual([]);
  });

  it('a colon before ordinary prose fires only with low confidence', () => {
    const [s] = splitSentence(article('记者了解到：', '全市已建成站点三百个。'));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a short last OCR line lowers confidence below safe', () => {
    const doc = article('据了解，这一段文字在这里结束却没有标点', '下一段继续。');
    // Two full lines and a last line a fifth as wide: the paragraph ended there on the page.
    const boxes: BBox[] = [[0, 0, 300, 20], [0, 30, 300, 50], [0, 60, 60, 80]];
    doc.articles[0].blocks[0].source = { lines: boxes.map((bbox) => ({ text: '…', bbox, confidence: 90 })) };
    expect(splitSentence(doc)[0].confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('does not mutate the document', () => {
    const doc = article('今年以来，', '大力开展行动。');
    const before = JSON.stringify(doc);
    splitSentence(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
