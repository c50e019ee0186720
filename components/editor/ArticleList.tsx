/** The page's articles in reading order; the open one is marked for screen readers too. */
import type { Article } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import type { T } from './strings';

/** The article's headline, else its first body text, shortened for a list. */
export function articleTitle(article: Article, fallback: string): string {
  const body = article.blocks.filter((b) => !b.setAside);
  const title = (body.find((b) => b.role === 'headline') ?? body[0])?.text.trim() ?? '';
  return title ? (title.length > 28 ? `${title.slice(0, 27)}…` : title) : fallback;
}

export interface ArticleListProps {
  articles: Article[];
  selectedId: string | null;
  /** Pending suggestions per article id. */
  pendingByArticle: Record<string, number>;
  dispatch: (a: EditorAction) => void;
  t: T;
}

export function ArticleList({ articles, selectedId, pendingByArticle, dispatch, t }: ArticleListProps) {
  return (
    <nav class="em-articles" aria-label={t('articles')}>
      <h2>{t('articles')}</h2>
      <ol>
        {articles.map((a) => (
          <li key={a.id}>
            <button type="button" aria-current={a.id === selectedId ? 'true' : undefined} onClick={() => dispatch({ type: 'openArticle', articleId: a.id })}>
              <span class="em-title">{articleTitle(a, t('untitled'))}</span>
              <span class="em-muted">
                {t('blocks', { n: a.blocks.length })}
                {pendingByArticle[a.id] ? ` · ${pendingByArticle[a.id]}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
