import { describe, expect, it } from 'vitest';
import { joinLines, joinSeparator } from '../../lib/text';

describe('joinSeparator', () => {
  // valid: no space goes between; match: one space does.
  const valid: [string, string][] = [
    ['经济发展', '电力先行'],
    ['共有1', '30多年'], // a number letter-spaced or broken across lines stays one number
    ['1,', '000'],
    ['3.', '14'],
    ['COVID-', '19'], // a hyphen at the line end joins the word
    ['well-', 'known'],
    ['Windows', '系统'],
    ['使用', 'Windows'],
    ['2022', '年'],
    ['2022', '(上)'], // `(` opens a Latin word only before a letter
    ['北京，', 'China'], // after full-width punctuation no space
    ['', 'word'],
    ['word', ''],
  ];
  const match: [string, string][] = [
    ['Hello', 'world'],
    ['Windows', '11'],
    ['100', 'km'],
    ['Hello,', 'world'],
    ['U.S.', 'Army'],
    ['(a)', 'b'],
    ['see', '(Fig)'],
    ['Hello ', ' world'], // white space at the seam does not count
    ['**Hello**', 'world'], // nor Markdown emphasis
  ];
  it.each(valid)('%j + %j join with nothing between', (left, right) => expect(joinSeparator(left, right)).toBe(''));
  it.each(match)('%j + %j join with a space', (left, right) => expect(joinSeparator(left, right)).toBe(' '));
});

describe('joinLines', () => {
  it.each([
    [['经济发展，', '电力先行。'], '经济发展，电力先行。'],
    [['  本报讯 ', '', '今天上午'], '本报讯今天上午'],
    [['The quick', 'brown fox'], 'The quick brown fox'],
    [['共有1', '30多年'], '共有130多年'],
    [['使用 Windows', '11 系统'], '使用 Windows 11 系统'],
    [[], ''],
  ])('%j → %j', (lines, expected) => expect(joinLines(lines)).toBe(expected));
});
