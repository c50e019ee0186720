/**
 * A fixture page as the pipeline would hand it to the export: the saved page through the real detector
 * (meta, hotspot links and titles, PDF link), its truth lines as OCR output (one word per character, a
 * few characters below the uncertain threshold, one headline character misread) through the real layout,
 * and a frozen capture time. No OCR runs, so the golden files depend only on detection, layout and export.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPage } from '../../cli/page-source';
import { regionToArticle } from '../../lib/layout';
import type { BBox, EpaperDocument, PageMeta } from '../../lib/model/document';
import type { PageDetection, Region } from '../../lib/detect/types';
import type { OcrLine, RegionOcr } from '../../lib/ocr/types';
import { fixturePageDir, loadTruth, type TruthArticle, type TruthLine } from '../support/truth';

export const FROZEN_CLOCK = '2024-05-16T08:30:00.000Z';
const SITE = 'http://epaper.example.test';

/** The misreadings OCR makes of similar-looking characters (覆→履 is the one users reported). */
const LOOK_ALIKES: Record<string, string> = { 覆: '履', 增: '増', 县: '昙', 经: '径' };

function ocrLine(line: TruthLine, n: number, misread: boolean): OcrLine {
  const chars = [...line.text];
  const w = (line.bbox[2] - line.bbox[0]) / Math.max(1, chars.length);
  let swapped = !misread;
  const words = chars.map((ch, i) => {
    const bbox: BBox = [Math.round(line.bbox[0] + i * w), line.bbox[1], Math.round(line.bbox[0] + (i + 1) * w), line.bbox[3]];
    // Deterministic: about one character in forty is uncertain, the misread one always.
    if (!swapped && LOOK_ALIKES[ch]) {
      swapped = true;
      return { text: LOOK_ALIKES[ch], bbox, confidence: 48 };
    }
    return { text: ch, bbox, confidence: (n + i) % 41 === 0 ? 61 : 93 };
  });
  const text = words.map((w) => w.text).join('');
  return { text, bbox: line.bbox, confidence: Math.round((words.reduce((s, w) => s + w.confidence, 0) / words.length) * 10) / 10, words };
}

function regionOcr(article: TruthArticle, region: Region, misreadHeadline: boolean): RegionOcr {
  let n = 0;
  const blocks = article.blocks.map((b) => {
    const lines = b.lines.map((l) => ocrLine(l, (n += l.text.length), misreadHeadline && b.role === 'headline'));
    const confidence = lines.reduce((s, l) => s + l.confidence, 0) / lines.length;
    return { text: lines.map((l) => l.text).join('\n'), bbox: b.bbox, confidence, paragraphs: [{ text: '', bbox: b.bbox, confidence, lines }] };
  });
  return { regionId: region.id, href: region.href, title: region.title, photos: article.photos, bbox: region.box, text: '', confidence: 90, blocks };
}

/** The first article's headline gets one look-alike character wrong, as OCR does. */
export async function fixtureDocument(name: string): Promise<EpaperDocument> {
  const dir = fixturePageDir(name);
  const truth = loadTruth(dir);
  const loaded = await loadPage(join(dir, truth.files.html));
  // The page as its site serves it: file URLs of this checkout would make the golden files machine-bound.
  const detection: PageDetection = JSON.parse(JSON.stringify(loaded.detection).replaceAll(pathToFileURL(dir).href, SITE));
  const meta: PageMeta = {
    ...detection.meta,
    imageSize: { width: truth.image.width, height: truth.image.height },
    capturedAt: FROZEN_CLOCK,
    ocr: { engine: 'tesseract.js', languages: ['chi_sim', 'eng'] },
  };
  const articles = detection.regions.map((region, i) => regionToArticle(regionOcr(truth.articles[i], region, i === 0), meta));
  return { schema: 1, meta, articles };
}
