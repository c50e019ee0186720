/**
 * `node bin/run-ts.mjs tests/bench/publisher-cer.ts [name …]`: every fixture page read with `--text both`,
 * so each article has the publisher's text (its content page) and our OCR of the same region. Prints per
 * page which reader took the content pages, how many articles they gave, their length, the OCR's character
 * error rate against them (distance summed over the page ÷ publisher characters) and the time per page.
 */
import { join } from 'node:path';
import { ocrPageToDocument } from '../../cli/ocr';
import { characterErrorRate, comparedBlocks } from '../../lib/content';
import { fixturePageDir, listFixturePages, loadTruth } from '../support/truth';

const only = process.argv.slice(2);
for (const name of listFixturePages().filter((n) => !only.length || only.includes(n))) {
  const dir = fixturePageDir(name);
  const truth = loadTruth(dir);
  const t0 = Date.now();
  const { doc } = await ocrPageToDocument(join(dir, truth.files.html), { workers: '2', scale: 'auto', text: 'both' }, () => {});
  const seconds = (Date.now() - t0) / 1000;
  let chars = 0;
  let errors = 0;
  const readers = new Set<string>();
  const both = doc.articles.filter((a) => a.textSource === 'both');
  for (const a of both) {
    const blocks = comparedBlocks(a.blocks);
    const pub = blocks.map((b) => b.text).join('');
    const n = pub.replace(/\s/gu, '').length;
    chars += n;
    errors += characterErrorRate(pub, blocks.map((b) => b.alternative?.text ?? '').join('')) * n;
    if (a.publisher?.reader) readers.add(a.publisher.reader);
  }
  const perArticle = both.map((a) => `${a.regionId} ${((a.publisher?.ocrCer ?? 0) * 100).toFixed(1)}%`).join(', ');
  console.log(`${name}: reader ${[...readers].join('+') || '-'}, ${both.length}/${doc.articles.length} articles, ${chars} chars, OCR CER ${((errors / Math.max(chars, 1)) * 100).toFixed(2)}% (${perArticle}), ${seconds.toFixed(1)} s/page`);
}
