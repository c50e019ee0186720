/**
 * The publisher's text as an article of our document. Each block says it is the publisher's
 * (`source.origin: 'publisher'`) and sits in the hotspot's box, so the editor still shows where on the
 * page it was printed. With OCR read too (`both`), each block keeps OCR's reading as its alternative and
 * the article its OCR error rate; what only the page prints (labels, jump lines) stays as OCR blocks.
 */
import type { Region } from '../detect/types';
import type { Article, Block, BlockRole } from '../model/document';
import { alignedOcrTexts, characterErrorRate, comparedBlocks, COMPARED_ROLES } from './compare';
import type { PublisherText } from './types';

export function publisherArticle(text: PublisherText, region: Region): Article {
  const parts: [BlockRole, string | undefined][] = [
    ['kicker', text.kicker],
    ['headline', text.headline],
    ['subtitle', text.subtitle],
    ...text.bylines.map((t): [BlockRole, string] => ['byline', t]),
    ...text.paragraphs.map((t): [BlockRole, string] => ['paragraph', t]),
    ...text.captions.map((t): [BlockRole, string] => ['caption', t]),
  ];
  const blocks: Block[] = parts
    .filter((p): p is [BlockRole, string] => !!p[1])
    .map(([role, t], i) => ({ id: `${region.id}-p${i + 1}`, role, text: t, raw: t, source: { origin: 'publisher', regionId: region.id, bbox: region.box } }));
  return {
    id: region.id,
    regionId: region.id,
    href: region.href ?? text.url,
    ...(region.title?.trim() ? { hotspotTitle: region.title.trim() } : {}),
    textSource: 'publisher',
    publisher: { url: text.url, outcome: 'used', reader: text.adapter },
    blocks,
  };
}

/** The publisher's article with OCR's reading of the same region beside it (text source `both`). */
export function withOcrAlternative(publisher: Article, ocr: Article): Article {
  const pub = comparedBlocks(publisher.blocks);
  const read = comparedBlocks(ocr.blocks);
  const alternatives = alignedOcrTexts(pub, read);
  const blocks = pub.map((b, i): Block => ({ ...b, alternative: { origin: 'ocr', text: alternatives[i] } }));
  const pageOnly = ocr.blocks.filter((b) => !COMPARED_ROLES.includes(b.role));
  const ocrCer = characterErrorRate(pub.map((b) => b.text).join(''), read.map((b) => b.text).join(''));
  return {
    ...publisher,
    ...(ocr.ocrCoverage !== undefined ? { ocrCoverage: ocr.ocrCoverage } : {}),
    ...(ocr.ocrConfidentCoverage !== undefined ? { ocrConfidentCoverage: ocr.ocrConfidentCoverage } : {}),
    textSource: 'both',
    publisher: { ...publisher.publisher!, ocrCer: Math.round(ocrCer * 10000) / 10000 },
    blocks: [...pageOnly.filter((b) => b.role === 'label'), ...blocks, ...pageOnly.filter((b) => b.role !== 'label')],
  };
}
