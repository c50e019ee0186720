/**
 * The low-confidence word under review (`u` / Shift+U), like a verifier: the image snippet the word was
 * read from, right under it, and a field to correct it. The snippet is the page image as a CSS
 * background, so nothing is decoded or copied.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ConfidenceSpan } from '../../lib/model/confidence';
import type { PageImage } from './ImagePane';
import type { T } from './strings';

/** Snippet height in CSS pixels; the width follows the word's aspect ratio, capped to the column. */
const SNIPPET_HEIGHT = 40;
/** Room around the word, in image pixels, so neighbouring characters give context. */
const PAD = 6;

export interface UncertainCardProps {
  span: ConfidenceSpan;
  image: PageImage | null;
  onFix: () => void;
  t: T;
}

export function UncertainCard({ span, image, onFix, t }: UncertainCardProps) {
  const self = useRef<HTMLSpanElement>(null);
  useEffect(() => self.current?.scrollIntoView?.({ block: 'nearest' }), [span.start, span.text]);
  const [x0, y0, x1, y1] = span.bbox;
  const box = { x: Math.max(0, x0 - PAD), y: Math.max(0, y0 - PAD), w: x1 - x0 + 2 * PAD, h: y1 - y0 + 2 * PAD };
  const scale = SNIPPET_HEIGHT / box.h;
  const stop = (e: Event) => e.stopPropagation();
  return (
    <span ref={self} class="em-card em-uncertain" role="group" aria-label={t('uncertainTitle', { n: Math.round(span.confidence) })} onClick={stop} onDblClick={stop}>
      <strong>{t('uncertainTitle', { n: Math.round(span.confidence) })}</strong>
      {image && (
        <span
          class="em-snippet"
          role="img"
          aria-label={t('image')}
          style={{
            width: `${Math.round(box.w * scale)}px`,
            height: `${SNIPPET_HEIGHT}px`,
            backgroundImage: `url("${image.src.replace(/"/g, '%22')}")`,
            backgroundSize: `${Math.round(image.width * scale)}px auto`,
            backgroundPosition: `${-Math.round(box.x * scale)}px ${-Math.round(box.y * scale)}px`,
          }}
        />
      )}
      <span class="em-muted">{t('uncertainHint')}</span>
      <span class="em-actions">
        <button type="button" onClick={onFix}>{t('fix')}</button>
      </span>
    </span>
  );
}
