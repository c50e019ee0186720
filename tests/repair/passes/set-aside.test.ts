import { describe, expect, it } from 'vitest';
import { setAside } from '../../../lib/repair/passes/set-aside';
import { fixWith, makeDoc } from '../helpers';

const LONG = '连日来，市路灯管理处党员干部掀起学习热潮，大家纷纷表示将以报告为指引，扎实推进城市照明工作，让市民出行更安心。';

function outcome(blocks: Parameters<typeof makeDoc>[0], id: string) {
  const doc = fixWith(setAside, makeDoc(blocks));
  const b = doc.articles[0].blocks.find((x) => x.id === id)!;
  return b.setAside ? `aside:${b.setAside.kind}` : b.role;
}

describe('set-aside', () => {
  it.each([
    ['下转第3版', 'aside:furniture'],
    ['（下转A2版）', 'aside:furniture'],
    ['上接第1版', 'aside:furniture'],
    ['责任编辑：张三 美编：李四', 'aside:furniture'],
    ['校对 王五', 'aside:furniture'],
    ['第3版', 'aside:furniture'],
    ['2022年10月24日 星期一', 'aside:furniture'],
    ['图为工作人员正在检查车辆。', 'caption'],
    ['（记者 张三 摄）', 'caption'],
  ])('sets aside %s', (text, expected) => {
    expect(outcome([['headline', '标题'], LONG, text, LONG], 'b3')).toBe(expected);
  });

  it.each([
    '他说，下转第3版的内容很重要。', // a sentence mentioning a jump line
    '编辑部的同志们认真学习了报告内容，并展开讨论。',
    '2022年10月24日，全市召开大会，部署下一阶段工作。',
    '不断提升市民夜间出行满意度', // a headline candidate, not furniture
    '第3版面的设计很好。',
  ])('leaves %s in the body', (text) => {
    expect(outcome([['headline', '标题'], LONG, text, LONG], 'b3')).toBe('paragraph');
  });

  it('takes a paper name alone for the masthead only next to the page line', () => {
    // A pasted page opens with the masthead and the page line (PaddleOCR-style lines, no headings).
    const top = makeDoc(['东川日报', '第01版：要闻', '夯实粮食安全根基', '夏粮生产形势总体向好', '本报记者 常宇航', LONG]);
    const fixed = fixWith(setAside, top).articles[0].blocks;
    expect(fixed.slice(0, 2).map((b) => b.setAside?.kind)).toEqual(['furniture', 'furniture']);
    // The byline has the shape of a two-phrase column banner, but it is a byline (article-roles marks it).
    expect(fixed.slice(2).map((b) => b.setAside?.kind)).toEqual([undefined, undefined, undefined, undefined]);
    // Near misses: the name between paragraphs (a title quoted on its own line), or next to a headline.
    expect(outcome([['headline', '标题'], LONG, '东川日报', LONG], 'b3')).toBe('paragraph');
    expect(outcome([['headline', '东川日报创刊七十周年'], '东川日报', LONG], 'b2')).toBe('paragraph');
    expect(outcome([LONG, '东川日报社', '第01版：要闻', LONG], 'b2')).toBe('paragraph');
  });

  it('takes short lines between headline and dateline as captions, leaves a subtitle', () => {
    const doc = makeDoc([['headline', '24小时值守两大通道卡口'], '防疫卡口值守场景', '“香樟树”', `衡阳日报讯（记者 某某）${LONG}`]);
    const fixed = fixWith(setAside, doc);
    expect(fixed.articles[0].blocks.map((b) => b.role)).toEqual(['headline', 'caption', 'caption', 'paragraph']);
    const subtitle = makeDoc([['headline', '全力推动国防建设再上新台阶'], '警备区各级组织学习党的二十大报告', `衡阳日报讯（记者 某某）${LONG}`]);
    expect(setAside(subtitle)).toEqual([]);
  });

  it('sets aside a column banner before running text, keeping its previous role', () => {
    const doc = fixWith(setAside, makeDoc([['headline', '标题'], LONG, '优作风 优环境', LONG]));
    expect(doc.articles[0].blocks[2].setAside).toMatchObject({ kind: 'label', previousRole: 'paragraph' });
    expect(doc.articles[0].blocks[2].text).toBe('优作风 优环境');
  });
});
