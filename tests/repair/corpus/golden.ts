/**
 * The structure yardstick for pasted pages: what a repaired document should say, article by article, and
 * a 0–1 score of how close a document comes. OCR errors in the words are not the engine's to fix, so text
 * is compared with a tolerance (CER); what is scored is structure — is the headline the headline, is the
 * byline apart from the body and not a caption, are captions set apart, do paragraphs start where the
 * paper's do, and is the body free of heads, bylines and captions.
 */
import { toJson } from '../../../lib/model/json';
import type { EpaperDocument } from '../../../lib/model/document';
import { cer } from '../../support/cer';
import { paragraphF1 } from '../../layout/support/score';

export interface GoldenArticle {
  kicker: string | null;
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  captions: string[];
  paragraphs: string[];
}

export interface ArticleStructureScore {
  headline: string | null;
  head: number;
  byline: number;
  captions: number;
  paragraphs: number;
  body: number;
  score: number;
}

export interface PageStructureScore {
  /** Mean over max(expected, found) articles: a missed or an invented article scores 0. */
  score: number;
  expected: number;
  found: number;
  articles: ArticleStructureScore[];
}

/** The structure of a document in the golden shape (a set-aside block is out of every field). */
export function structureOf(doc: EpaperDocument): GoldenArticle[] {
  return toJson(doc).articles.map((a) => ({
    kicker: a.kicker,
    headline: a.headline,
    subtitle: a.subtitle,
    byline: a.byline,
    captions: a.captions,
    paragraphs: a.paragraphs,
  }));
}

const squeeze = (s: string) => s.replace(/[\s■□▲●◆◇]/gu, '');
const close = (a: string | null, b: string | null, tolerance: number) =>
  a === null || b === null ? a === b : cer(squeeze(a), squeeze(b)) <= tolerance;

function bigrams(text: string): Set<string> {
  const chars = [...squeeze(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i] + chars[i + 1]);
  return out;
}
const allText = (a: GoldenArticle) => [a.kicker, a.headline, a.subtitle, a.byline, ...a.captions, ...a.paragraphs].filter(Boolean).join('');

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return a.size ? n / a.size : 0;
}

function scoreArticle(want: GoldenArticle, got: GoldenArticle | undefined): ArticleStructureScore {
  if (!got) return { headline: want.headline, head: 0, byline: 0, captions: 0, paragraphs: 0, body: 0, score: 0 };
  const head = ((close(want.headline, got.headline, 0.25) ? 1 : 0) + (close(want.subtitle, got.subtitle, 0.3) ? 1 : 0)) / 2;
  const byline = close(want.byline, got.byline, 0.3) ? 1 : 0;
  const found = want.captions.filter((c) => got.captions.some((g) => close(c, g, 0.3))).length;
  const wrong = got.captions.length - found;
  const captions = want.captions.length + wrong === 0 ? 1 : Math.max(0, found - wrong) / Math.max(want.captions.length, 1);
  const paragraphs = want.paragraphs.length ? paragraphF1(want.paragraphs, got.paragraphs) : 1;
  const body = Math.max(0, 1 - cer(squeeze(want.paragraphs.join('')), squeeze(got.paragraphs.join(''))));
  const score = (head + byline + captions + paragraphs + body) / 5;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { headline: want.headline, head: r(head), byline, captions: r(captions), paragraphs: r(paragraphs), body: r(body), score: r(score) };
}

/** Each expected article against the found article that shares most of its text (each found one used once). */
export function scoreStructure(expected: GoldenArticle[], doc: EpaperDocument): PageStructureScore {
  const found = structureOf(doc);
  const grams = found.map((a) => bigrams(allText(a)));
  const used = new Set<number>();
  const articles = expected.map((want) => {
    const w = bigrams(allText(want));
    let best = -1;
    let bestOverlap = 0.3;
    grams.forEach((g, i) => {
      const o = overlap(w, g);
      if (!used.has(i) && o > bestOverlap) [best, bestOverlap] = [i, o];
    });
    if (best >= 0) used.add(best);
    return scoreArticle(want, best >= 0 ? found[best] : undefined);
  });
  const total = articles.reduce((s, a) => s + a.score, 0);
  return { score: Math.round((total / Math.max(expected.length, found.length, 1)) * 100) / 100, expected: expected.length, found: found.length, articles };
}
