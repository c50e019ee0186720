import { describe, expect, it } from 'vitest';
import { articleRoles } from '../../../lib/repair/passes/article-roles';
import { article, makeDoc, type Row } from '../fixtures/doc';

const DATELINE = '**某某日报讯**（全媒体记者 张三）连日来，市里组织干部职工认真学习报告，并展开热烈讨论。';
const BODY = '过去办事大厅狭小拥挤，进驻职能部门少，群众办事十分不便，现在情况大为改观。';

const valid: { name: string; rows: Row[] }[] = [
  { name: 'no headline, no byline', rows: [BODY, BODY] },
  { name: 'paragraph below the headline', rows: [['headline', '全力推动建设'], DATELINE, BODY] },
  { name: 'photo caption below the headline (followed by a short credit)', rows: [['headline', '值守两大通道卡口'], '防疫卡口值守场景', '“香樟树”', DATELINE] },
  { name: 'prose mentioning a reporter is not a byline', rows: [BODY, '记者了解到，全市已建成站点300个。'] },
  { name: 'colon between digits is not a merged kicker', rows: [['headline', '主队2:1逆转取胜'], DATELINE] },
  { name: 'sentence-like heading part is not split', rows: [['headline', '他说：我们要把这件事做好，做实，做细'], DATELINE] },
];

describe('article-roles', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(articleRoles(article(...rows))).toEqual([]);
  });

  it('kicker above the headline, subtitle below, byline line', () => {
    const found = articleRoles(article('市沿江风光带事务中心：', ['headline', '让沿江风光带水更清'], '常宁市全力打造营商环境', '■本报记者 张三 通讯员 李四', BODY));
    expect(found.map((s) => s.ops)).toEqual([
      [{ op: 'set-role', blockId: 'a1.b1', role: 'kicker' }],
      [{ op: 'set-role', blockId: 'a1.b3', role: 'subtitle' }],
      [{ op: 'set-role', blockId: 'a1.b4', role: 'byline' }],
    ]);
  });

  it('subtitle with a comma and a percentage before a dateline', () => {
    const [s] = articleRoles(article(['headline', '1—9月，全市工业用电量累计76.20亿千瓦时'], '位列全省第三，同比增长3.47%', DATELINE));
    expect(s.ops).toEqual([{ op: 'set-role', blockId: 'a1.b2', role: 'subtitle' }]);
  });

  it('kicker left at the end of the previous article moves down to its headline', () => {
    const [s] = articleRoles(makeDoc([DATELINE, '党的二十大代表朱霞：'], [['headline', '走现代农业之路'], DATELINE]));
    expect(s.ops).toEqual([
      { op: 'move', blockIds: ['a1.b2'], toArticleId: 'a2', beforeBlockId: 'a2.b1' },
      { op: 'set-role', blockId: 'a1.b2', role: 'kicker' },
    ]);
  });

  it('kicker merged into the heading is split at the colon', () => {
    const text = '市供水和排水事务中心：全力确保城市供水安全';
    const [s] = articleRoles(article(['headline', text], DATELINE));
    expect(s.ops).toEqual([
      { op: 'split', blockId: 'a1.b1', at: text.indexOf('：') + 1, role: 'headline' },
      { op: 'set-role', blockId: 'a1.b1', role: 'kicker' },
    ]);
  });

  it('byline variants: no marker, parentheses', () => {
    const found = articleRoles(article(BODY, '记者 王五 通讯员 赵六', '（文/图 记者 钱七）', BODY));
    expect(found.map((s) => s.blockIds)).toEqual([['a1.b2'], ['a1.b3']]);
  });
});
