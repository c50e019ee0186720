/**
 * The page's articles in reading order; the open one is marked for screen readers too. At panel width
 * the list folds into one row (previous · picker · next), so the open article gets the room.
 */
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
  const at = Math.max(0, articles.findIndex((a) => a.id === selectedId));
  const open = (i: number) => articles[i] && dispatch({ type: 'openArticle', articleId: articles[i].id });
  const detail = (a: Article) => [t('blocks', { n: a.blocks.length }), pendingByArticle[a.id] ? t('toCheck', { n: pendingByArticle[a.id] }) : ''].filter(Boolean).join(' · ');
  return (
    <nav class="em-articles" aria-label={t('articles')}>
      <div class="em-article-pick">
        <button type="button" onClick={() => open(at - 1)} disabled={at === 0} aria-label={t('prevArticle')}>‹</button>
        <select aria-label={t('articleOf', { i: at + 1, n: articles.length })} value={articles[at]?.id} onChange={(e) => dispatch({ type: 'openArticle', articleId: e.currentTarget.value })}>
          {articles.map((a, i) => (
            <option key={a.id} value={a.id}>{`${i + 1}. ${articleTitle(a, t('untitled'))}${pendingByArticle[a.id] ? ` (${pendingByArticle[a.id]})` : ''}`}</option>
          ))}
        </select>
        <button type="button" onClick={() => open(at + 1)} disabled={at >= articles.length - 1} aria-label={t('nextArticle')}>›</button>
      </div>
      <div class="em-article-list">
        <h2>{t('articles')}</h2>
        <ol>
          {articles.map((a) => (
            <li key={a.id}>
              <button type="button" aria-current={a.id === selectedId ? 'true' : undefined} onClick={() => dispatch({ type: 'openArticle', articleId: a.id })}>
                <span class="em-title">{articleTitle(a, t('untitled'))}</span>
                <span class="em-muted">{detail(a)}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
