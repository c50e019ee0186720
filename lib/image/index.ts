export { invertRaster, rgbaRaster, toGray, tooManyPixels, type Raster } from './raster';
export { clampBox, cropToPolygon, insidePolygon } from './crop';
export { scaleRaster } from './scale';
export { encodePng } from './png';
export { prepareRegion } from './prepare';
