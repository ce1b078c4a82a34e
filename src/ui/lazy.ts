// The page's parts loaded on demand go through the one loader of src/io/lazy.ts (the page start loads its link readers through it too).
export * from '../io/lazy';
