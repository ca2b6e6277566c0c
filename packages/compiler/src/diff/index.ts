export * from './diff-model.js';
export { diffBuilds } from './diff-builds.js';
