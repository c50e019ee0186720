import { describe, expect, it } from 'vitest';
import { headline } from '../../../lib/repair/passes/headline';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import { article, type Row } from '../fixtures/doc';

const DATELINE = '**某某日报讯**（全媒体记者 张三）连日来，市里组织干部职工学习报告。';
const BODY = '大家一致认为，要积极推进城市照明标准化建设。';

const valid: { name: string; rows: Row[] }[] = [
  { name: 'short line ending with 。', rows: [BODY, '这是一句短话。', DATELINE] },
  { name: 'short line not followed by an article start', rows: [BODY, '不断提升市民夜间出行满意度', BODY] },
  { name: 'kicker ending with a colon (article-roles handles it)', rows: [BODY, '市某某中心：', DATELINE] },
  { name: 'long paragraph without punctuation before dateline', rows: [BODY, '这是一段很长的正文内容在这里因为扫描的原因没有任何标点符号而且长度远远超过了标题', DATELINE] },
  { name: 'subtitle right below an existing headline', rows: [['headline', '全力推动建设再上新台阶'], '警备区各级组织学习报告', DATELINE] },
  { name: 'line ending with a comma', rows: [BODY, '据统计，', DATELINE] },
];

describe('headline', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(headline(article(...rows))).toEqual([]);
  });

  it('short line before a dateline inside an article starts a new article', () => {
    const [s] = headline(article(BODY, '不断提升市民夜间出行满意度', DATELINE));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('a ■ byline also marks an article start, with lower confidence', () => {
    const [s] = headline(article(BODY, '速度快了 办成的事也多了', '■本报记者 张三 通讯员 李四', BODY));
    expect(s.ops?.map((o) => o.op)).toEqual(['set-role', 'split-article']);
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('first block of an article is only marked, not split off', () => {
    const [s] = headline(article('Windows 11 发布会在京举行', '本报讯 昨天，发布会在京举行。'));
    expect(s.ops).toEqual([{ op: 'set-role', blockId: 'a1.b1', role: 'headline' }]);
  });

  it('a kicker right above goes into the new article with it', () => {
    const [s] = headline(article(BODY, '市某某事务中心：', '让沿江风光带水更清', DATELINE));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'kicker' },
      { op: 'set-role', blockId: 'a1.b3', role: 'headline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
  });
});
