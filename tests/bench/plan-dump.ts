/**
 * `node bin/run-ts.mjs tests/bench/plan-dump.ts PAGE [realistic]`: each region's plan (lib/plan planRegion) printed
 * part by part (kind, box, rows, PSM), with the truth's photo boxes and text blocks beside it, to see where a plan
 * cuts a page before any OCR runs.
 */
import { decodeImage } from '../../cli/node-ocr';
import { planRegion } from '../../lib/plan';
import { fixturePages } from '../layout/support/fixture-pages';
import { REALISTIC_PAGES_DIR } from '../support/truth';

const [name, kind = 'realistic'] = process.argv.slice(2);
const page = (kind === 'realistic' ? fixturePages(REALISTIC_PAGES_DIR) : fixturePages()).find((p) => p.name === name);
if (!page) throw new Error(`no page ${name}`);
const image = await decodeImage(page.png);
for (const region of page.regions) {
  const plan = planRegion(image, region);
  console.log(`${region.id} box ${region.box.join(',')} text ${plan.textHeight} photos ${JSON.stringify(plan.photos)} asides ${JSON.stringify(plan.asides)}`);
  for (const p of plan.parts) console.log(`  ${p.partId} ${p.kind} [${p.box.join(',')}] psm ${p.parameters.tessedit_pageseg_mode}${p.invert ? ' inverted' : ''}${p.glyphs ? ` glyphs ${p.glyphs.length}` : ''}`);
}
