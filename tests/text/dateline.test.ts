import { describe, expect, it } from 'vitest';
import { isDateline } from '../../lib/text';

// valid: must not be taken for a dateline; match: must be.
const valid = [
  '据本报讯，昨天上午', // cites a report in prose
  '昨天，据本报讯报道',
  '看到衡阳日报讯，他很高兴', // a paper's `讯` followed by a comma is prose
  '通讯员张三报道', // `讯` inside `通讯员`
  '通讯员 张三',
  '记者 张三',
  '他从新华社得知',
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
  '新华社北京10月1日电',
  '本报北京10月1日电（记者 张三）',
  '**某某日报讯**（记者 某某）',
];

describe('isDateline', () => {
  it.each(valid)('%j is not a dateline', (text) => expect(isDateline(text)).toBe(false));
  it.each(match)('%j is a dateline', (text) => expect(isDateline(text)).toBe(true));
});
