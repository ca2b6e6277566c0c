import { bpmnTarget } from './bpmn/bpmn-target.js';
import { jsonTarget } from './json/json-target.js';
import { opencpsTarget } from './opencps/opencps-target.js';
import { tableTarget } from './table/table-target.js';
import { TargetRegistry } from './target-registry.js';

/** The registry with every target this package ships, in the order `tthc build` runs them. */
export function defaultTargets(): TargetRegistry {
    return new TargetRegistry().register(jsonTarget).register(opencpsTarget).register(bpmnTarget).register(tableTarget);
}
