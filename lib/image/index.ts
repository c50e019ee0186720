export { GRAY_DECODE_PIXELS, grayRaster, invertRaster, MAX_IMAGE_BYTES, putGrayStrip, rgbaRaster, toGray, tooManyPixels, type Raster } from './raster';
export { clampBox, cropToPolygon, insidePolygon } from './crop';
export { resizeRaster, scaleRaster } from './scale';
export { decodeGrayPng, encodePng } from './png';
export { prepareRegion } from './prepare';
export { BrokenBodyError, readCappedBytes } from './capped-body';
