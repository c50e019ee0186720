/**
 * The typography of Chinese newspaper text, once: character classes, sentence ends, datelines, bylines,
 * page furniture and how pieces join. Layout, import, editor and repair all ask these rules, so a line
 * the layout calls a byline is one the repair passes call a byline too. Imports nothing from other lib folders.
 */
export * from './chars';
export * from './edges';
export * from './sentence';
export { datelineCredit, datelineLength, isDateline } from './dateline';
export { bylineBody, bylineEnd, hasBylineMarker, isByline } from './byline';
export { parseCredits, type Credits } from './credits';
export { startsArticle } from './article-start';
export { isEditorCredit, isFurniture, isJumpLine, isPageNumber, isPaperName, isRunningHead, jumpTarget } from './furniture';
export { joinLines, joinSeparator } from './join';
export { isPhotoCaption } from './caption';
export { isPhotoCredit, photoCreditRange } from './photo-credit';
export { creditGaps } from './credit-spacing';
export { readAcrossColumns } from './column-gutter';
export { splitColumns } from './column-split';
export { isOcrNoise } from './ocr-noise';
