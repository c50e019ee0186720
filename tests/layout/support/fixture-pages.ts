/**
 * Fixture pages (tests/fixtures/pages, rendered by the fixtures engineer) as bench/test pages: the page
 * image, one region per article (its image-map polygon) and the truth in the shape score.ts reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Region } from '../../../lib/detect/types';
import { FIXTURE_PAGES_DIR, listFixturePages, loadTruth, type TruthPage } from '../../support/truth';
import type { TruthArticle } from './sample-page';

export interface BenchPage {
  name: string;
  png: Buffer;
  width: number;
  height: number;
  /** Body text size in pixels, when known. */
  body: number;
  regions: Region[];
  truth: TruthArticle[];
}

function truthArticles(page: TruthPage): TruthArticle[] {
  return page.articles.map((a) => {
    const of = (role: string) => a.blocks.filter((b) => b.role === role).map((b) => b.text);
    return {
      id: a.id,
      headline: of('headline')[0] ?? '',
      subtitle: of('subtitle')[0],
      paragraphs: a.blocks.filter((b) => b.role === 'paragraph' || b.role === 'byline').map((b) => b.text),
      captions: of('caption'),
      readingText: a.blocks.map((b) => b.text).join(''),
    };
  });
}

/** The clean fixture pages by default; `root`: another folder of rendered pages (the realistic ones). */
export function fixturePages(root = FIXTURE_PAGES_DIR): BenchPage[] {
  return listFixturePages(root).map((name) => {
    const dir = join(root, name);
    const page = loadTruth(dir);
    return {
      name,
      png: readFileSync(join(dir, page.files.image)),
      width: page.image.width,
      height: page.image.height,
      body: page.bodyFontPx,
      regions: page.articles.map((a) => ({ id: a.id, shape: 'poly' as const, polygon: a.polygon, box: a.box, href: a.href })),
      truth: truthArticles(page),
    };
  });
}
