import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutLine, textWidth } from '../../lib/text/column-cut';
import { splitColumns } from '../../lib/text/column-split';

const CORPUS = join(import.meta.dirname, '../repair/corpus');

// Made-up paper and news in the shapes tesseract prints a whole page in: PSM 6 sets `|` for a rule and
// often one space for a gutter, PSM 3 pads gutters with spaces; either reads a rule as `，` now and then.
describe('textWidth: em of a column line', () => {
  it.each([
    ['梧川各地抢抓春耕农时', 10],
    ['全市1至5月增长9.6%', 5 + 0.5 * 8],
    ['本报讯 梧川', 5.5], // an inner space counts half
  ])('%j is %f em', (text, w) => expect(textWidth(text)).toBe(w));
});

describe('cutLine: one read-across line back into its columns', () => {
  it.each<[string, number[], string[]]>([
    ['梧川各地抢抓春耕农时 | 市农技中心组织技术', [10, 10], ['梧川各地抢抓春耕农时', '市农技中心组织技术']],
    // one space is the gutter, told from the dateline's own space by the measure
    ['本报讯 梧川各地抢抓 市农技中心组织技术员', [10, 10], ['本报讯 梧川各地抢抓', '市农技中心组织技术员']],
    // no gap at all: the rule read as `，`, which no column line begins with
    ['新馆延长开放时间至晚，上九点并增设自助借', [10, 10], ['新馆延长开放时间至晚', '，上九点并增设自助借']],
    // near-miss: a comma on the text before a wide gap is the column line's own
    ['新馆延长开放时间至，  晚上九点并增设自助', [10, 10], ['新馆延长开放时间至，', '晚上九点并增设自助']],
    // a paragraph's last line stops short; the next column goes on
    ['活动近日启动。 | 市民可通过手机预约座位', [10, 10], ['活动近日启动。', '市民可通过手机预约座位']],
    // the last column has ended: fewer segments than columns
    ['梧川各地抢抓春耕农时 | 市农技中心组织技术', [10, 10, 10], ['梧川各地抢抓春耕农时', '市农技中心组织技术']],
    // a sentence end then a comma across the gap: the comma is the rule
    ['同比增长两个百分点。 ，| 市农技中心组织技术', [10, 10], ['同比增长两个百分点。 ，', '市农技中心组织技术']],
    // near-miss: a line one column wide is not cut at its inner space
    ['本报讯 梧川各地抢抓', [10, 10], ['本报讯 梧川各地抢抓']],
  ])('%j', (line, measures, want) => expect(cutLine(line, measures)).toEqual(want));
});

const TWO_COLUMNS = [
  '梧川新馆开放',
  '',
  '本报讯 梧川市图书馆新馆 | 时间至晚上九点，并增设',
  '今日正式开放，馆藏图书达 | 自助借还设备和电子阅览',
  '到一百二十万册。 | 区，读者可通过手机预约',
  '为方便读者，新馆延长开放 | 座位。',
];

