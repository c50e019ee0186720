import { describe, expect, it } from 'vitest';
import { lineSplits, MIN_RUN, readAcrossColumns } from '../../lib/text/column-gutter';

// Written for these tests (made-up paper and news) in the shapes tesseract prints a whole page in:
// PSM 6 sets a `|` where it sees a column rule, PSM 3 pads the gutter with spaces.
const PSM6 = [
  '本报梧川4月8日电 | 记者从市农业农村局获 | 悉，全市春播进度已达 | 六成以上，各地抢抓',
  '今年以来，梧川各地 |悉，全市早稻育秧已完 | 成八成，春耕物资供应 | 充足，农机具检修到位',
  '扎实推进春耕备耕工 | 作，全力保障粮食生产 | 安全。市农技中心组织 | 技术人员深入田间地头',
  '农技人员分片包干， |开展病虫害监测预警， | 指导农户科学施肥用药 | 确保春播任务按时完成',
  '确保不误农时。各乡 | 镇还成立了农机服务队 | 为缺少劳力的农户代耕 | 代种，受到群众欢迎。',
];
const PSM3 = [
  '本报讯 梧川市图书馆新馆今     “以前借书要跑很远，现在家     为方便读者，新馆延长开放',
  '日正式开放，馆藏图书达到     门口就有图书馆了。”市民     时间至晚上九点，并增设自助',
  '一百二十万册，设有少儿阅     卢建国说，他每周都会带孙     借还设备和电子阅览区，',
  '览区、古籍修复室等多个功     子来看书。据介绍，新馆还     读者可通过手机预约座位。',
];

describe('lineSplits: where one line crosses a gutter', () => {
  it.each([
    ['本报梧川4月8日电 | 记者从市农业农村局获', 1],
    ['本报讯 梧川市图书馆新馆今     “以前借书要跑很远，现在家', 1],
    ['今年以来，梧川各地 |悉，全市早稻育秧已完 | 成八成，春耕物资供应', 2],
    // a paragraph's last line stops short: a sentence end of fewer than three Han characters is column text
    ['茧水总量较去年同期增加一成 | 建设。                修剪、家庭理财等课程吸引了', 2],
    ['水利部门组织技术人员深 | 贴。                   年担任讲师，课程安排在晚饭', 2],
  ])('%j has %i split(s)', (line, n) => expect(lineSplits(line)).toHaveLength(n));

  it.each([
    '优作风 优环境', // a headline's one phrase space
    '　　今年以来，全市经济运行总体平稳。', // an indent
    '记 者 李 文 摄', // letter-spaced OCR, single spaces
    '| 项目 | 投资额 |', // a Markdown table row
    '第01版    要闻', // a side with fewer than three Han characters
    '第01版。    要闻', // near-miss: a short sentence end needs column text on the gap's other side
    '好。    很好。', // nor are two short sentences columns
    'GDP 6.2%    CPI 2.1%',
    '床前明月光，  疑是地上霜。', // verse in equal halves
    '见 [[2024-05-16-梧川日报|梧川日报第一版]] 的报道', // a wiki-link's bar
  ])('%j has none', (line) => expect(lineSplits(line)).toEqual([]));
});

describe('readAcrossColumns', () => {
  it.each([['PSM 6 (column rules read as |)', PSM6], ['PSM 3 (gutters as spaces)', PSM3]])('finds the lines of %s', (_, lines) => {
    const found = readAcrossColumns(['梧川日报', '春耕备耕正当时', ...lines, '', '下一篇文章的标题']);
    expect(found).toEqual({ first: 2, lines: lines.length, total: lines.length });
  });

  it('sums every run, and names the longest', () => {
    const found = readAcrossColumns([...PSM3, '', ...PSM6]);
    expect(found).toEqual({ first: PSM3.length + 1, lines: PSM6.length, total: PSM3.length + PSM6.length });
  });

  it('keeps a run over a line that has some of its gutters as one space only', () => {
    const lines = [...PSM6.slice(0, 2), '扎实推进春耕备耕工 作，全力保障粮食生产 | 安全。市农技中心组织 技术人员深入田间地头', ...PSM6.slice(3)];
    expect(readAcrossColumns(lines)?.lines).toBe(PSM6.length);
    // A line with every gutter read as one space has no split: the run stops there.
    const none = [...PSM6.slice(0, 2), '扎实推进春耕备耕工 作，全力保障粮食生产 安全。市农技中心组织 技术人员深入田间地头', ...PSM6.slice(3)];
    expect(readAcrossColumns(none)).toBeUndefined();
  });

  it.each([
    ['too few lines to be columns', PSM6.slice(0, MIN_RUN - 1)],
    ['splits that do not line up', PSM3.map((l, i) => (i % 2 ? l.replace(/^\S+/u, (w) => w.slice(0, 4)) : l))],
    ['a blank line between every line (blocks, not a column)', PSM6.flatMap((l) => [l, ''])],
    ['verse in halves', ['床前明月光，  疑是地上霜。', '举头望明月，  低头思故乡。', '春眠不觉晓，  处处闻啼鸟。', '夜来风雨声，  花落知多少。', '白日依山尽，  黄河入海流。']],
    ['a Markdown table', ['| 项目名称 | 投资额 |', '|---|---|', '| 城区道路改造工程 | 三亿元 |', '| 老旧小区改造工程 | 两亿元 |', '| 公园绿地提升工程 | 一亿元 |']],
    ['one-line-per-OCR-line text', ['本报讯 连日来，梧川湿地公园迎来', '今冬首批越冬候鸟，白鹭、苍鹭等', '在浅滩觅食嬉戏，吸引不少市民前', '来观赏。据湿地管理处介绍，今年']],
  ])('finds nothing in %s', (_, lines) => expect(readAcrossColumns(lines)).toBeUndefined());
});
