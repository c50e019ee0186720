/**
 * The document JSON as every writer saves it (CLI `--format json` and `--out`, the CLI zip, the
 * extension's zip and JSON download): one format, pretty with two spaces and a final newline, so a file
 * diffs the same whoever wrote it. `suggestions` (clean) adds the suggestions left for review.
 */
import type { EpaperDocument } from '../model/document';
import { toJson } from '../model/json';
import type { Suggestion } from '../repair/types';

export function documentJson(doc: EpaperDocument, extra: { suggestions?: readonly Suggestion[] } = {}): string {
  const value = extra.suggestions ? { ...toJson(doc), suggestions: extra.suggestions } : toJson(doc);
  return `${JSON.stringify(value, null, 2)}\n`;
}
