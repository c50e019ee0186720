export { Editor, type EditorProps } from './Editor';
export { useEditorSession, type EditorSessionOptions } from './useEditorSession';
export { PasteDialog, type PasteDialogProps } from './PasteDialog';
export { RecentPages, type RecentPagesProps } from './RecentPages';
export type { PageImage } from './ImagePane';
export { editorTranslator, EDITOR_STRINGS } from './strings';
