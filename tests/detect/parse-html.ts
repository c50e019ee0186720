/** Test helper: a linkedom Document from an HTML string, as the CLI parses pages. */
import { parseHTML } from 'linkedom';

export function htmlDoc(html: string): Document {
  return parseHTML(/<html/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
