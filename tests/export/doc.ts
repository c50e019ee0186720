import type { Block, BlockRole, EpaperDocument } from '../../lib/model';

/** A small document from [role, text] rows per article. */
export function makeDoc(articles: [BlockRole, string][][], meta: EpaperDocument['meta'] = {}): EpaperDocument {
  return {
    schema: 1,
    meta,
    articles: articles.map((rows, i) => ({
      id: `a${i + 1}`,
      blocks: rows.map(([role, text], j): Block => ({ id: `a${i + 1}b${j + 1}`, role, text, raw: text })),
    })),
  };
}
