/**
 * Page raster + regions → OCR jobs, the same in Node and in the extension. With `scale: 'auto'` the
 * resample factor (and any extra tesseract parameters) is lib/layout's choice from the region's measured
 * body text height: small print loses whole lines at 1×, large print gets worse when enlarged.
 */
import type { Region } from '../detect/types';
import { cropToPolygon, prepareRegion, toGray, type Raster } from '../image';
import { choosePreprocessing, estimateTextHeight } from '../layout/preprocess';
import type { OcrJob } from './job';

function autoPreprocessing(image: Raster, region: Region): { scale: number; parameters: Record<string, string> } {
  const crop = toGray(cropToPolygon(image, region.box, region.polygon));
  return choosePreprocessing({ textHeight: estimateTextHeight(crop) });
}

export function buildOcrJobs(image: Raster, regions: Region[], scale: number | 'auto' = 'auto'): OcrJob[] {
  return regions.map((region) => {
    const choice = scale === 'auto' ? autoPreprocessing(image, region) : { scale, parameters: {} };
    const prepared = prepareRegion(image, region, { scale: choice.scale });
    return {
      regionId: region.id,
      png: prepared.png,
      offset: prepared.offset,
      scale: prepared.scale,
      box: prepared.box,
      ...(Object.keys(choice.parameters).length ? { parameters: choice.parameters } : {}),
    };
  });
}
