import { describe, expect, it } from 'vitest';
import { memoByText } from '../../lib/text/memo';
import { isByline, isDateline, isPhotoCaption } from '../../lib/text';

describe('memoByText', () => {
  it('answers a line from its table, a paragraph afresh, and the same either way', () => {
    const asked: string[] = [];
    const rule = memoByText((t: string) => {
      asked.push(t);
      return t.startsWith('■') ? t.length : undefined;
    });
    const line = '■本报记者 田野';
    const paragraph = '本报讯'.padEnd(300, '文');
    expect([rule(line), rule(line), rule('记者'), rule('记者'), rule(paragraph), rule(paragraph)]).toEqual([8, 8, undefined, undefined, undefined, undefined]);
    // An undefined answer is kept too; the long text is not.
    expect(asked).toEqual([line, '记者', paragraph, paragraph]);
  });

  it('gives the same answers after its table was emptied (more lines than it keeps)', () => {
    const lines = ['■本报记者 田野', '本报讯（记者 李文）昨日', '图为市民在公园晨练。 记者 李文 摄'];
    const first = lines.map((l) => [isByline(l), isDateline(l), isPhotoCaption(l)]);
    for (let i = 0; i < 120_000; i += 1) isByline(`记者 张${i}`);
    expect(lines.map((l) => [isByline(l), isDateline(l), isPhotoCaption(l)])).toEqual(first);
    expect(first).toEqual([[true, false, false], [false, true, false], [false, false, true]]);
  });
});
