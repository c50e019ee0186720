import { describe, expect, it } from 'vitest';
import { datelineCredit, datelineLength, isDateline } from '../../lib/text';

// valid: must not be taken for a dateline; match: must be.
const valid = [
  '据本报讯，昨天上午', // cites a report in prose
  '昨天，据本报讯报道',
  '看到衡阳日报讯，他很高兴', // a paper's `讯` followed by a comma is prose
  '通讯员张三报道', // `讯` inside `通讯员`
  '通讯员 张三',
  '记者 张三',
  '他从新华社得知',
  // Near-misses of `本报记者…报道` (issue-13 audit): no employer before 记者, or no 报道 after the names.
  '记者走访报道了三个村',
  '本报记者了解到，今年',
  '本报记者 孙悦',
  // A column's label on a line of its own: one character before `讯` names no source.
  '简讯',
  '快讯',
  '短讯 ',
];
const match = [
  '本报讯',
  '本报讯 今天上午',
  '本报讯今天上午，', // OCR dropped the space: `本报讯` says it anyway
  '本报讯，今天上午',
  '衡阳日报讯（全媒体记者 向吟）',
  '衡阳日报讯今天上午', // a paper's name and `讯` need no separator
  '衡阳网讯（记者 张三）',
  '衡阳网讯 今天上午',
  '江城网讯', // near-miss of the label rule: a two-character source
  '新华社北京10月1日电',
  '本报北京10月1日电（记者 张三）',
  '**某某日报讯**（记者 某某）',
  // The reporter's line that opens a lead (issue-13 audit, made-up names).
  '本报记者 孙悦 报道',
  '本报记者孙悦报道：昨天上午',
  '新华社记者 葛菲 王岩报道',
  '本报记者 孙悦 通讯员 马丁 报道',
];

describe('isDateline', () => {
  it.each(valid)('%j is not a dateline', (text) => expect(isDateline(text)).toBe(false));
  it.each(match)('%j is a dateline', (text) => expect(isDateline(text)).toBe(true));
});

// Written for the issue-13 audit: who a dateline credits, where the paper prints no byline line.
describe('datelineCredit', () => {
  it.each([
    ['本报讯（记者 孙悦）昨天上午', '记者 孙悦'],
    ['本报讯 （通讯员 马骁腾） 因桥面维修', '通讯员 马骁腾'],
    ['本报梧川4月3日电（记者 孙悦 实习生 乔安）', '记者 孙悦 实习生 乔安'],
    ['梧川日报讯（全媒体记者 钟灵秀）', '全媒体记者 钟灵秀'],
    ['本报记者 欧阳青禾 报道 近日', '本报记者 欧阳青禾'],
  ])('%j → %j', (text, credit) => expect(datelineCredit(text)).toBe(credit));
  it.each([
    '本报讯 今天上午', // no parentheses
    '本报讯（上接第1版）', // parentheses, but no person
    '市民（记者 孙悦）说', // no dateline
  ])('%j credits nobody', (text) => expect(datelineCredit(text)).toBeUndefined());
});

describe('datelineLength', () => {
  it.each([
    ['本报讯 记者从', 3],
    ['**本报讯** 今天', 5],
    ['新华社北京4月8日电 记者', 10],
    ['梧川网讯 今天', 4],
    ['据本报讯，昨天', 0],
  ])('%j → %i', (text, n) => expect(datelineLength(text)).toBe(n));
});
