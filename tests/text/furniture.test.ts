import { describe, expect, it } from 'vitest';
import { isEditorCredit, isFurniture, isJumpLine, isPageNumber, isPaperName, isRunningHead, jumpTarget } from '../../lib/text';

describe('isFurniture', () => {
  // valid: must not be taken for furniture; match: must be.
  const valid = [
    'A2 要闻',
    '记者从市发改委获悉，1—9月',
    '本报第3版刊登了这篇报道', // a page mark inside prose
    '上星期一他来到这里', // a weekday inside prose
    '2022年10月24日', // alone in the body: a notice's signature date
    '新版式设计得到好评', // `版式` inside prose
    '2022年10月24日，记者来到衡阳日报社', // a sentence with a date and a paper's name
  ];
  const match = [
    '第3版',
    '第３版', // full-width digits
    '第3版 要闻',
    'A2',
    '3',
    '- 3 -',
    '下转第3版',
    '（下转A2版）',
    '上接第1版',
    '责任编辑：王五 美编：赵六',
    '责任编辑 李四',
    '本版编辑：张三',
    '2022年10月24日 星期一',
    '衡阳日报 2022年10月24日 星期一',
    '2022年10月24日 第3版',
  ];
  it.each(valid)('%j is not furniture', (text) => expect(isFurniture(text)).toBe(false));
  it.each(match)('%j is furniture', (text) => expect(isFurniture(text)).toBe(true));
});

describe('furniture kinds', () => {
  it.each([
    ['下转第3版', isJumpLine, true],
    ['（下转A2版）', isJumpLine, true],
    ['（转A2版）', isJumpLine, true], // the pass for truncated articles knew this one, set-aside did not
    ['下转第3版的报道', isJumpLine, false],
    ['责任编辑：王五', isEditorCredit, true],
    ['编辑部收到来信', isEditorCredit, false],
    [`责任编辑：${'某'.repeat(40)}`, isEditorCredit, false],
    ['第3版', isPageNumber, true],
    ['第3版刊登', isPageNumber, false],
    ['123', isPageNumber, false],
    ['第01版：要闻', isPageNumber, true], // the page line as the paper prints it
    ['第3版:国内新闻', isPageNumber, true],
    ['第 A2 版：经济', isPageNumber, true],
    ['第3版：本报记者报道了这项工作', isPageNumber, false], // prose after the colon
    ['第3版：要闻。', isPageNumber, false],
    ['第3版：', isPageNumber, false],
    ['东川日报', isPaperName, true],
    ['江城 晚报', isPaperName, true], // spaced out, as OCR sets a masthead
    ['东川日报社', isPaperName, false],
    ['东川日报讯', isPaperName, false], // a dateline's opening
    ['东川日报记者', isPaperName, false],
    ['日报', isPaperName, false],
    ['人民群众', isPaperName, false],
  ] as const)('%j → %s', (text, rule, expected) => expect(rule(text)).toBe(expected));
});

describe('isRunningHead', () => {
  it('knows the paper and page names it is given', () => {
    expect(isRunningHead('衡阳日报')).toBe(false);
    expect(isRunningHead('衡阳日报', { names: ['衡阳日报'] })).toBe(true);
    expect(isRunningHead('衡阳日报社', { names: ['衡阳日报'] })).toBe(false);
  });

  it.each([
    ['2022年10月24日', false],
    ['星期一', false],
    ['2022年10月24日 周一', true], // date and weekday: a running head anywhere
  ] as const)('%j alone is a running head only at the page edge (elsewhere: %s)', (text, inBody) => {
    expect(isRunningHead(text)).toBe(inBody);
    expect(isRunningHead(text, { atPageEdge: true })).toBe(true);
  });

  it('does not take prose at the page edge for a running head', () => {
    expect(isRunningHead('上星期一他来到这里', { atPageEdge: true })).toBe(false);
  });
});

describe('jumpTarget', () => {
  it.each([
    ['……拦截劝返车辆（下转A2版）', 'A2'],
    ['（转第 3 版）', '3'],
    ['下转第12版', '12'],
    ['上接第1版', undefined], // a backward jump names where the text came from, not where it goes
    ['转载自第3版', undefined],
    ['他转身离开', undefined],
  ])('%j → %j', (text, page) => expect(jumpTarget(text)).toBe(page));
});
