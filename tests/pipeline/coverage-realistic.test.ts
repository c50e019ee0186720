/**
 * The coverage warning on realistic pages read with PP-OCR (the CLI's engine): the low-quality page
 * (blur + JPEG q40), whose articles keep 47–88 % of their characters, warns on every article though
 * its lines cover 87–100 % of the ink; articles of a good page (97–100 % of their characters) do not.
 */
import { describe, expect, it } from 'vitest';
import { decodeImage, ocrPage } from '../../cli/node-ocr';
import { coverageProblem } from '../../lib/model/coverage';
import { REALISTIC_PAGES_DIR } from '../support/truth';
import { fixturePages } from '../layout/support/fixture-pages';

async function read(name: string, ids?: string[]) {
  const page = fixturePages(REALISTIC_PAGES_DIR).find((p) => p.name === name)!;
  const regions = ids ? page.regions.filter((r) => ids.includes(r.id)) : page.regions;
  const { doc } = await ocrPage(await decodeImage(page.png), { meta: {}, image: null, regions, adapter: 'test', warnings: [] }, { workers: 2, engine: 'paddle' });
  return doc.articles;
}

describe('coverage warnings on realistic pages (PP-OCR)', () => {
  // Measured: confident coverage 0.46–0.71, ink coverage 0.87–1.00.
  it('every article of the blurred low-quality page warns', async () => {
    const articles = await read('qiaocheng-lowq-p06');
    expect(articles).toHaveLength(4);
    for (const a of articles) {
      expect(coverageProblem(a), a.id).toBeDefined();
      expect(a.ocrConfidentCoverage, a.id).toBeLessThan(0.78);
    }
    expect(articles.filter((a) => coverageProblem(a) === 'unsure').length).toBeGreaterThanOrEqual(3);
  });

  // Measured: confident coverage 0.96–0.97, ink coverage 1.00.
  it('articles of a good page read fully do not', async () => {
    const articles = await read('hexi-pd-p04', ['h1', 'h2']);
    for (const a of articles) {
      expect(coverageProblem(a), a.id).toBeUndefined();
      expect(a.ocrConfidentCoverage, a.id).toBeGreaterThan(0.9);
    }
  });
});
