/** An article's blocks grouped by role, in the fixed order every exporter writes them. */
import type { Article, Block } from '../model/document';

export interface ArticleParts {
  kicker?: string;
  headline?: string;
  subtitle?: string;
  bylines: string[];
  paragraphs: Block[];
  captions: Block[];
  /** Blocks out of the body: set aside, or labels/furniture (page furniture never belongs to the body). */
  setAside: Block[];
}

export function articleParts(article: Article): ArticleParts {
  const parts: ArticleParts = { bylines: [], paragraphs: [], captions: [], setAside: [] };
  const joinText = (prev: string | undefined, b: Block) => (prev ? `${prev} ${b.text}` : b.text);
  for (const b of article.blocks) {
    if (b.setAside || b.role === 'label' || b.role === 'furniture') {
      parts.setAside.push(b);
      continue;
    }
    switch (b.role) {
      case 'kicker':
        parts.kicker = joinText(parts.kicker, b);
        break;
      case 'headline':
        parts.headline = joinText(parts.headline, b);
        break;
      case 'subtitle':
        parts.subtitle = joinText(parts.subtitle, b);
        break;
      case 'byline':
        parts.bylines.push(b.text);
        break;
      case 'caption':
        parts.captions.push(b);
        break;
      default:
        parts.paragraphs.push(b);
    }
  }
  return parts;
}
