/**
 * Synthetic OCR boxes laid out like a newspaper: square CJK characters, paragraphs with a two-character
 * first-line indent and a short last line, poured into columns of a fixed measure. Lets the geometry tests state the
 * truth exactly.
 */
import type { BBox } from '../../lib/model/document';
import type { LayoutLine } from '../../lib/layout';
import type { RegionOcr } from '../../lib/ocr/types';

export function line(text: string, x: number, y: number, size: number, regionId = 'r1'): LayoutLine {
  const bbox: BBox = [x, y, x + [...text].length * size, y + size];
  return { text, bbox, confidence: 90, words: [{ text, bbox, confidence: 90 }], regionId };
}

/** A paragraph of n distinct-looking characters (position digits make order errors visible). */
export function para(tag: string, n: number): string {
  const base = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
  return Array.from({ length: n }, (_, i) => (i === 0 ? tag : base[(i * 7 + tag.charCodeAt(0)) % base.length])).join('');
}

export function regionOf(lines: LayoutLine[], regionId = 'r1'): RegionOcr {
  const bbox: BBox = [
    Math.min(...lines.map((l) => l.bbox[0])) - 10,
    Math.min(...lines.map((l) => l.bbox[1])) - 10,
    Math.max(...lines.map((l) => l.bbox[2])) + 10,
    Math.max(...lines.map((l) => l.bbox[3])) + 10,
  ];
  // One tesseract block per line, shuffled: the layout code must not rely on tesseract's order.
  const shuffled = [...lines].sort((a, b) => ((a.bbox[0] * 31 + a.bbox[1] * 17) % 101) - ((b.bbox[0] * 31 + b.bbox[1] * 17) % 101));
  return {
    regionId,
    bbox,
    text: lines.map((l) => l.text).join('\n'),
    confidence: 90,
    blocks: shuffled.map((l) => ({
      text: l.text,
      bbox: l.bbox,
      confidence: 90,
      paragraphs: [{ text: l.text, bbox: l.bbox, confidence: 90, lines: [{ text: l.text, bbox: l.bbox, confidence: 90, words: l.words }] }],
    })),
  };
}

export interface FlowSpec {
  size: number;
  measure: number;
  /** Column boxes to fill in order: left x, top y and how many lines fit. */
  columns: { x: number; y: number; lines: number }[];
  gap?: number;
  regionId?: string;
}

/** Wraps paragraphs into lines and pours them into the columns in order, like a typesetter. */
export function flow(paragraphs: string[], spec: FlowSpec): LayoutLine[] {
  const { size, measure } = spec;
  const gap = spec.gap ?? size / 2;
  const wrapped: { text: string; indent: boolean }[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      wrapped.push({ text: chars.splice(0, first ? measure - 2 : measure).join(''), indent: first });
      first = false;
    }
  }
  const out: LayoutLine[] = [];
  let ci = 0;
  let row = 0;
  for (const w of wrapped) {
    if (row >= spec.columns[ci].lines) {
      ci += 1;
      row = 0;
      if (ci >= spec.columns.length) throw new Error('flow: text does not fit the columns');
    }
    const c = spec.columns[ci];
    out.push(line(w.text, c.x + (w.indent ? 2 * size : 0), c.y + row * (size + gap), size, spec.regionId));
    row += 1;
  }
  return out;
}

/** Columns of `lines` lines each, `count` of them side by side from x, one character apart. */
export function grid(count: number, x: number, y: number, lines: number, size: number, measure: number): FlowSpec['columns'] {
  return Array.from({ length: count }, (_, i) => ({ x: x + i * (measure + 1) * size, y, lines }));
}
