export { createPaddleEngine, PADDLE_ENGINE_NAME, PADDLE_INFO, type PaddleEngineOptions } from './engine';
export { ctcClasses, ctcDecode, type DecodedChar } from './ctc';
export { recognizeCrop, type RecModel, type RecSession, type TensorLike } from './recognize';
export type { LoadRecModel } from './worker';
