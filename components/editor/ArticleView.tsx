/**
 * The open article: its image crop and its blocks, with the current suggestion's card beside its mark.
 * At panel width the crop stays in view above the text while the text scrolls (sticky, collapsible);
 * from 900 px the crop sits beside the text.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { coverageNote } from '../../lib/model/coverage';
import type { Article } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import type { EditorState } from '../../lib/editor/state';
import { BlockText, type CardFor } from './BlockText';
import { DiffView } from './DiffView';
import { SourceDiff, TextSourceNote } from './SourceDiff';
import { ImagePane, type PageImage } from './ImagePane';
import type { T } from './strings';

export interface ArticleViewProps {
  article: Article;
  state: EditorState;
  image: PageImage | null;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

export function ArticleView({ article, state, image, dispatch, t, lang }: ArticleViewProps) {
  const { selection, editing, pending } = state;
  const [imageShown, setImageShown] = useState(true);
  const body = article.blocks.filter((b) => !b.setAside);
  const note = coverageNote(article);
  const selected = article.blocks.find((b) => b.id === selection.blockId);
  const forArticle = pending.filter((s) => s.articleId === article.id);
  const current = pending.findIndex((s) => s.id === selection.suggestionId);
  const card: CardFor | null = current >= 0 ? { suggestion: pending[current], index: current + 1, total: pending.length } : null;
  return (
    <section class="em-article" data-image={image && imageShown ? 'shown' : image ? 'hidden' : 'none'}>
      {image && (
        <div class="em-image-sticky">
          <button type="button" class="em-image-toggle" aria-expanded={imageShown} onClick={() => setImageShown(!imageShown)}>
            {t(imageShown ? 'hideImage' : 'showImage')}
          </button>
          {imageShown && <ImagePane image={image} article={article} selectedBlockId={selection.blockId} selectedLine={selection.line} dispatch={dispatch} t={t} />}
        </div>
      )}
      <div class="em-blocks">
        {!image && <p class="em-muted em-no-image">{t('noImage')}</p>}
        {note && (
          <p class="coverage-warning" role="note">
            {t(note.problem === 'unread' ? 'lowCoverage' : 'unsureCoverage', { percent: note.percent })}
          </p>
        )}
        <TextSourceNote article={article} t={t} />
        {article.blocks.map((b) => {
          const i = body.indexOf(b);
          return (
            <BlockText
              key={b.id}
              block={b}
              articleId={article.id}
              nextBlockId={i >= 0 ? (body[i + 1]?.id ?? null) : null}
              articles={state.doc.articles}
              suggestions={forArticle.filter((s) => s.blockIds.includes(b.id))}
              selected={b.id === selection.blockId}
              selectedSuggestionId={selection.suggestionId}
              editing={b.id === editing}
              card={card && card.suggestion.articleId === article.id && card.suggestion.blockIds[0] === b.id ? card : null}
              uncertainStart={selection.uncertain?.blockId === b.id ? selection.uncertain.start : null}
              image={image}
              dispatch={dispatch}
              t={t}
              lang={lang}
            />
          );
        })}
        {selected && <DiffView raw={selected.raw} text={selected.text} t={t} publisher={selected.source?.origin === 'publisher'} />}
        {selected?.alternative && <SourceDiff block={selected} t={t} />}
      </div>
    </section>
  );
}