describe('splitColumns', () => {
  it('writes the columns one after another; a short line after a sentence end closes its paragraph, a full one goes on into the next column', () => {
    const out = splitColumns(TWO_COLUMNS)!.join('\n');
    const paragraphs = out.split(/\n\s*\n/u).map((p) => p.replace(/\n/gu, ''));
    expect(paragraphs).toEqual([
      '梧川新馆开放',
      '本报讯 梧川市图书馆新馆今日正式开放，馆藏图书达到一百二十万册。',
      '为方便读者，新馆延长开放时间至晚上九点，并增设自助借还设备和电子阅览区，读者可通过手机预约座位。',
    ]);
  });

  const SIDE_BY_SIDE = [
    '本报讯 全市春播进度 | 位，种子化肥供应充足 | 本报讯 老街夜市昨晚 | 据介绍，夜市将营业至',
    '已达六成以上，各地抢 | 价格总体保持平稳。 | 重新开张，摊位两百余 | 十月底，预计带动就业',
    '抓农时，农机具检修到 | 农技人员深入田间。 | 个，市民游客纷至沓来 | 五百多人。',
  ];

  it('gives each of two articles side by side its heads and its share of the columns', () => {
    const lines = [...TWO_COLUMNS, '', '春耕物资供应充足                    梧川夜市重新开张', '本报记者 钱立新                               通讯员 周楠', '', ...SIDE_BY_SIDE];
    const paragraphs = splitColumns(lines)!.join('\n').split(/\n\s*\n/u).map((p) => p.replace(/\n/gu, ''));
    expect(paragraphs.slice(3)).toEqual([
      '春耕物资供应充足',
      '本报记者 钱立新',
      '本报讯 全市春播进度已达六成以上，各地抢抓农时，农机具检修到位，种子化肥供应充足价格总体保持平稳。',
      '农技人员深入田间。',
      '梧川夜市重新开张',
      '通讯员 周楠',
      '本报讯 老街夜市昨晚重新开张，摊位两百余个，市民游客纷至沓来据介绍，夜市将营业至十月底，预计带动就业五百多人。',
    ]);
  });

  it('wraps a short head line under a longer one of the same narrow article into it, never a byline', () => {
    const lines = [
      ...TWO_COLUMNS,
      '',
      '梧川港集装箱吞吐量 | 全市博物馆推出百余',
      '同比增五成                项展览活动',
      '本报记者王强                       本报记者周楠',
      ...SIDE_BY_SIDE,
    ];
    const out = splitColumns(lines)!;
    expect(out).toContain('梧川港集装箱吞吐量同比增五成');
    expect(out).toContain('全市博物馆推出百余项展览活动');
    expect(out).toContain('本报记者王强');
    expect(out).toContain('本报记者周楠');
  });

  it('near-miss: a head line as long as the one above is a subtitle, not its wrapped end', () => {
    const lines = [...TWO_COLUMNS, '', '老街夜市重新开张                    梧川春播进度过半', '百年老街迎来新客                    本报记者 周楠', '', ...SIDE_BY_SIDE];
    const out = splitColumns(lines)!;
    expect(out).toContain('老街夜市重新开张');
    expect(out).toContain('百年老街迎来新客');
  });

  it('puts noise rows of a photo or rule after the article, not between its head and lead', () => {
    const lines = [...TWO_COLUMNS, '', '春耕物资供应充足                    梧川夜市重新开张', 'E     区T                                  RE      _', '', ...SIDE_BY_SIDE];
    const out = splitColumns(lines)!.filter((l) => l.trim());
    expect(out.indexOf('E')).toBeGreaterThan(out.indexOf('农技人员深入田间。'));
    expect(out.indexOf('RE')).toBeGreaterThan(out.indexOf('五百多人。'));
  });

  // Three one-column articles side by side under the page's head; the middle one ends first.
  const THREE = [
    '梧川日报                 第03版：城乡                2025年4月9日 星期三',
    '春播进度过半 | 老街夜市重开 | 新馆对外开放',
    '',
    '全市春播进度已达六成 | 老街夜市昨晚重新开张 | 新馆今日正式对外开放',
    '以上，各地抢抓农时， | 摊位两百余个。 | 馆藏图书一百二十万册，',
    '农机具检修全部到位，                       读者可以通过手机预约',
    '种子化肥供应也充足。                       座位，方便又快捷。',
  ];
  const paragraphsOf = (lines: string[]) => splitColumns(lines)!.join('\n').split(/\n\s*\n/u).map((p) => p.replace(/\n/gu, ''));

  it('leaves a hole where a column in the middle of a row has ended: the right column keeps its text', () => {
    expect(paragraphsOf(THREE)).toEqual([
      '梧川日报                 第03版：城乡                2025年4月9日 星期三',
      '春播进度过半',
      '全市春播进度已达六成以上，各地抢抓农时，农机具检修全部到位，种子化肥供应也充足。',
      '老街夜市重开',
      '老街夜市昨晚重新开张摊位两百余个。',
      '新馆对外开放',
      '新馆今日正式对外开放馆藏图书一百二十万册，读者可以通过手机预约座位，方便又快捷。',
    ]);
  });

  it('near-miss: a row whose right-hand columns ended keeps its text in the left ones', () => {
    const lines = [...THREE.slice(0, 5), '农机具检修全部到位， | 市民游客纷至沓来。', '种子化肥供应也充足。'];
    const out = paragraphsOf(lines);
    expect(out.slice(3, 6)).toEqual(['老街夜市重开', '老街夜市昨晚重新开张摊位两百余个。', '市民游客纷至沓来。']);
    expect(out[2]).toBe('全市春播进度已达六成以上，各地抢抓农时，农机具检修全部到位，种子化肥供应也充足。');
  });

  it('near-miss: the page head above the first band (paper, page, date) is no article head', () => {
    expect(paragraphsOf(THREE)[0]).toContain('第03版');
    expect(paragraphsOf(THREE).filter((p) => p.includes('梧川日报'))).toHaveLength(1);
  });

  // A narrow article (one column) beside a wide one (two): each text opens with its dateline.
  const UNEQUAL = [
    ...TWO_COLUMNS,
    '',
    '春耕物资供应充足        梧川夜市重新开张',
    '',
    '本报讯 全市春播进度 | 本报讯 老街夜市昨晚 | 据介绍，夜市将营业至',
    '已达六成以上，各地抢 | 重新开张，摊位两百余 | 十月底，预计带动就业',
    '抓农时，农机具到位。 | 个，市民游客纷至沓来 | 五百多人。',
  ];

  it('gives a narrow article beside a wide one its one column: the columns that open with a dateline start the articles', () => {
    expect(paragraphsOf(UNEQUAL).slice(3)).toEqual([
      '春耕物资供应充足',
      '本报讯 全市春播进度已达六成以上，各地抢抓农时，农机具到位。',
      '梧川夜市重新开张',
      '本报讯 老街夜市昨晚重新开张，摊位两百余个，市民游客纷至沓来据介绍，夜市将营业至十月底，预计带动就业五百多人。',
    ]);
  });

  it('near-miss: without a dateline at each article\'s first column the columns are shared equally', () => {
    const lines = UNEQUAL.map((l) => l.replace('本报讯 老街夜市昨晚', '老街夜市昨晚重新开'));
    const out = paragraphsOf(lines).slice(3);
    // Three columns for two articles: the first gets two (as before the dateline rule).
    expect(out[1]).toContain('老街夜市昨晚重新开');
  });

  it.each([
    [['梧川新馆开放', '本报讯 梧川市图书馆新馆今日正式开放，馆藏图书达到一百二十万册。']], // no gutter at all
    [['梧川港集装箱吞吐量 | 全市博物馆推出百余', '同比增长一成 | 项展览活动']], // heads side by side: no punctuation, not a band
    [['本报讯 梧川市图书馆新馆 | 时间至晚上九点，并增设']], // one split line is no band
  ])('leaves %j alone', (lines) => expect(splitColumns(lines)).toBeUndefined());
});

describe('splitColumns keeps every character', () => {
  // The corpus's whole-page tesseract pastes: only the order changes; rules (`|`) and spaces are the gutters.
  const pastes = readdirSync(CORPUS).filter((f) => /\.tess-page-psm\d\.txt$/.test(f));
  const ink = (lines: readonly string[]) => [...lines.join('').replace(/[\s|｜]/gu, '')].sort().join('');

  it.each(pastes)('%s is rebuilt with the same characters, in another order', (file) => {
    const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n');
    const out = splitColumns(lines);
    expect(out).toBeDefined();
    expect(out).not.toEqual(lines);
    expect(ink(out!)).toBe(ink(lines));
  });
});
