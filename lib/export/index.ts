export { escapeMarkdown } from './escape';
export { articleFrontMatter, pageFrontMatter, pageTitle, meanConfidence } from './front-matter';
export { articleParts, type ArticleParts } from './parts';
export { articleBody, articleToMarkdown, pageToMarkdown, NO_HEADLINE, type MarkdownOptions } from './markdown';
export { DEFAULT_ARTICLE_TEMPLATE, DEFAULT_PAGE_TEMPLATE, fillTemplate, sanitizeSegment, uniqueFileName, capBytes } from './file-names';
export { exportFiles, pageFileBase, templateVars, type ExportFile, type ExportOptions, type ExportPer } from './files';
export { documentJson } from './document-json';
export { unreviewedByArticle, unreviewedOnPage } from './unreviewed';
export { zipFiles } from './zip';
