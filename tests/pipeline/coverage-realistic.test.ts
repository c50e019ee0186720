/**
 * The coverage warning on realistic pages read with PP-OCR (the CLI's engine): the low-quality page
 * (blur + JPEG q40), whose articles keep 85–90 % of their characters, warns on its articles though
 * their line boxes cover most of their ink; an article of a good page (100 % of its characters) does not.
 * Two regions and one: each read is a minute of PP-OCR on a shared 2-core machine.
 */
import { describe, expect, it } from 'vitest';
import { decodeImage, ocrPage } from '../../cli/node-ocr';
import { coverageProblem } from '../../lib/model/coverage';
import { REALISTIC_PAGES_DIR } from '../support/truth';
import { fixturePages } from '../layout/support/fixture-pages';
import { truthText } from '../layout/support/score';
import { characterRecall } from '../support/cer';

async function read(name: string, ids?: string[]) {
  const page = fixturePages(REALISTIC_PAGES_DIR).find((p) => p.name === name)!;
  const regions = ids ? page.regions.filter((r) => ids.includes(r.id)) : page.regions;
  const { doc } = await ocrPage(await decodeImage(page.png), { meta: {}, image: null, regions, adapter: 'test', warnings: [] }, { workers: 2, engine: 'paddle' });
  return doc.articles;
}

describe('coverage warnings on realistic pages (PP-OCR)', () => {
  // Measured: recall 0.851 and 0.869, ink coverage 1.00, confident coverage 0.71 and 0.67. q3's
  // right column, set solid beside a vertical rule whose soft JPEG sides inked every row, was planned as a
  // photo and kept under half of its characters (recall 0.47) until the rule's sides counted as the rule.
  it('the blurred low-quality page’s articles warn that their text is unsure, and its solid column beside a rule is read', async () => {
    const page = fixturePages(REALISTIC_PAGES_DIR).find((p) => p.name === 'qiaocheng-lowq-p06')!;
    const articles = await read('qiaocheng-lowq-p06', ['q2', 'q3']);
    expect(articles).toHaveLength(2);
    for (const a of articles) {
      const truth = truthText(page.truth.find((t) => t.id === a.id)!);
      const recall = characterRecall(truth, a.blocks.map((b) => b.text).join(''));
      expect(coverageProblem(a), a.id).toBe('unsure');
      expect(a.ocrConfidentCoverage, a.id).toBeLessThan(0.75);
      expect(recall, a.id).toBeGreaterThan(0.82);
    }
  }, 300_000);

  // Measured: recall 1.00, confident coverage 0.97, ink coverage 1.00.
  it('an article of a good page read fully does not', async () => {
    const articles = await read('hexi-pd-p04', ['h2']);
    expect(articles).toHaveLength(1);
    for (const a of articles) {
      expect(coverageProblem(a), a.id).toBeUndefined();
      expect(a.ocrConfidentCoverage, a.id).toBeGreaterThan(0.9);
    }
  }, 300_000);
});
