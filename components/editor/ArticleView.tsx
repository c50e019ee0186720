/** The open article: its image crop beside its blocks, and the raw ↔ current diff of the selected block. */
import type { Lang } from '../../lib/i18n';
import type { Article } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import type { EditorState } from '../../lib/editor/state';
import { BlockText } from './BlockText';
import { DiffView } from './DiffView';
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
  const { selection, editing } = state;
  const body = article.blocks.filter((b) => !b.setAside);
  const selected = article.blocks.find((b) => b.id === selection.blockId);
  const forArticle = state.pending.filter((s) => s.articleId === article.id);
  return (
    <section class="em-article">
      <ImagePane image={image} article={article} selectedBlockId={selection.blockId} selectedLine={selection.line} dispatch={dispatch} t={t} />
      <div class="em-blocks">
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
              dispatch={dispatch}
              t={t}
              lang={lang}
            />
          );
        })}
        {selected && <DiffView raw={selected.raw} text={selected.text} t={t} />}
      </div>
    </section>
  );
}
