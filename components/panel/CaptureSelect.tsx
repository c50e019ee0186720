/** Shows a tab capture and lets the user drag the rectangle to read (used when a page has no page image). */
import { useRef, useState } from 'preact/hooks';
import type { Region } from '../../lib/detect/types';
import { dragToRegion, type DragPoint } from './user-region';

interface Props {
  /** data: URL of the capture (from tabs.captureVisibleTab). */
  src: string;
  hint: string;
  onSelect: (region: Region) => void;
}

export function CaptureSelect({ src, hint, onSelect }: Props) {
  const img = useRef<HTMLImageElement>(null);
  const [start, setStart] = useState<DragPoint | null>(null);
  const [end, setEnd] = useState<DragPoint | null>(null);
  const at = (e: PointerEvent): DragPoint => {
    const r = img.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const finish = (e: PointerEvent) => {
    if (!start || !img.current) return;
    const region = dragToRegion(start, at(e), img.current.clientWidth, { width: img.current.naturalWidth, height: img.current.naturalHeight });
    setStart(null);
    if (region) onSelect(region);
  };
  const box = start && end ? { left: Math.min(start.x, end.x), top: Math.min(start.y, end.y), width: Math.abs(end.x - start.x), height: Math.abs(end.y - start.y) } : null;
  return (
    <div class="capture">
      <p>{hint}</p>
      <div class="capture-frame">
        <img
          ref={img}
          src={src}
          alt=""
          draggable={false}
          onPointerDown={(e) => { setStart(at(e)); setEnd(at(e)); }}
          onPointerMove={(e) => start && setEnd(at(e))}
          onPointerUp={finish}
        />
        {box && <div class="selection" style={{ left: box.left, top: box.top, width: box.width, height: box.height }} />}
      </div>
    </div>
  );
}
