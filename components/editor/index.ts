export { Editor, storeProblem } from './Editor';
export { useEditorSession } from './useEditorSession';
export { PasteDialog } from './PasteDialog';
export { RecentPages } from './RecentPages';
export type { PageImage } from './ImagePane';
export { editorTranslator } from './strings';
export { pageLabel } from './page-label';
