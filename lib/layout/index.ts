export { ocrToDocument, joinLines } from './to-document';
