/**
 * The publisher's text against our OCR of the same article. Both sides are put in one role order (kicker,
 * headline, subtitle, byline, paragraphs, captions) and diffed once with diff-match-patch; each publisher
 * block's span maps to the OCR span it lines up with (`diff_xIndex`), which becomes the block's
 * alternative. Consecutive spans tile the whole OCR text, so no OCR character is dropped. The character
 * error rate is the Levenshtein distance over the publisher's length, whitespace ignored (OCR spacing is
 * not an error a reader sees in Chinese).
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Block, BlockRole } from '../model/document';

/** Roles both sources have; labels and page furniture are printed only on the page. */
export const COMPARED_ROLES: readonly BlockRole[] = ['kicker', 'headline', 'subtitle', 'byline', 'paragraph', 'caption'];

/** The blocks that carry article text, in the shared role order (stable within a role). */
export function comparedBlocks(blocks: Block[]): Block[] {
  return blocks
    .filter((b) => !b.setAside && COMPARED_ROLES.includes(b.role))
    .map((b, i) => ({ b, i }))
    .sort((x, y) => COMPARED_ROLES.indexOf(x.b.role) - COMPARED_ROLES.indexOf(y.b.role) || x.i - y.i)
    .map(({ b }) => b);
}

const SEP = '\n';

function differ(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  // Articles are a few thousand characters: an exact diff takes milliseconds, and a bound keeps a huge page from stalling.
  dmp.Diff_Timeout = 2;
  return dmp;
}

/** Character error rate of `ocr` against `reference`, whitespace ignored; 0 when both are empty. */
export function characterErrorRate(reference: string, ocr: string): number {
  const ref = reference.replace(/\s/gu, '');
  const hyp = ocr.replace(/\s/gu, '');
  if (!ref.length) return hyp.length ? 1 : 0;
  const dmp = differ();
  return dmp.diff_levenshtein(dmp.diff_main(ref, hyp)) / ref.length;
}

/** For each publisher block (already in role order), the OCR text that lines up with it. */
export function alignedOcrTexts(publisher: Block[], ocr: Block[]): string[] {
  const pubText = publisher.map((b) => b.text).join(SEP);
  const ocrText = ocr.map((b) => b.text).join(SEP);
  const dmp = differ();
  const diffs = dmp.diff_main(pubText, ocrText);
  const starts: number[] = [];
  let at = 0;
  for (const b of publisher) {
    starts.push(at);
    at += b.text.length + SEP.length;
  }
  const mapped = starts.map((s, i) => (i === 0 ? 0 : dmp.diff_xIndex(diffs, s)));
  return mapped.map((from, i) => ocrText.slice(from, i + 1 < mapped.length ? mapped[i + 1] : ocrText.length).replace(/\s+/gu, ' ').trim());
}
