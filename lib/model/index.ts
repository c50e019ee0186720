export * from './document';
export * from './coverage';
