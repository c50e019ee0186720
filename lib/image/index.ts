export { grayRaster, invertRaster, rgbaRaster, toGray, tooManyPixels, type Raster } from './raster';
export { clampBox, cropToPolygon, insidePolygon } from './crop';
export { scaleRaster } from './scale';
export { decodeGrayPng, encodePng } from './png';
export { prepareRegion } from './prepare';
