import { describe, expect, it } from 'vitest';
import { cjkSpaces } from '../../../lib/repair/passes/cjk-spaces';
import { textCases } from '../helpers';

const para = textCases(cjkSpaces);
const head = textCases(cjkSpaces, 'headline');

describe('cjk-spaces', () => {
  it.each([
    'COVID 19 疫情',
    '升级到 Windows 11 系统',
    '共 3 人参加',
    '经济发展，电力先行。',
    '衡阳日报讯（全媒体记者 向吟）经济发展。', // a credit separates role and name
    '活动——《与时空对话 做少年君子》专题讲座', // deliberate gap inside a book title
    '  首行缩进的段落', // leading indent is not between characters
    '优作风 优环境', // a column banner or unmarked headline: phrases of a title line
    '推进乡村振兴 建设美丽家园',
    '图为市民在公园散步。记者 李文 摄', // the photo credit's names are set apart on purpose
  ])('leaves alone: %s', (text) => {
    expect(para.fires(text)).toBe(false);
  });

  it('keeps a single space between two phrases of a headline', () => {
    expect(head.fires('与时空对话 做少年君子')).toBe(false);
    expect(head.fires('走现代农业之路 让台九村形象更“精致”')).toBe(false);
  });

  it.each([
    ['衡 阳 日 报 讯', '衡阳日报讯'],
    ['市民 在公园散步。记者 李文 摄', '市民在公园散步。记者 李文 摄'], // only the credit keeps its spaces
    ['经济发展 ， 电力先行 。', '经济发展，电力先行。'],
    ['他说 “ 好 ”', '他说“好”'],
    ['全\u3000市 工业', '全市工业'],
    ['增长 𠀋 字', '增长𠀋字'], // a character outside the BMP counts two code units
    ['使用 Windows 11 系 统', '使用 Windows 11 系统'],
    // A space tesseract leaves inside a sentence (the raw OCR keeps it; this pass proposes its removal).
    ['社区图书馆开放到晚上九点 并新增自助借还设备。', '社区图书馆开放到晚上九点并新增自助借还设备。'],
  ])('fixes %s', (text, output) => {
    expect(para.fixed(text)).toBe(output);
  });

  it('removes letter-spacing in a headline but keeps the phrase gap', () => {
    expect(head.fixed('衡 阳 日报 讯')).toBe('衡阳日报讯');
    expect(head.fixed('与时空对话 做 少年君子')).toBe('与时空对话做少年君子'); // a one-character side is letter-spacing
    expect(head.fixed('衡 阳')).toBe('衡阳');
  });
});
