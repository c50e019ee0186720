export { escapeMarkdown } from './escape';
export { pageTitle } from './front-matter';
export { articleToMarkdown, pageToMarkdown } from './markdown';
export { fillTemplate, sanitizeSegment, uniqueFileName, capBytes, isReservedName } from './file-names';
export { CITE_FILES, exportFiles, pageFileBase, type CiteFormat, type ExportFile, type ExportPer } from './files';
export { documentJson } from './document-json';
export { unreviewedByArticle, unreviewedOnPage } from './unreviewed';
export { zipFiles } from './zip';
export { exportIssue, IssueExportError } from './issue';
