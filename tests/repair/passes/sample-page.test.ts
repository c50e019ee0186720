/**
 * All six structural passes on the real sample page, parsed crudely (blank lines split blocks, `#`
 * headings open articles). Block ids are `L<line>` so expectations read against defects.md.
 * The page's known defects must be found, and nothing else: every extra finding fails the test.
 */
import { describe, expect, it } from 'vitest';
import { articleRoles } from '../../../lib/repair/passes/article-roles';
import { duplicate } from '../../../lib/repair/passes/duplicate';
import { headline } from '../../../lib/repair/passes/headline';
import { outOfOrder } from '../../../lib/repair/passes/out-of-order';
import { splitSentence } from '../../../lib/repair/passes/split-sentence';
import { truncated } from '../../../lib/repair/passes/truncated';
import { applySuggestion } from '../../../lib/repair/apply';
import type { RepairPass } from '../../../lib/repair/types';
import { sampleDoc } from '../fixtures/doc';

const doc = sampleDoc();

it('every pass module exports one RepairPass and its bilingual meta', async () => {
  for (const name of ['split-sentence', 'headline', 'article-roles', 'duplicate', 'out-of-order', 'truncated']) {
    const mod = await import(`../../../lib/repair/passes/${name}.ts`);
    const fns = Object.values(mod).filter((v) => typeof v === 'function');
    expect(fns, name).toHaveLength(1);
    expect(mod.meta.kind).toBe(name);
    expect(mod.meta.title.zh && mod.meta.title.en && mod.meta.description.zh && mod.meta.description.en).toBeTruthy();
  }
});
const ids = (pass: RepairPass) => pass(doc).map((s) => s.blockIds.join(',')).sort();

describe('sample page (defects.md §1–§3, §5–§7)', () => {
  it('§1 finds every split sentence, incl. inside 《》', () => {
    // defects.md lists 8; 83→85 is also a break mid-word (next to the §5 duplicate), joining it is right.
    expect(ids(splitSentence)).toEqual(['L123,L125', 'L13,L15', 'L135,L137', 'L27,L29', 'L33,L35', 'L65,L67', 'L83,L85', 'L9,L11', 'L95,L97'].sort());
    expect(splitSentence(doc).every((s) => s.ops?.[0].op === 'join' && (s.ops[0] as { separator: string }).separator === '')).toBe(true);
  });

  it('§2 finds the headline at its dateline and starts a new article there', () => {
    const [s, ...rest] = headline(doc);
    expect(rest).toEqual([]);
    expect(s.ops).toEqual([{ op: 'set-role', blockId: 'L39', role: 'headline' }, { op: 'split-article', blockId: 'L39' }]);
  });

  it('§3 finds kickers (4 moved down, 1 merged), subtitles and the byline', () => {
    const found = articleRoles(doc).map((s) => `${s.blockIds[0]}:${s.ops!.map((o) => ('role' in o ? o.role : o.op)).join('+')}`).sort();
    expect(found).toEqual([
      'L5:subtitle', 'L21:subtitle', 'L73:subtitle', 'L131:subtitle', 'L75:byline', 'L47:headline+kicker',
      'L57:move+kicker', 'L89:move+kicker', 'L103:move+kicker', 'L117:move+kicker',
    ].sort());
  });

  it('§5 finds the duplicated fragment in line 83 (a fuzzy copy of line 79) and nothing else', () => {
    const [s, ...rest] = duplicate(doc);
    expect(rest).toEqual([]);
    expect(s.blockIds).toEqual(['L83', 'L79']);
    const aside = applySuggestion(doc, s).doc.articles.flatMap((a) => a.blocks).filter((b) => b.setAside?.kind === 'duplicate');
    expect(aside.map((b) => b.text).join('')).toContain('办事效率低、信息完全互通实现等问题');
  });

  it('§6 moves the fragment 141–145 before line 77 and joins 145 with 77', () => {
    const [s, ...rest] = outOfOrder(doc);
    expect(rest).toEqual([]);
    expect(s.ops).toEqual([
      { op: 'move', blockIds: ['L141', 'L143', 'L145'], toArticleId: 'art5', beforeBlockId: 'L77' },
      { op: 'join', first: 'L145', second: 'L77', separator: '' },
    ]);
  });

  it('§7 flags nothing: the only mid-sentence ending has its continuation on the page', () => {
    expect(truncated(doc)).toEqual([]);
  });

  it('§7 with the article that continues it gone, the fragment ending is flagged as truncated', () => {
    const without = { ...doc, articles: doc.articles.filter((a) => a.id !== 'art5') };
    expect(truncated(without).map((s) => s.blockIds)).toEqual([['L145']]);
  });
});
