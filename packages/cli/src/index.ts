export { main, createProgram, ExitCode } from './main.js';
export { runCheck, type CheckOptions, type CommandResult } from './commands/check.js';
export { checkWorkspace, type CheckedFile, type CheckedWorkspace, type Finding } from './workspace/load-workspace.js';
export { collectFiles, UsageError } from './workspace/collect-files.js';
export { runBuild, type BuildOptions } from './commands/build.js';
export { writeOutput } from './build/write-output.js';
export { isSafeRelativePath } from './build/output-paths.js';
export { buildTargets } from './build/targets.js';
export type { TargetRegistry } from './build/target-registry.js';
