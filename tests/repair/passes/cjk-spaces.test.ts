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
    // Written for the issue-13 audit (made-up names): the space a paper sets after the dateline,
    '本报讯 记者从市住建局获悉，加装电梯412部。',
    '新华社北京4月8日电 记者从农业农村部获悉。',
    // and a byline still in the body (the headline pass marks it with its head) is a credit already.
    '▲本报记者 蔺思齐',
    // OCR's noise of a photo (lib/text ocr-noise): closing its gaps would make a word of its marks.
    '二      届             全 下',
    '<      斗            旦证        7',
  ])('leaves alone: %s', (text) => {
    expect(para.fires(text)).toBe(false);
  });

  it('keeps a single space between two phrases of a headline', () => {
    expect(head.fires('与时空对话 做少年君子')).toBe(false);
    expect(head.fires('走现代农业之路 让台九村形象更“精致”')).toBe(false);
    // Issue-13 audit: a quoted phrase is a phrase (the quote mark beside the gap is not punctuation to close up).
    expect(head.fires('社区“微更新” 老街换新颜')).toBe(false);
    expect(head.fires('“书香梧川” 走进千家万户')).toBe(false);
  });

  it('near-misses of the title quote rule: letter-spaced text inside quotes, and quotes in prose', () => {
    expect(head.fixed('社区“微 更新”老街')).toBe('社区“微更新”老街');
    expect(para.fixed('居民说 “以前一下雨就积水”')).toBe('居民说“以前一下雨就积水”');
  });

  it('near-miss of the dateline rule: only one space right after the dateline is kept', () => {
    expect(para.fixed('本报讯 记 者从市住建局获悉。')).toBe('本报讯 记者从市住建局获悉。');
    expect(para.fixed('本报讯 （通讯员 马骁腾） 因桥面维修。')).toBe('本报讯（通讯员 马骁腾）因桥面维修。');
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

  // Letter-spaced tesseract output of a credit: the credit rule says where its spaces go (role, names, 摄).
  const caption = textCases(cjkSpaces, 'caption');
  const byline = textCases(cjkSpaces, 'byline');
  it.each([
    ['记 者 李 文 摄', '记者 李文 摄'],
    ['本 报 记 者 李 文 摄', '本报记者 李文 摄'],
    ['图为市民在公园散步。 记 者 李 文 摄', '图为市民在公园散步。记者 李文 摄'],
    ['（ 新 华 社 记 者 李 文 摄 ）', '（新华社记者 李文 摄）'],
    ['记 者 欧 阳 文 图 摄', '记者 欧阳文图 摄'], // 文/图 inside a name is no role
    ['图 为 市 民 在 公 园 散 步 。 李 文 摄', '图为市民在公园散步。李文 摄'], // no role word: the name stays with 摄 by a space
    ['记者  李文  摄', '记者 李文 摄'], // a run of spaces between the parts becomes one
  ])('keeps a letter-spaced credit\'s parts apart: %s → %s', (text, output) => {
    expect(para.fixed(text)).toBe(output);
    expect(caption.fixed(text)).toBe(output);
  });

  it.each([
    ['本 报 记 者 李 文 通 讯 员 王 小 明', '本报记者 李文 通讯员 王小明'],
    ['■ 本 报 记 者 李 文', '■ 本报记者 李文'], // the space after ■ is not between Han characters: this pass leaves it
    ['江 城 日 报 全 媒 体 记 者 李 文', '江城日报全媒体记者 李文'],
    ['文 / 李 文 图 / 王 明', '文 / 李文 图 / 王明'], // nor the spaces beside a slash
  ])('a letter-spaced byline keeps a space between role and names: %s → %s', (text, output) => {
    expect(byline.fixed(text)).toBe(output);
    expect(para.fixed(text)).toBe(output);
  });

  it.each([
    ['记 者 了 解 到 今 年 全 市 经 济 平 稳 增 长 。', '记者了解到今年全市经济平稳增长。'], // prose after a role word
    ['禁 止 拍 摄', '禁止拍摄'], // ends in 摄, credits nobody
    ['景 区 内 禁 止 拍 摄', '景区内禁止拍摄'],
    ['他 是 一 名 摄 影 记 者 。', '他是一名摄影记者。'],
    ['记 者 从 市 统 计 局 获 悉 ， 李 文 摄 影 展 开 幕 。', '记者从市统计局获悉，李文摄影展开幕。'],
  ])('near-misses: letter-spaced prose with role words loses every space: %s', (text, output) => {
    expect(para.fixed(text)).toBe(output);
  });

  it('removes letter-spacing in a headline but keeps the phrase gap', () => {
    expect(head.fixed('衡 阳 日报 讯')).toBe('衡阳日报讯');
    expect(head.fixed('与时空对话 做 少年君子')).toBe('与时空对话做少年君子'); // a one-character side is letter-spacing
    expect(head.fixed('衡 阳')).toBe('衡阳');
  });
});
