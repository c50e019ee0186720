/**
 * bodyBlocks keeps each article's body per article object (lib/model/document.ts), since every pass asks
 * for it in every round. It must equal the blocks not set aside, for every article of real-looking pages
 * before and after the repairs, and see a new `blocks` array of the same article object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import { bodyBlocks, type Article } from '../../lib/model/document';
import { applyAll } from '../../lib/repair/engine';

const CORPUS = fileURLToPath(new URL('./corpus', import.meta.url));
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const plain = (a: Article) => a.blocks.filter((b) => !b.setAside);

describe('bodyBlocks', () => {
  it('equals the blocks not set aside on the corpus pages, before and after the repairs set blocks aside', () => {
    let asides = 0;
    for (const f of files) {
      const doc = importText(readFileSync(join(CORPUS, f), 'utf8'), { name: f });
      const repaired = applyAll(doc, { minConfidence: 0 }).doc;
      for (const a of [...doc.articles, ...repaired.articles]) {
        expect(bodyBlocks(a)).toEqual(plain(a));
        expect(bodyBlocks(a)).toBe(bodyBlocks(a));
        asides += a.blocks.length - plain(a).length;
      }
    }
    expect(asides).toBeGreaterThan(0);
  });

  it('reads the article again when its blocks array changed (same length or not)', () => {
    const a: Article = { id: 'a', blocks: [{ id: 'b1', role: 'paragraph', text: 'x', raw: 'x' }, { id: 'b2', role: 'caption', text: 'y', raw: 'y' }] };
    expect(bodyBlocks(a).map((b) => b.id)).toEqual(['b1', 'b2']);
    a.blocks = [a.blocks[0], { ...a.blocks[1], setAside: { kind: 'caption', reason: 'r', previousRole: 'caption' } }];
    expect(bodyBlocks(a).map((b) => b.id)).toEqual(['b1']);
    a.blocks.push({ id: 'b3', role: 'paragraph', text: 'z', raw: 'z' });
    expect(bodyBlocks(a).map((b) => b.id)).toEqual(['b1', 'b3']);
  });

  it('is frozen: every pass shares it', () => {
    const a: Article = { id: 'a', blocks: [{ id: 'b1', role: 'paragraph', text: 'x', raw: 'x' }] };
    expect(Object.isFrozen(bodyBlocks(a))).toBe(true);
  });
});
