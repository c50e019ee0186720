import { describe, expect, it } from 'vitest';
import { lineParagraphs } from '../../../lib/repair/passes/line-paragraphs';
import type { BBox } from '../../../lib/model/document';
import { fixOnce, makeDoc, texts } from '../helpers';

// A column of 14 characters a line, as tesseract returns it: one block per printed line.
const LINES = ['今年以来，我市锚定全面落实战略', '定位和使命任务，大力开展攻坚年', '行动，工业用电量持续攀升。', '围绕重点项目建设，市发改委狠抓', '规上工业企业用电监测预警调度机', '制。'];

describe('line-paragraphs', () => {
  it('joins printed lines into paragraphs at short last lines', () => {
    const out = texts(fixOnce(lineParagraphs, makeDoc(LINES)));
    expect(out).toEqual([LINES.slice(0, 3).join(''), LINES.slice(3).join('')]);
  });

  it('starts a paragraph at an indented line even after a full line', () => {
    const lines = ['今年以来，我市锚定全面落实战略', '定位和使命任务，大力开展攻坚年', '　　围绕重点项目建设，市发改委狠', '抓规上工业企业用电监测预警调度'];
    expect(texts(fixOnce(lineParagraphs, makeDoc(lines)))).toHaveLength(2);
  });

  it('uses geometry when every line has a box: indent and gap end a paragraph', () => {
    const box = (x: number, y: number): BBox => [x, y, x + 300, y + 20];
    const blocks = [
      { text: '今年以来我市锚定全面落实战略定', source: { bbox: box(40, 0) } },
      { text: '位和使命任务大力开展攻坚年行动', source: { bbox: box(0, 28) } },
      { text: '工业用电量持续攀升势头良好可期', source: { bbox: box(0, 56) } },
      { text: '围绕重点项目建设市发改委狠抓规', source: { bbox: box(40, 84) } },
      { text: '上工业企业用电重点监测预警调度', source: { bbox: box(0, 112) } },
    ];
    const out = texts(fixOnce(lineParagraphs, makeDoc(blocks)));
    expect(out).toEqual([blocks.slice(0, 3).map((b) => b.text).join(''), blocks.slice(3).map((b) => b.text).join('')]);
  });

  it.each([
    [['第一段话说完了。', '第二段也是完整的一句话。', '第三段同样以句号结尾。', '第四段。']],
    [['短', '很长很长的一段文字，写了许多内容，逗号很多，但它是正常段落，句子完整并且以句号结束，长度超过一栏的宽度。', '中']],
    [['标题', '正文第一段，完整的句子。']],
  ])('does not fire on ordinary paragraphs %#', (blocks) => {
    expect(lineParagraphs(makeDoc(blocks))).toEqual([]);
  });

  // Written for the issue-13 audit (made-up news): PaddleOCR lines with photo captions between them.
  it('a caption line stands apart: a body line never runs into it, and it ends at its credit', () => {
    const lines = ['本报讯 4月7日，石桥村的', '梨园里花开正盛，村民们正在', '给果树授粉，果农户均增收', '果农在石桥村梨园为果树授粉。 记者 温若岚 摄', '合作社负责人罗志坚告诉记者，', '今年将新建冷库一座，延长销', '售期，让果子卖出好价钱。'];
    expect(texts(fixOnce(lineParagraphs, makeDoc(lines)))).toEqual([lines.slice(0, 3).join(''), lines[3], lines.slice(4).join('')]);
  });

  it('a caption set in two lines is joined, as its own paragraph', () => {
    const lines = ['镇农业服务中心负责人介绍，近年', '来镇里推广绿色防控技术，茶叶', '品质明显提升。', '图为茶农在白云村茶园采摘春', '茶。 记者 邹明川 摄', '今年全镇茶园面积达到十万余亩，', '预计春茶产量一千八百吨。'];
    expect(texts(fixOnce(lineParagraphs, makeDoc(lines)))).toEqual([lines.slice(0, 3).join(''), '图为茶农在白云村茶园采摘春茶。 记者 邹明川 摄', lines.slice(5).join('')]);
  });

  it('joins Latin words with a space', () => {
    const lines = ['The meeting in the city centre was', 'attended by more than two hundred', 'people from all walks of life and', 'ended late.'];
    expect(texts(fixOnce(lineParagraphs, makeDoc(lines)))[0]).toBe(lines.join(' '));
  });
});

describe('line-paragraphs on its own output', () => {
  it('proposes nothing once paragraphs are rebuilt', () => {
    const once = fixOnce(lineParagraphs, makeDoc(LINES));
    expect(lineParagraphs(once)).toEqual([]);
  });
});
