/**
 * RIS, one `NEWS` record per article, for reference managers that import RIS but not CSL-JSON (EndNote,
 * Citavi, older Zotero set-ups). Only tags every reader maps the same way for NEWS: AU author, T2
 * newspaper, SE section, SP page, PY/DA date, Y2 access date, UR link, LA language, N1 note. Photographers
 * and other contributors go in the note (a second author tag means "editor" to some readers, "series
 * author" to others). Lines end in CR LF and records in `ER  - `, as the RIS specification asks.
 */
import type { EpaperDocument } from '../model/document';
import { articleCsl, type CslItem } from './csl';

const date = (d: CslItem['issued']): string | undefined => {
  const [y, m, day] = d?.['date-parts'][0] ?? [];
  return y ? [y, m, day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('/') : undefined;
};

/** One line per tag; a value's own line breaks would start a bogus tag, so they become spaces. */
const line = (tag: string, value: string | undefined): string[] => (value ? [`${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`] : []);

export function risRecord(item: CslItem): string {
  const lines = [
    'TY  - NEWS',
    ...line('TI', item.title),
    ...(item.author ?? []).flatMap((n) => line('AU', n.literal)),
    ...line('T2', item['container-title']),
    ...line('SE', item.section),
    ...line('SP', item.page),
    ...line('PY', item.issued ? String(item.issued['date-parts'][0][0]) : undefined),
    ...line('DA', date(item.issued)),
    ...line('Y2', date(item.accessed)),
    ...line('UR', item.URL),
    ...line('LA', item.language),
    ...(item.note ?? '').split('\n').flatMap((n) => line('N1', n)),
    ...line('ID', item.id),
    'ER  - ',
  ];
  return lines.join('\r\n');
}

/** Every article of the documents (a page, or the pages of an issue), as one RIS file. */
export function risFile(docs: EpaperDocument[]): string {
  return `${docs.flatMap((doc) => doc.articles.map((a) => risRecord(articleCsl(doc, a)))).join('\r\n\r\n')}\r\n`;
}
