/**
 * Before OCR: the page image small, with its article hotspots drawn, chosen ones filled. A click on a
 * hotspot ticks or unticks it; the rows' checkboxes below are the keyboard way to do the same.
 */
import type { PageDetection } from '../../lib/detect/types';

export interface PageThumbnailProps {
  detection: PageDetection;
  skipped: string[];
  onToggle: (regionId: string) => void;
}

export function PageThumbnail({ detection, skipped, onToggle }: PageThumbnailProps) {
  const image = detection.image!;
  // Hotspots are in the image's natural pixels; without its size the boxes say how far they reach.
  const width = image.naturalWidth ?? Math.max(image.displayWidth, ...detection.regions.map((r) => r.box[2]));
  const height = image.naturalHeight ?? Math.max(image.displayHeight, ...detection.regions.map((r) => r.box[3]));
  return (
    <svg class="page-thumbnail" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <image href={image.url} width={width} height={height} />
      {detection.regions.map((r) => (
        <polygon
          key={r.id}
          points={r.polygon.map(([x, y]) => `${x},${y}`).join(' ')}
          data-region={r.id}
          data-chosen={skipped.includes(r.id) ? 'false' : 'true'}
          onClick={() => onToggle(r.id)}
        />
      ))}
    </svg>
  );
}
