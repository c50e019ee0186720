/**
 * Renders known Chinese text to a PNG with sharp (librsvg + Noto CJK), giving OCR tests a real image with a
 * known truth until the fixture pages exist. Lines are laid out at fixed positions, so tests also know
 * where each line is on the "page".
 */
import sharp from 'sharp';

export interface TextLine {
  text: string;
  x: number;
  /** Baseline y. */
  y: number;
  size: number;
  bold?: boolean;
}

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function renderLines(width: number, height: number, lines: TextLine[]): Promise<RenderedPage> {
  const texts = lines
    .map((l) => `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-family="Noto Serif CJK SC"${l.bold ? ' font-weight="bold"' : ''}>${escapeXml(l.text)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${texts}</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return { png, width, height };
}

/** A small two-article "page": article A on the left, article B on the right, 24 px body text. */
export const ARTICLE_A = {
  headline: '城市公园迎来春季游客高峰',
  body: ['周末天气晴好，市民纷纷走出家门，', '到公园赏花踏青。园方增加了保洁', '人员和志愿者，引导游客文明游览。'],
};
export const ARTICLE_B = {
  headline: '社区图书馆延长开放时间',
  body: ['为方便上班族阅读，社区图书馆从', '本月起每天开放到晚上九点，并新', '增了自助借还设备和儿童阅读区。'],
};

export function twoArticleLines(): TextLine[] {
  const article = (a: typeof ARTICLE_A, x: number): TextLine[] => [
    { text: a.headline, x, y: 60, size: 34, bold: true },
    ...a.body.map((text, i) => ({ text, x, y: 120 + i * 38, size: 24 })),
  ];
  return [...article(ARTICLE_A, 20), ...article(ARTICLE_B, 480)];
}

export const PAGE_SIZE = { width: 900, height: 260 };

type Box = [number, number, number, number];
const rectRegion = (id: string, box: Box) => ({
  id,
  shape: 'rect' as const,
  polygon: [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]] as [number, number][],
  box,
});
/** Hotspots around the two articles (with a margin, as e-paper image maps have). */
export const REGION_A = rectRegion('a', [10, 10, 460, 250]);
export const REGION_B = rectRegion('b', [470, 10, 890, 250]);
