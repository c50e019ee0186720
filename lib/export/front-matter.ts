/**
 * YAML front matter in the shape note tools read as properties (Obsidian Web Clipper's title, source,
 * author, published, created, tags), plus the newspaper fields a researcher files by. Written with the
 * `yaml` library so quotes, colons and CJK can never break the block.
 */
import { stringify } from 'yaml';
import type { Article, EpaperDocument } from '../model/document';
import { articleParts } from './parts';

export interface FrontMatterOptions {
  /** Suggestions still waiting for review (per article or for the page). */
  unreviewed?: number;
  tags?: string[];
}

/** Mean OCR confidence over the blocks that came from OCR, weighted by text length; null for imported text. */
function meanConfidence(articles: Article[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const a of articles) {
    for (const b of a.blocks) {
      const c = b.source?.confidence;
      if (c === undefined || b.setAside) continue;
      sum += c * b.text.length;
      weight += b.text.length;
    }
  }
  return weight ? Math.round((sum / weight) * 10) / 10 : null;
}

function common(doc: EpaperDocument, articles: Article[], opts: FrontMatterOptions) {
  const m = doc.meta;
  return {
    newspaper: m.newspaper ?? null,
    date: m.date ?? null,
    page: m.pageNumber ?? null,
    page_name: m.pageName ?? null,
    captured: m.capturedAt ?? null,
    ocr_engine: m.ocr?.engine ?? null,
    ocr_languages: m.ocr?.languages ?? null,
    ocr_confidence: meanConfidence(articles),
    unreviewed_suggestions: opts.unreviewed ?? 0,
    tags: opts.tags ?? ['epaper'],
  };
}

/** Drop empty values so the properties panel shows only what is known. */
function compact(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

function block(obj: Record<string, unknown>): string {
  return `---\n${stringify(compact(obj), { lineWidth: 0 })}---\n`;
}

export function articleFrontMatter(doc: EpaperDocument, article: Article, opts: FrontMatterOptions = {}): string {
  const p = articleParts(article);
  return block({
    title: p.headline ?? null,
    kicker: p.kicker ?? null,
    subtitle: p.subtitle ?? null,
    author: p.bylines.length ? p.bylines.join(' ') : null,
    source: article.href ?? doc.meta.url ?? null,
    ...common(doc, [article], opts),
  });
}

export function pageTitle(doc: EpaperDocument): string {
  const m = doc.meta;
  const page = m.pageNumber ? `第${m.pageNumber}版${m.pageName ? `：${m.pageName}` : ''}` : (m.pageName ?? '');
  return [m.newspaper, m.date, page].filter(Boolean).join(' ') || 'epaper-md';
}

export function pageFrontMatter(doc: EpaperDocument, opts: FrontMatterOptions = {}): string {
  return block({
    title: pageTitle(doc),
    source: doc.meta.url ?? null,
    articles: doc.articles.map((a) => articleParts(a).headline ?? null).filter(Boolean),
    ...common(doc, doc.articles, opts),
  });
}
