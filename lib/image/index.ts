export { grayRaster, invertRaster, rgbaRaster, toGray, type Raster } from './raster';
export { clampBox, cropToPolygon, grayCropReduced, insidePolygon } from './crop';
export { scaleRaster } from './scale';
export { encodePng } from './png';
export { prepareRegion } from './prepare';
