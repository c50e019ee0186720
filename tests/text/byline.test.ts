import { describe, expect, it } from 'vitest';
import { bylineBody, bylineEnd, hasBylineMarker, isByline } from '../../lib/text';

// valid: must not be taken for a byline; match: must be.
const valid = [
  '记者了解到', // role word and then prose: without a marker the name must be set off
  '本报记者了解到', // run together, but 了 is no surname
  '本报记者获悉', // nor 获
  '本报记者王府井采访', // a surname, but more than a name after it
  '记者王强说', // a name and then prose
  '记者张三）', // a lone parenthesis does not mark the line
  '记者从市发改委获悉用电量增长',
  '记者从市发改委获悉，1—9月',
  '大家纷纷表示要坚定不移',
  '■相关链接', // a ■ subheading: the marker alone is not a byline
  '■记者 张三说，今年的收成很好。', // a sentence after the marker
  '图：市民在公园里散步', // a caption, not a photo credit
  '衡阳日报讯（全媒体记者 向吟）', // a dateline (isDateline), not an author line
  '国家发展改革委', // 国 opens prose: only before a role word is it the misread square
  '国内记者了解到', // 国 not right before the role word
  '（记者 张三 摄）', // a photo credit: the caption's, never the byline
  '李文 摄',
  // A photo credit is the caption's, whatever mark stands before it (▲/■ and OCR's readings of them).
  '▲记者 李文 摄',
  '■本报记者 张三 摄',
  '国记者 李文 摄',
  '硬记者 李文 摄',
  '回记者李文摄',
  '口记者 李文 摄',
  '围本报记者 李文 摄',
  '□记者 李文 摄',
  '△记者 李文 摄',
  '▲ 记者李文 摄',
  '(记者 李文 摄)',
  '▲（新华社记者 李文 摄）',
  '图/记者 李文',
  '图／本报记者 李文',
  '新华社记者 李文 摄',
  '■新华社发',
  // Letter-spaced near-misses: prose after a role word, and a letter-spaced photo credit.
  '记 者 从 市 统 计 局 获 悉 今 年 经 济 平 稳',
  '记 者 李 文 摄',
  '衡 阳 日 报 讯',
  '',
];
const match = [
  '本报记者钱立新', // OCR dropped the space after the role word: the name starts with a common surname
  '通讯员周楠',
  '特约记者欧阳', // two Han, a surname first
  '■本报记者 张三',
  '■本报记者张三', // marked: no separator needed
  '■本报记者某某通讯员某某',
  '●记者 张三', // the look-alikes papers set for ■
  '◆记者 张三',
  '▲本报记者 张三',
  '□记者 张三',
  '◇记者 张三',
  '本报记者 张三 通讯员 李四',
  '记者 张三',
  '记者：张三',
  '（文/图 记者 王五）',
  '(记者 张三)',
  '记者 张三）', // OCR lost the opening parenthesis
  '（记者张三）', // a pair of parentheses marks the line: no separator needed
  '文/王五 图/赵六', // slash credits (the layout rule knew them, the repair rule did not)
  '文／王五',
  '摄影：李四',
  '特约撰稿人 张三',
  '**■本报记者 张三**', // emphasis left by the import
  '国本报记者 田野', // ■ read as a Han look-alike by OCR
  '硬本报记者田轩',
  '回记者 张三',
  '口通讯员 庞海涛',
  '围全媒体记者 伍施施 通讯员 杨逵 何芬',
  // Near-misses of the photo credit: the article's byline, with its photographer.
  '本报记者 李文 摄影报道',
  '■本报记者 李文 摄影报道',
  '文/记者 李文 图/记者 王明',
  '图/文 记者 李文',
  '△本报记者 李文',
  // Letter-spaced by OCR (tesseract): read as printed, a space after the role words.
  '本 报 记 者 李 文',
  '■ 本 报 记 者 李 文 通 讯 员 王 小 明',
  '全 媒 体 记 者 伍 施 施',
];

describe('isByline', () => {
  it.each(valid)('%j is not a byline', (text) => expect(isByline(text)).toBe(false));
  it.each(match)('%j is a byline', (text) => expect(isByline(text)).toBe(true));
});

describe('hasBylineMarker', () => {
  it.each([['■本报记者 张三', true], [' □ 记者 张三', true], ['◇记者', true], ['本报记者 张三', false], ['（记者 张三）', false], ['“■”', false]])(
    '%j → %s',
    (text, expected) => expect(hasBylineMarker(text)).toBe(expected),
  );
});

describe('bylineEnd: a byline merged into the lead paragraph', () => {
  it.each([
    ['国本报记者刘明哲本报讯 随着白沙乡高坪村5G基站顺利开通', 8],
    ['■本报记者 李文 通讯员 王小明 本报讯 昨天上午', 17],
    ['国本报记者何静怡实习生蒋晓雯本报讯 清晨六点', 14],
    ['■本报记者 常宇航 本报东川5月19日电 当前正值小麦灌浆', 10],
  ])('%j: the lead starts at %i', (text, at) => expect(bylineEnd(text)).toBe(at));
  it.each([
    '本报记者刘明哲本报讯 随着白沙乡', // no marker: too rare to tell from prose
    '■本报记者 刘明哲', // a byline alone: nothing merged
    '国家统计局本报讯', // 国 is prose here
    '■相关链接本报讯 昨天', // the marker alone is no byline
  ])('%j: no merged byline', (text) => expect(bylineEnd(text)).toBeUndefined());
});

describe('bylineBody: the byline a name splitter reads', () => {
  it.each([
    ['国本报记者 田野', '本报记者 田野'],
    ['■本报记者 李文 通讯员 王小明', '本报记者 李文 通讯员 王小明'],
    ['（记者 张三）', '记者 张三'],
    ['**■记者 张三**', '记者 张三'],
    ['国家记者节', '国家记者节'], // 国 before no role word is not the marker
  ])('%j → %j', (text, body) => expect(bylineBody(text)).toBe(body));
});
