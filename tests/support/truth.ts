/**
 * Typed access to the fixture pages' truth.json (written by tests/fixtures/render.ts).
 * Every coordinate is in natural pixels of the page image, BBox = [x0, y0, x1, y1] (x1/y1 exclusive),
 * the same convention as lib/model/document.ts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BBox, BlockRole } from '../../lib/model/document';

export type Point = [number, number];

/** One rendered line of a block: its text and box (measured per character in the browser). */
export interface TruthLine {
  text: string;
  bbox: BBox;
}

export interface TruthBlock {
  role: BlockRole;
  /** Text without whitespace changes; paragraphs carry no indentation characters (indent is CSS). */
  text: string;
  /** Union of the block's fragments. */
  bbox: BBox;
  /** One box per column fragment when a paragraph flows across columns (reading order). */
  fragments: BBox[];
  lines: TruthLine[];
}

export interface TruthArticle {
  id: string;
  /** href of its image-map area (content_K.htm). */
  href: string;
  title: string;
  /** Region outline in natural pixels (what the image-map area encodes, scaled up). */
  polygon: Point[];
  box: BBox;
  /** Number of text columns of the body. */
  columns: number;
  /** Blocks in reading order. */
  blocks: TruthBlock[];
  /** Photos and QR codes: pictures whose text (if any) is not article text. */
  photos: BBox[];
  /**
   * Text painted inside a photo (a shop sign, a meeting's banner), realistic pages only. It is part of
   * the picture: it is NOT in `blocks` nor in the article's reference text. A reader that returns it
   * should set it apart (photo text), not mix it into the paragraphs.
   */
  photoTexts?: { text: string; bbox: BBox }[];
}

export interface TruthPage {
  name: string;
  /** 'founder' (html/YYYY-MM/DD/node_N.htm) or 'peoples-daily' (layout/YYYYMM/DD/node_NN.html). */
  variant: 'founder' | 'peoples-daily';
  paper: string;
  date: string;
  pageNumber: string;
  pageName: string;
  /** File names inside the fixture folder. */
  files: { html: string; image: string };
  /** Where the fixture server serves the page and its image (paths, leading slash). */
  servePaths: { html: string; image: string; pdf: string };
  image: { width: number; height: number };
  /** Size the HTML page displays the image at (width/height attributes). */
  display: { width: number; height: number };
  /** Body text size in natural pixels. */
  bodyFontPx: number;
  /** Running head / foot blocks outside any article. */
  furniture: TruthBlock[];
  articles: TruthArticle[];
  /** Realistic pages: where their look comes from, and how the JPEG was degraded after the screenshot. */
  realistic?: { evidence: string; degrade: { blur: number; sharpen: { sigma: number; m2: number }; quality: number; chromaSubsampling: '4:2:0' } };
}

export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/**
 * Realistic pages (printed and degraded like real e-paper JPEGs): kept apart from the clean pages, whose
 * tests hold the pipeline to 96 % recall; these measure how far real pages are from that.
 */
export const REALISTIC_PAGES_DIR = fileURLToPath(new URL('../fixtures/realistic/', import.meta.url));

export function loadTruth(dir: string): TruthPage {
  const file = join(resolve(dir), 'truth.json');
  if (!existsSync(file)) throw new Error(`no truth.json in ${dir}: run \`npm run fixtures\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as TruthPage;
}

/** Names of the generated fixture pages (folders holding a truth.json). */
export function listFixturePages(root = FIXTURE_PAGES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'truth.json')))
    .map((d) => d.name)
    .sort();
}

/** Names of the realistic fixture pages. */
export function listRealisticPages(): string[] {
  return listFixturePages(REALISTIC_PAGES_DIR);
}

/** Absolute folder of a fixture page by name: a clean page, else a realistic one of that name. */
export function fixturePageDir(name: string, root?: string): string {
  if (root) return join(root, name);
  const realistic = join(REALISTIC_PAGES_DIR, name);
  return !existsSync(join(FIXTURE_PAGES_DIR, name)) && existsSync(realistic) ? realistic : join(FIXTURE_PAGES_DIR, name);
}

/** An article's text in reading order, blocks joined by newlines (the CER reference). */
export function articleText(article: TruthArticle, roles?: BlockRole[]): string {
  return article.blocks
    .filter((b) => !roles || roles.includes(b.role))
    .map((b) => b.text)
    .join('\n');
}
