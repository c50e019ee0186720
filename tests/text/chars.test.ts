import { describe, expect, it } from 'vitest';
import { isCjk, isCjkCloser, isCjkOpener, isCjkPunct, isDigit, isHan, isLatin, isLatinOrDigit, isSpace } from '../../lib/text';

type Rule = (ch: string | undefined) => boolean;
// For each class: characters that belong (match) and near-misses that do not (valid).
const table: [string, Rule, string[], (string | undefined)[]][] = [
  ['isHan', isHan, ['中', '〇', '𠀀'], ['，', 'A', '1', 'の', ' ', undefined]],
  // One set: the two old sets differed by 〈〉〔〕·～; the wider one is right (`〔2022〕`, `约翰·史密斯`).
  ['isCjkPunct', isCjkPunct, ['，', '。', '、', '《', '〈', '〉', '〔', '〕', '…', '—', '·', '～', '“', '』'], [',', '.', '(', '中', '-', undefined]],
  ['isCjkOpener', isCjkOpener, ['（', '《', '〈', '“', '‘', '【', '「', '『', '〔'], ['）', '(', '》', '，', undefined]],
  ['isCjkCloser', isCjkCloser, ['）', '》', '〉', '”', '’', '】', '」', '』', '〕'], ['（', ')', '《', '。', undefined]],
  ['isCjk', isCjk, ['中', '，', '》'], ['A', ',', ' ', undefined]],
  ['isLatin', isLatin, ['a', 'Z'], ['Ａ', '1', 'é', 'ab', undefined]],
  ['isDigit', isDigit, ['0', '9'], ['９', 'a', '12', undefined]],
  ['isLatinOrDigit', isLatinOrDigit, ['a', '5'], ['中', '５', '-', undefined]],
  ['isSpace', isSpace, [' ', '\t', '\u3000', '\u00a0'], ['\n', 'a', '', undefined]],
];

describe.each(table)('%s', (_name, rule, members, others) => {
  it.each(members)('%j belongs', (ch) => expect(rule(ch)).toBe(true));
  it.each(others)('%j does not', (ch) => expect(rule(ch)).toBe(false));
});
