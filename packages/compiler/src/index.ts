export * from './model/procedure-model.js';
export { lowerWorkspace } from './lower/lower-workspace.js';
export { lowerProcedure } from './lower/lower-procedure.js';
export { lowerProvince } from './lower/lower-province.js';
export { type OutputFile, type Target, relativeSource } from './targets/target.js';
export { TargetRegistry } from './targets/target-registry.js';
export { safeFileName } from './targets/safe-file-name.js';
