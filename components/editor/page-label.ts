/**
 * What the editor bar and Recent pages call a document: the user's own title (an imported front matter's),
 * the paper, date and page when known, else —
 * for pasted text, which has none — its first article's title, never a bare product name.
 */
import { pageTitle } from '../../lib/export';
import type { EpaperDocument } from '../../lib/model/document';
import { articleTitle } from './ArticleList';

export function pageLabel(doc: EpaperDocument, fallback: string): string {
  const m = doc.meta;
  if (m.title || m.newspaper || m.date || m.pageNumber || m.pageName) return pageTitle(doc);
  const first = doc.articles[0];
  return (first && articleTitle(first, '')) || fallback;
}
