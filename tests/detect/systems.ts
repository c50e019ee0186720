/**
 * Test support for the per-system fixtures in fixtures/systems/: each `<id>.html|htm` page (built from the
 * evidence named in its top comment) has `<id>.truth.json` with the page image, every hotspot box in natural
 * pixels and the metadata. `liveDom` gives the DOM a content script would see: the fixture after the site's
 * own script ran (simulated here for the systems whose script moves geometry), with the browser's sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DetectEnv } from '../../lib/detect/detect-page';
import type { BBox, PageMeta } from '../../lib/model/document';
import { htmlDoc } from './parse-html';

export interface SystemTruth {
  id: string;
  file: string;
  system: string;
  mechanism: string;
  url: string;
  adapter: string;
  /** Selector of the page image (the element the browser reports natural/displayed sizes for). */
  pageImage: string;
  natural: { width: number; height: number };
  display: { width: number; height: number };
  liveScript?: 'jiefang' | 'changsha' | 'founder-mobile';
  image: string;
  regions: { box: BBox; href?: string; title?: string }[];
  meta: PageMeta;
  /** A warning the detection must carry. */
  warning?: string;
  saved: {
    /** Where the copy is written, relative to a temporary folder, and where its image goes. */
    path: string;
    image: string;
    /** `--url` given to the CLI. */
    url?: string;
    files?: Record<string, string>;
    /** False when nothing in or beside the copy tells its web address. */
    addressKnown?: boolean;
    /** The served page has no hotspots: the CLI must say it needs the browser. */
    needsBrowser?: boolean;
  };
}

const DIR = new URL('./fixtures/systems/', import.meta.url);

export function systemTruths(): SystemTruth[] {
  const files = readdirSync(DIR);
  return files
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => {
      const id = f.replace(/\.truth\.json$/, '');
      const file = files.find((h) => h === `${id}.html` || h === `${id}.htm`);
      if (!file) throw new Error(`fixture ${id} has a truth but no page`);
      return { id, file, ...JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) } as SystemTruth;
    });
}

export function fixtureHtml(truth: SystemTruth): string {
  return readFileSync(new URL(truth.file, DIR), 'utf8');
}

/** The DOM after the page's scripts ran, and the sizes the browser reports, as entrypoints/detector.ts sees them. */
export function liveDom(truth: SystemTruth): { doc: Document; env: DetectEnv } {
  const doc = htmlDoc(fixtureHtml(truth));
  if (truth.liveScript) SITE_SCRIPTS[truth.liveScript](doc, truth.display);
  const isPage = (img: Element) => img.matches(truth.pageImage);
  const env: DetectEnv = {
    displaySize: (img) => (isPage(img) ? truth.display : undefined),
    naturalSize: (img) => (isPage(img) ? truth.natural : undefined),
  };
  return { doc, env };
}

type Display = { width: number; height: number };

/** What each site's own script does to the DOM (from the evidence quoted in the fixtures). */
const SITE_SCRIPTS: Record<NonNullable<SystemTruth['liveScript']>, (doc: Document, display: Display) => void> = {
  // 解放日报: xy (2778 px frame) → coords × displayedWidth / 2778, href → data-href.
  jiefang(doc, display) {
    for (const area of Array.from(doc.querySelectorAll('area[xy]'))) {
      const ratio = display.width / 2778;
      const points = [...area.getAttribute('xy')!.matchAll(/x"?\s*:\s*([\d.]+)\s*,\s*"?y"?\s*:\s*([\d.]+)/g)];
      area.setAttribute('coords', points.map((m) => `${Number(m[1]) * ratio},${Number(m[2]) * ratio}`).join(','));
      area.removeAttribute('xy');
      area.setAttribute('data-href', area.getAttribute('href')!);
      area.removeAttribute('href');
    }
  },
  // 长沙晚报: each mask placed at v[2..5] % of the displayed image, in px.
  changsha(doc, display) {
    const script = Array.from(doc.querySelectorAll('script')).map((s) => s.textContent).join('\n');
    for (const m of script.matchAll(/arr\d+\s*=\s*(\[\[[\s\S]*?\]\])/g)) {
      for (const v of JSON.parse(m[1]) as [number, string, number, number, number, number][]) {
        const px = (value: number, of: number) => `${(value * of) / 100}px`;
        doc.getElementById(`div_${v[0]}`)!.setAttribute(
          'style',
          `left: ${px(v[2], display.width)}; top: ${px(v[3], display.height)}; width: ${px(v[4], display.width)}; height: ${px(v[5], display.height)}`,
        );
      }
    }
  },
  // Founder mobile: areas built from percent arrays × the displayed size.
  'founder-mobile'(doc, display) {
    const script = Array.from(doc.querySelectorAll('script')).map((s) => s.textContent).join('\n');
    const points = JSON.parse(/pagePoints\s*=\s*(\[\[[\s\S]*?\]\])/.exec(script)![1]) as [string, number, number, number, number][];
    const map = doc.getElementById('PagePicMap')!;
    for (const [href, x, y, w, h] of points) {
      const area = doc.createElement('area');
      const coords = [(x * display.width) / 100, (y * display.height) / 100, ((x + w) * display.width) / 100, ((y + h) * display.height) / 100];
      area.setAttribute('shape', 'rect');
      area.setAttribute('coords', coords.join(','));
      area.setAttribute('href', href);
      map.appendChild(area);
    }
  },
};
