/**
 * A newspaper-like test page typeset from the shared sample's articles and rendered with Noto CJK (sharp):
 * a lead article whose headline spans four columns, then two articles side by side, the right one with a
 * photo and its caption. Text, roles and paragraph breaks are known exactly — the truth for the bench and
 * the layout integration test when the fixture pages are absent.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { BBox } from '../../../lib/model/document';
import type { Region } from '../../../lib/detect/types';

export interface TruthArticle {
  id: string;
  headline: string;
  subtitle?: string;
  paragraphs: string[];
  captions: string[];
  /** All text in reading order, when the truth knows it (fixture pages); else built from the parts. */
  readingText?: string;
}

export interface SamplePage {
  png: Buffer;
  width: number;
  height: number;
  body: number;
  regions: Region[];
  articles: TruthArticle[];
}

import { SAMPLE } from '../../support/sample';

/** Articles of the sample: `## headline`, an optional plain subtitle line, paragraphs (bold markup dropped). */
export function sampleArticles(): { headline: string; subtitle?: string; paragraphs: string[] }[] {
  const out: { headline: string; subtitle?: string; paragraphs: string[] }[] = [];
  for (const chunk of readFileSync(SAMPLE, 'utf8').split(/^#{1,2} /m).slice(1)) {
    const [head, ...rest] = chunk.split(/\n\s*\n/).map((s) => s.replace(/\*\*/g, '').trim()).filter(Boolean);
    const paragraphs = rest.filter((p) => !p.startsWith('!') && !p.startsWith('<') && !p.startsWith('#'));
    const subtitle = paragraphs[0] && paragraphs[0].length < 30 ? paragraphs.shift() : undefined;
    out.push({ headline: head.split('\n')[0].trim(), subtitle, paragraphs });
  }
  return out.filter((a) => a.paragraphs.length >= 3);
}

interface Placed {
  text: string;
  x: number;
  top: number;
  size: number;
  bold?: boolean;
}

/** How many characters fill `room` ems: ASCII digits and letters are about half as wide as Han characters. */
function fits(chars: string[], room: number): number {
  let used = 0;
  for (let i = 0; i < chars.length; i += 1) {
    used += /[\x21-\x7e]/.test(chars[i]) ? 0.56 : 1;
    if (used > room) return Math.max(1, i);
  }
  return chars.length;
}

/** Pours paragraphs into columns (two-character first-line indent); returns the lines and the bottom y. */
function pour(paragraphs: string[], cols: { x: number; top: number; bottom: number }[], size: number, measure: number, lead: number): { lines: Placed[]; bottom: number } {
  const lines: Placed[] = [];
  let c = 0;
  let y = cols[0].top;
  let bottom = y;
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      if (y + size > cols[c].bottom) {
        c += 1;
        if (c >= cols.length) return { lines, bottom };
        y = cols[c].top;
      }
      const text = chars.splice(0, fits(chars, first ? measure - 2 : measure)).join('');
      lines.push({ text, x: cols[c].x + (first ? 2 * size : 0), top: y, size });
      y += lead;
      bottom = Math.max(bottom, y);
      first = false;
    }
  }
  return { lines, bottom };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rect = (id: string, box: BBox): Region => ({ id, shape: 'rect', polygon: [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]], box });

/** Typesets the page at `body` px body text (the layout scales with it). */
export async function samplePage(body = 28): Promise<SamplePage> {
  const [a, b, c] = sampleArticles();
  const measure = 14;
  const colW = (measure + 1.5) * body;
  const lead = Math.round(body * 1.45);
  const x0 = body;
  const colX = (i: number) => Math.round(x0 + i * colW);
  const width = Math.round(2 * x0 + 4 * colW - 1.5 * body);
  const placed: Placed[] = [];
  const photos: BBox[] = [];

  // Lead article: headline over four columns, subtitle, then six lines per column... as much as fits in 12 lines.
  placed.push({ text: a.headline, x: x0 + body, top: body, size: Math.round(body * 1.9), bold: true });
  if (a.subtitle) placed.push({ text: a.subtitle, x: x0 + 3 * body, top: Math.round(body * 3.3), size: Math.round(body * 1.3) });
  const aTop = Math.round(body * 5.3);
  const aCols = [0, 1, 2, 3].map((i) => ({ x: colX(i), top: aTop, bottom: aTop + 12 * lead }));
  const aFlow = pour(a.paragraphs, aCols, body, measure, lead);
  placed.push(...aFlow.lines);
  const aText = aFlow.lines.slice();

  // Second band: article b on columns 1–2, article c on columns 3–4 with a photo and caption.
  const band = aTop + 12 * lead + 2 * body;
  placed.push({ text: b.headline.slice(0, 18), x: colX(0), top: band, size: Math.round(body * 1.6), bold: true });
  const bTop = band + Math.round(body * 2.8);
  const bFlow = pour(b.paragraphs, [0, 1].map((i) => ({ x: colX(i), top: bTop, bottom: bTop + 16 * lead })), body, measure, lead);
  placed.push(...bFlow.lines);

  placed.push({ text: c.headline.slice(0, 18), x: colX(2), top: band, size: Math.round(body * 1.6), bold: true });
  const photo: BBox = [colX(2), bTop, Math.round(colX(3) + measure * body), bTop + 7 * lead];
  photos.push(photo);
  const caption = '图为市民在江边观景。全媒体记者 摄';
  const capSize = Math.round(body * 0.85);
  placed.push({ text: caption, x: colX(2), top: photo[3] + Math.round(body * 0.4), size: capSize });
  const cTop = photo[3] + Math.round(body * 2);
  const cFlow = pour(c.paragraphs, [2, 3].map((i) => ({ x: colX(i), top: cTop, bottom: bTop + 16 * lead })), body, measure, lead);
  placed.push(...cFlow.lines);
  const height = bTop + 16 * lead + body;

  const texts = placed
    .map((l) => `<text x="${l.x}" y="${l.top + Math.round(l.size * 0.88)}" font-size="${l.size}" font-family="Noto Serif CJK SC"${l.bold ? ' font-weight="bold"' : ''}>${esc(l.text)}</text>`)
    .join('');
  const shapes = photos.map((p) => `<rect x="${p[0]}" y="${p[1]}" width="${p[2] - p[0]}" height="${p[3] - p[1]}" fill="#8a8f96"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${shapes}${texts}</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();

  /** The paragraphs as far as they were set (the column space cuts the last one short). */
  const setText = (flow: { lines: Placed[] }, paragraphs: string[]) => {
    const all = flow.lines.map((l) => l.text).join('');
    const out: string[] = [];
    let used = 0;
    for (const p of paragraphs) {
      if (used >= all.length) break;
      out.push(all.slice(used, used + p.length));
      used += p.length;
    }
    return out;
  };
  const pad = Math.round(body / 2);
  const half = Math.round(colX(2) - body * 0.75);
  return {
    png,
    width,
    height,
    body,
    regions: [rect('a', [pad, pad, width - pad, band - pad]), rect('b', [pad, band - pad / 2, half, height - pad]), rect('c', [half + 2, band - pad / 2, width - pad, height - pad])],
    articles: [
      { id: 'a', headline: a.headline, subtitle: a.subtitle, paragraphs: setText({ lines: aText }, a.paragraphs), captions: [] },
      { id: 'b', headline: b.headline.slice(0, 18), paragraphs: setText(bFlow, b.paragraphs), captions: [] },
      { id: 'c', headline: c.headline.slice(0, 18), paragraphs: setText(cFlow, c.paragraphs), captions: [caption] },
    ],
  };
}
