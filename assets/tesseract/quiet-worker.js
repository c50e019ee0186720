// The panel's OCR worker: tesseract.js's own worker, with one kind of line demoted from error to debug.
// chi_sim.traineddata's bundled config names parameters of tesseract's legacy engine, which the LSTM-only
// cores do not have, so every worker start printed "Warning: Parameter not found: …" eight times through
// console.error, where browsers list it among the extension's errors. Nothing else is filtered.
const logError = console.error.bind(console);
console.error = (...args) =>
  typeof args[0] === 'string' && args[0].startsWith('Warning: Parameter not found: ') ? console.debug(...args) : logError(...args);
importScripts('worker.min.js');
