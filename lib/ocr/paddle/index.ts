export { createPaddleEngine, PADDLE_ENGINE_NAME, PADDLE_INFO } from './engine';
export { ctcClasses, ctcDecode } from './ctc';
export { lazyDet } from './detect';
export { recognizeCrop, type LineSource, type OnnxSession, type RecModel, type TensorLike } from './recognize';
export type { LoadRecModel } from './worker';
