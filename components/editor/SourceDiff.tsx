/**
 * Where an article's text came from, and for a block whose text is the publisher's with OCR's reading
 * beside it, the two compared (OCR-only characters struck, the ones OCR missed underlined). Rendered as
 * elements: page and OCR text is never parsed as HTML.
 */
import { useMemo } from 'preact/hooks';
import { diffStats, diffText } from '../../lib/editor/diff';
import type { Article, Block } from '../../lib/model/document';
import { DiffText } from './DiffView';
import type { EditorStringKey, T } from './strings';

export function SourceDiff({ block, t }: { block: Block; t: T }) {
  const ocr = block.alternative?.text ?? '';
  const segments = useMemo(() => diffText(ocr, block.text), [ocr, block.text]);
  const { inserted, deleted } = diffStats(segments);
  return (
    <section class="em-diff em-source-diff" aria-label={t('sourceDiff')}>
      <h3>{t('sourceDiff')}</h3>
      <p class="em-muted">{inserted || deleted ? t('sourceDiffStats', { ins: inserted, del: deleted }) : t('sourceSame')}</p>
      <DiffText segments={segments} />
    </section>
  );
}

const FALLBACK: Record<string, EditorStringKey> = {
  failed: 'publisherFailed',
  empty: 'publisherEmpty',
  'image-only': 'publisherImageOnly',
  garbled: 'publisherGarbled',
  refused: 'publisherRefused',
};

/** One line above the article: the publisher's text was used (and how far OCR was from it), or why not. */
export function TextSourceNote({ article, t }: { article: Article; t: T }) {
  const p = article.publisher;
  if (!p) return null;
  const line =
    p.outcome === 'used'
      ? p.ocrCer !== undefined
        ? t('fromPublisherCer', { cer: (p.ocrCer * 100).toFixed(1) })
        : t('fromPublisher')
      : t(FALLBACK[p.outcome], { detail: p.detail ?? '' });
  return (
    <p class={`em-source-note em-muted${p.outcome === 'used' ? '' : ' em-source-fallback'}`} data-outcome={p.outcome}>
      {line}{' '}
      {/^https?:/.test(p.url) && (
        <a href={p.url} target="_blank" rel="noopener noreferrer">{t('openPublisher')}</a>
      )}
    </p>
  );
}
