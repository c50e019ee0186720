/**
 * Renders the toolbar and store icons (16, 32, 48, 128 px PNG) from assets/icon/icon.svg with sharp.
 * The PNGs are committed, so a build needs no renderer: run `npm run icons` after changing the SVG.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ICON_SIZES = [16, 32, 48, 128] as const;

const here = dirname(fileURLToPath(import.meta.url));
const svg = join(here, 'icon.svg');
for (const size of ICON_SIZES) {
  // Rendered at a high density, then scaled down: librsvg's own small renderings lose the thin gaps.
  await sharp(svg, { density: 72 * Math.max(1, 512 / 128) }).resize(size, size).png({ compressionLevel: 9 }).toFile(join(here, `${size}.png`));
}
console.log(`icons: ${ICON_SIZES.map((s) => `${s}.png`).join(', ')} in ${here}`);
