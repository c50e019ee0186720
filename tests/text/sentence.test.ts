import { describe, expect, it } from 'vitest';
import { endsSentence, hasFinalPunctuation, isListOrQuoteStart, looksLikeTitle, openBrackets, startsArticle, startsMidClause } from '../../lib/text';

type Rule = (text: string) => boolean;
// For each rule: texts it must accept (match) and near-misses it must not (valid).
const table: [string, Rule, string[], string[]][] = [
  ['endsSentence', endsSentence, ['他说。', '“好。”', '见《报告》', '完了！ ', '', 'Done.'], ['经济发展，', '今天上午', '分析认为：']],
  ['hasFinalPunctuation', hasFinalPunctuation, ['他说。', '“好。”', '真的吗？**', '……'], ['见《报告》', '“好”', '经济发展，', '']],
  ['startsMidClause', startsMidClause, ['，电力先行', '）之后', 'and then', '**，'], ['电力先行', 'And then', '“好”', '']],
  ['isListOrQuoteStart', isListOrQuoteStart, ['一、总体要求', '1. 目标', '（二）措施', '● 要点', '——记者手记', '“好”'], ['1.5倍', '一是坚持', '本报讯', '2022年']],
  ['looksLikeTitle', looksLikeTitle, ['工业投资消费市场双双回暖', '提醒', '“双减”之后：', '专家说“不”'], ['经济发展，电力先行', '他说。', '一'.repeat(31), '']],
  ['startsArticle', startsArticle, ['本报讯 今天上午', '■本报记者 张三', '新华社北京10月1日电'], ['记者了解到', '据本报讯，', '今天上午']],
];

describe.each(table)('%s', (_name, rule, match, valid) => {
  it.each(match)('accepts %j', (text) => expect(rule(text)).toBe(true));
  it.each(valid)('rejects %j', (text) => expect(rule(text)).toBe(false));
});

describe('openBrackets', () => {
  it.each([
    ['见《报告', ['《']],
    ['（他说“好', ['（', '“']],
    ['（他说“好”）', []],
    ['〔2022〕', []],
    ['〔2022', ['〔']], // the tortoise-shell brackets of document numbers pair too
    ['(see', ['(']],
    ['好”）', []], // a closer with nothing open is ignored
  ] as const)('%j → %j', (text, expected) => expect(openBrackets(text)).toEqual(expected));
});
