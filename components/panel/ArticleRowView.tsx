/**
 * One article hotspot: title, status and progress bar; once read, its blocks as OCR read them, read-only —
 * proofreading happens in the editor, on the document the pipeline returned.
 */
import { coverageNote } from '../../lib/model/coverage';
import type { ArticleRow } from './state';
import type { PanelKey } from './strings';

interface Props {
  row: ArticleRow;
  /** Before Start: a checkbox to read this article or leave it out. */
  choose?: { chosen: boolean; onToggle: () => void };
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
}

export function ArticleRowView({ row, t, choose }: Props) {
  const headline = row.article?.blocks.find((b) => b.role === 'headline')?.text;
  const note = row.article && coverageNote(row.article);
  return (
    <li class="article" data-region={row.regionId} data-status={row.status} data-href={row.article?.href}>
      <div class="article-head">
        {choose ? (
          <label class="article-title">
            <input type="checkbox" class="choose" checked={choose.chosen} onChange={choose.onToggle} /> {headline ?? row.title ?? t('untitled')}
          </label>
        ) : (
          <span class="article-title">{headline ?? row.title ?? t('untitled')}</span>
        )}
        <span class="article-status">{choose && !choose.chosen ? t('skipped') : t(row.status)}</span>
      </div>
      {row.status !== 'done' && !choose && <progress max={1} value={row.progress} />}
      {row.error && <p class="error">{t('error', { message: row.error })}</p>}
      {note && (
        <p class="coverage-warning" role="note">
          {t(note.problem === 'unread' ? 'lowCoverage' : 'unsureCoverage', { percent: note.percent })}
        </p>
      )}
      {row.article?.blocks.map((b) => (
        <label class="block" key={b.id} data-role={b.role}>
          <span class="role">{t(b.role)}</span>
          <textarea
            data-block={b.id}
            rows={Math.min(12, Math.max(1, Math.ceil(b.text.length / 24)))}
            readOnly
            value={b.text}
          />
        </label>
      ))}
    </li>
  );
}
