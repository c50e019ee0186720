export type { DetectorReply } from './schemas';
export { MessageError, parseDetectorReply } from './parse';
export { E2E_OPEN_PANEL_HASH, tabIdFromSearch, wantsTestPanel } from './panel-url';
