import { describe, expect, it } from 'vitest';
import { outOfOrder } from '../../../lib/repair/passes/out-of-order';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import { makeDoc, type Row } from '../fixtures/doc';

const DATELINE = '**某某日报讯**（记者 张三）连日来，市图书馆举办经典诵读活动，同学们积极参加。';
const CLOSING = '经典诗文是中华文化的瑰宝，同学们在诵读中丰富内涵。';

const valid: { name: string; rows: Row[][] }[] = [
  { name: 'every paragraph ends its sentence', rows: [[['headline', '诵读进校园'], DATELINE, CLOSING], [['headline', '政务大厅变了样'], '■本报记者 李四', '过去办事大厅狭小拥挤，群众办事十分不便。']] },
  { name: 'dangling end, but no block begins like a continuation', rows: [[['headline', '诵读进校园'], DATELINE, '据了解，该中心'], [['headline', '政务大厅变了样'], DATELINE]] },
  { name: 'kicker at the end of an article is not a dangling end', rows: [[DATELINE, '市某某中心：'], [['headline', '标题'], '■本报记者 李四', '过去办事大厅狭小拥挤。']] },
  { name: 'adjacent split is split-sentence’s job', rows: [[DATELINE, '大力开展行动，', '，多措并举强化保障。']] },
];

describe('out-of-order', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(outOfOrder(makeDoc(...rows))).toEqual([]);
  });

  it('opening fragment landed at the end of another article: move it back and join', () => {
    const doc = makeDoc(
      [['headline', '政务大厅变了样'], '■本报记者 李四', '过去常宁市政务服务大厅狭小拥挤，群众办事十分不便。', '李文献告诉记者，现在常宁市政务服务中心办事方便多了。'],
      [['headline', '诵读进校园'], DATELINE, CLOSING,
        '“我从事广告施工多年，没想到来常宁市政务服务大厅办事只需要跑一次。”李文献说。', '据了解，常宁市政务服务中心'],
    );
    const [s] = outOfOrder(doc);
    expect(s.ops).toEqual([
      { op: 'move', blockIds: ['a2.b4', 'a2.b5'], toArticleId: 'a1', beforeBlockId: 'a1.b3' },
      { op: 'join', first: 'a2.b5', second: 'a1.b3', separator: '' },
    ]);
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a block starting with a mark that cannot open a sentence continues a dangling end elsewhere', () => {
    const doc = makeDoc(
      [DATELINE, 'The committee will publish the final report in', '“下一步，我们将继续推进。”'],
      [DATELINE, 'march, after the review.'],
    );
    const [s] = outOfOrder(doc);
    expect(s.ops).toEqual([
      { op: 'move', blockIds: ['a1.b2'], toArticleId: 'a2', beforeBlockId: 'a2.b2' },
      { op: 'join', first: 'a1.b2', second: 'a2.b2', separator: ' ' },
    ]);
  });
});
