/** Pages saved in IndexedDB, newest first, to reopen one or delete it. */
import type { Lang } from '../../lib/i18n';
import type { RecentPage } from '../../lib/storage/sessions';
import type { T } from './strings';

export interface RecentPagesProps {
  pages: RecentPage[];
  onOpen: (key: string) => void;
  onDelete: (key: string) => void;
  t: T;
  lang: Lang;
}

export function RecentPages({ pages, onOpen, onDelete, t, lang }: RecentPagesProps) {
  const when = (ms: number) => new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return (
    <section class="em-recent" aria-label={t('recent')}>
      <h2>{t('recent')}</h2>
      {!pages.length && <p class="em-muted">{t('noRecent')}</p>}
      <ul>
        {pages.map((p) => (
          <li key={p.key}>
            <span class="em-title">{p.title}</span>
            <span class="em-muted">{t('savedAt', { time: when(p.savedAt) })}</span>
            <span class="em-actions">
              <button type="button" onClick={() => onOpen(p.key)} aria-label={`${t('open')} ${p.title}`}>{t('open')}</button>
              <button type="button" onClick={() => onDelete(p.key)} aria-label={`${t('remove')} ${p.title}`}>{t('remove')}</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
