export * from './state';
export * from './keys';
export * from './diff';
export * from './confidence';
export * from './viewport';
export * from './suggestions';
export * from './history';
export { minimalEdit, joinSeparator, unmerge } from './text-ops';
