/**
 * The part of tesseract.js's `recognize(…, { blocks: true })` result we read. Declared here (structurally)
 * so recorded results — JSON without the `page` back-references — convert like live ones.
 */
export interface TessBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TessWord {
  text: string;
  confidence: number;
  bbox: TessBox;
}

export interface TessLine {
  text: string;
  confidence: number;
  bbox: TessBox;
  words: TessWord[];
}

export interface TessParagraph {
  text: string;
  confidence: number;
  bbox: TessBox;
  lines: TessLine[];
}

export interface TessBlock {
  text: string;
  confidence: number;
  bbox: TessBox;
  paragraphs: TessParagraph[];
}

export interface TessPage {
  text: string;
  confidence: number;
  blocks: TessBlock[] | null;
}
