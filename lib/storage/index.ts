export * from './errors';
export * from './sessions';
export * from './autosave';
