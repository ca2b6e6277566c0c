export * from './diff-model.js';
export { diffBuilds } from './diff-builds.js';
export { successorText } from './diff-catalogue.js';
export { COUNTED } from './diff-steps.js';
