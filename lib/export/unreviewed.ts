/**
 * Suggestions still waiting for review, counted for the front matter (`unreviewed_suggestions`): per
 * article for article files, the page's sum for the page file. The CLI and the panel both count here.
 */

/** Pending suggestions per article id. */
export function unreviewedByArticle(pending: readonly { articleId: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of pending) out[s.articleId] = (out[s.articleId] ?? 0) + 1;
  return out;
}

/** The page's count: every article's. */
export function unreviewedOnPage(byArticle: Readonly<Record<string, number>>): number {
  return Object.values(byArticle).reduce((a, b) => a + b, 0);
}
