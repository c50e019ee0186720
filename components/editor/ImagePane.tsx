/**
 * The page image cropped to the open article, with the blocks' boxes over it. Zoom with the wheel or
 * the buttons (about the pointer), pan by dragging; a click (not a drag) selects the block under it.
 * The image is scaled with a CSS transform, so the boxes are placed in natural image pixels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import { articleBox, centreIfHidden, fitBox, hitTest, pan, toImage, zoomAt, type View } from '../../lib/editor/viewport';
import type { T } from './strings';

export interface PageImage {
  src: string;
  width: number;
  height: number;
}

export interface ImagePaneProps {
  image: PageImage;
  article: Article;
  selectedBlockId: string | null;
  selectedLine: number | null;
  dispatch: (a: EditorAction) => void;
  t: T;
}

/** Fallback pane size where layout is unknown (first render, tests). */
const DEFAULT_PANE = { width: 360, height: 480 };

export function ImagePane({ image, article, selectedBlockId, selectedLine, dispatch, t }: ImagePaneProps) {
  const pane = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const size = () => (pane.current?.clientWidth ? { width: pane.current.clientWidth, height: pane.current.clientHeight } : DEFAULT_PANE);
  const fit = (): View => {
    const box = articleBox(article) ?? ([0, 0, image.width, image.height] as const);
    return fitBox([...box] as [number, number, number, number], size());
  };
  const [view, setView] = useState<View>(fit);
  useEffect(() => setView(fit()), [article.id, image.src]);
  // A block chosen in the text may be outside the zoomed view: centre it, keeping the zoom.
  useEffect(() => {
    const box = article.blocks.find((b) => b.id === selectedBlockId)?.source?.bbox;
    if (box) setView((v) => centreIfHidden(v, box, size()));
  }, [selectedBlockId]);

  const local = (e: MouseEvent) => {
    const r = pane.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const zoom = (factor: number) => setView((v) => zoomAt(v, factor, { x: size().width / 2, y: size().height / 2 }));
  const selected = article.blocks.find((b) => b.id === selectedBlockId);
  const line = selectedLine !== null ? selected?.source?.lines?.[selectedLine] : undefined;
  return (
    <figure class="em-image-wrap" aria-label={t('image')}>
      <div class="em-row">
        <button type="button" onClick={() => zoom(1.25)} aria-label={t('zoomIn')}>+</button>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t('zoomOut')}>−</button>
        <button type="button" onClick={() => setView(fit())}>{t('fit')}</button>
      </div>
      <div
        ref={pane}
        class="em-image"
        onWheel={(e) => {
          e.preventDefault();
          setView((v) => zoomAt(v, e.deltaY < 0 ? 1.15 : 1 / 1.15, local(e)));
        }}
        onPointerDown={(e) => (drag.current = { x: e.clientX, y: e.clientY, moved: false })}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
          if (d.moved) {
            setView((v) => pan(v, dx, dy));
            drag.current = { x: e.clientX, y: e.clientY, moved: true };
          }
        }}
        onPointerUp={() => setTimeout(() => (drag.current = null))}
        onClick={(e) => {
          if (drag.current?.moved) return;
          const p = toImage(view, local(e));
          const hit = hitTest(article, p.x, p.y);
          if (hit) dispatch({ type: 'select', blockId: hit.blockId, line: hit.line });
        }}
      >
        <div class="em-image-layer" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
          <img src={image.src} width={image.width} height={image.height} alt="" draggable={false} />
          {article.blocks.map((b) => {
            const box = b.source?.bbox;
            if (!box) return null;
            return <div key={b.id} class="em-box" data-selected={b.id === selectedBlockId ? 'true' : undefined} data-block={b.id} style={boxStyle(box)} />;
          })}
          {line && <div class="em-box em-line" style={boxStyle(line.bbox)} />}
        </div>
      </div>
    </figure>
  );
}

function boxStyle(b: [number, number, number, number]) {
  return { left: `${b[0]}px`, top: `${b[1]}px`, width: `${b[2] - b[0]}px`, height: `${b[3] - b[1]}px` };
}
