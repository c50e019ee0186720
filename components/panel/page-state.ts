/**
 * The panel's page lifecycle as a pure reducer: detect → image permission → OCR (rows with progress) →
 * the document in the editor. No DOM, no browser calls, no clock: the App does those and dispatches what
 * happened, so every step is tested in Node (as lib/editor/state.ts does for the editor).
 */
import type { PageDetection, Region } from '../../lib/detect/types';
import type { Article, EpaperDocument } from '../../lib/model/document';
import type { OcrProgress } from '../../lib/ocr/types';
import { applyArticle, applyFailure, applyProgress, rowsFromDetection, type ArticleRow } from './state';
import type { PanelKey } from './strings';
import type { TabMove } from './tab-follow';

interface PanelMessage {
  key: PanelKey;
  vars?: Record<string, string | number>;
}

/** The document in the editor; `gen` changes with every document opened, so the editor remounts on it. */
interface OpenedDocument {
  doc: EpaperDocument;
  key: string;
  /** Reload the saved session (rejections, undo steps) instead of starting from `doc`. */
  restore: boolean;
  gen: number;
}

export interface PanelState {
  detection: PageDetection | null;
  rows: ArticleRow[];
  running: boolean;
  /** Origin whose image needs a permission grant. */
  needsAccess: string | null;
  message: PanelMessage | null;
  /** No page image: the capture of the visible tab the user drags a rectangle on. */
  captureSrc: string | null;
  opened: OpenedDocument | null;
  /** Documents opened so far (the next `gen`). */
  opens: number;
  /** The tab moved on to another page (or another tab became active): offered to the user, not forced. */
  moved: TabMove | null;
  /** Hotspots the user chose not to read (before Start): every article is read unless unticked. */
  skipped: string[];
}

export type PanelAction =
  | { type: 'noTab' }
  | { type: 'detected'; detection: PageDetection }
  | { type: 'accessNeeded'; origin: string }
  | { type: 'accessAnswered'; origin: string; granted: boolean }
  | { type: 'captured'; src: string }
  | { type: 'regionSelected'; region: Region }
  /** Before Start: tick or untick one article, or all of them. */
  | { type: 'toggleRegion'; regionId: string }
  | { type: 'chooseAll'; all: boolean }
  | { type: 'ocrStarted' }
  | { type: 'progress'; progress: OcrProgress }
  | { type: 'article'; regionId: string; article: Article; seconds?: number }
  | { type: 'regionFailed'; regionId: string; message: string }
  | { type: 'ocrEnded' }
  | { type: 'ocrFailed'; message: string; deniedOrigin?: string }
  /** A document for the editor: the OCR result, pasted text, a saved page. `restoredAt` says it was reopened. */
  | { type: 'opened'; doc: EpaperDocument; key: string; restore: boolean; restoredAt?: string }
  | { type: 'error'; message: string }
  | { type: 'tabMoved'; move: TabMove };

export const initialPanelState: PanelState = {
  detection: null,
  rows: [],
  running: false,
  needsAccess: null,
  message: { key: 'detecting' },
  captureSrc: null,
  opened: null,
  opens: 0,
  skipped: [],
  moved: null,
};

/** The detection narrowed to the chosen articles: what Start reads. A page without hotspots stays whole. */
export function chosenDetection(state: PanelState): PageDetection | null {
  const d = state.detection;
  if (!d || !d.regions.length) return d;
  return { ...d, regions: d.regions.filter((r) => !state.skipped.includes(r.id)) };
}

const errorMessage = (message: string): PanelMessage => ({ key: 'error', vars: { message } });

function detected(state: PanelState, detection: PageDetection): PanelState {
  const message: PanelMessage | null = !detection.image ? { key: 'noImage' } : detection.regions.length ? null : { key: 'noRegions' };
  return { ...state, detection, rows: rowsFromDetection(detection), message, skipped: [], moved: null };
}

/** The user's rectangle on the tab capture becomes the page: its image is the capture, its one region the rectangle. */
function regionSelected(state: PanelState, region: Region): PanelState {
  if (!state.detection || !state.captureSrc) return state;
  const [, , w, h] = region.box;
  const detection = { ...state.detection, image: { url: state.captureSrc, displayWidth: w, displayHeight: h }, regions: [region] };
  return { ...state, detection, rows: rowsFromDetection(detection), skipped: [] };
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'noTab':
      return { ...state, message: { key: 'noTab' } };
    case 'detected':
      return detected(state, action.detection);
    case 'accessNeeded':
      return { ...state, needsAccess: action.origin };
    case 'accessAnswered':
      return { ...state, needsAccess: action.granted ? null : action.origin, message: action.granted ? null : { key: 'refused', vars: { origin: action.origin } } };
    case 'captured':
      return { ...state, captureSrc: action.src, message: null };
    case 'regionSelected':
      return regionSelected(state, action.region);
    case 'toggleRegion':
      if (state.running) return state;
      return { ...state, skipped: state.skipped.includes(action.regionId) ? state.skipped.filter((id) => id !== action.regionId) : [...state.skipped, action.regionId] };
    case 'chooseAll':
      return state.running ? state : { ...state, skipped: action.all ? [] : (state.detection?.regions.map((r) => r.id) ?? []) };
    case 'ocrStarted': {
      // A new run replaces the editor's document and starts the chosen rows afresh ("queued" from now on).
      if (state.running) return state;
      const chosen = chosenDetection(state);
      if (chosen && state.detection?.regions.length && !chosen.regions.length) return state;
      return { ...state, running: true, opened: null, message: null, rows: chosen ? rowsFromDetection(chosen) : [] };
    }
    case 'progress':
      return { ...state, rows: applyProgress(state.rows, action.progress) };
    case 'article':
      return { ...state, rows: applyArticle(state.rows, action.regionId, action.article, action.seconds) };
    case 'regionFailed':
      return { ...state, rows: applyFailure(state.rows, action.regionId, action.message) };
    case 'ocrEnded':
      return { ...state, running: false };
    case 'ocrFailed':
      return { ...state, running: false, message: errorMessage(action.message), needsAccess: action.deniedOrigin ?? state.needsAccess };
    case 'opened': {
      const opened = { doc: action.doc, key: action.key, restore: action.restore, gen: state.opens };
      return { ...state, opened, opens: state.opens + 1, message: action.restoredAt ? { key: 'restored', vars: { time: action.restoredAt } } : null };
    }
    case 'error':
      return { ...state, message: errorMessage(action.message) };
    case 'tabMoved':
      return { ...state, moved: action.move };
  }
}
