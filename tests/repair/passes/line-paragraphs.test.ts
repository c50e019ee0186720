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
