export { createPaddleEngine, PADDLE_ENGINE_NAME, PADDLE_INFO } from './engine';
export { ctcClasses, ctcDecode } from './ctc';
export { recognizeCrop, type RecModel, type RecSession, type TensorLike } from './recognize';
export type { LoadRecModel } from './worker';
