/**
 * Issue dates from e-paper URLs and page text, as ISO `YYYY-MM-DD`. Every candidate is checked against the
 * calendar, so a content id like `content_30045678` or a typo like 2022-13-45 never becomes a date.
 */

/** ISO date for a real calendar day between 1900 and 2100, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Most specific first: the Founder `2022-10/24`, People's Daily `202210/24`, then plain forms.
const URL_DATE_PATTERNS = [
  /(?<!\d)(\d{4})-(\d{1,2})\/(\d{1,2})(?!\d)/g,
  /(?<!\d)(\d{4})(\d{2})\/(\d{2})(?!\d)/g,
  /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g,
  /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g,
];

const TEXT_DATE_PATTERNS = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
  /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g,
];

function firstValid(text: string, patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso) return iso;
    }
  }
  return undefined;
}

/** Date in the path or query of an e-paper URL (the host is ignored: it never holds the date). */
export function dateFromUrl(url: string): string | undefined {
  let path = url;
  try {
    const parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname) + parsed.search;
  } catch {
    // Not a URL: a file name or path is searched as it is.
  }
  return firstValid(path, URL_DATE_PATTERNS);
}

/** First date written in text: `2022年10月24日`, `2022-10-24`, `2022.10.24`. */
export function dateFromText(text: string): string | undefined {
  return firstValid(text, TEXT_DATE_PATTERNS);
}
