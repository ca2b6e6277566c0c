import { stepGraphOf, timingOf, type Procedure, type Step } from '@tthc/language';

/**
 * For each main-flow step, the time from the start of the procedure to the end of the step along
 * the longest main-flow path that reaches it (a join waits for its slowest branch), in the unit of
 * the procedure's time model. Edges that close a cycle are ignored, as in the critical path.
 */
export function cumulativeTimes(procedure: Procedure): Map<Step, number> {
    const graph = stepGraphOf(procedure);
    const timing = timingOf(procedure);
    const predecessors = new Map<Step, Step[]>();
    for (const step of graph.mainFlow) {
        for (const edge of graph.edges.get(step) ?? []) {
            if (!edge.exception && graph.mainFlow.has(edge.target)) {
                const list = predecessors.get(edge.target) ?? [];
                list.push(step);
                predecessors.set(edge.target, list);
            }
        }
    }
    const result = new Map<Step, number>();
    const visiting = new Set<Step>();
    const timeTo = (step: Step): number | undefined => {
        if (result.has(step)) return result.get(step);
        visiting.add(step);
        let start = 0;
        for (const predecessor of predecessors.get(step) ?? []) {
            if (visiting.has(predecessor)) continue;
            const end = timeTo(predecessor);
            if (end === undefined) return undefined;
            start = Math.max(start, end);
        }
        visiting.delete(step);
        const cost = timing.stepCost(step);
        if (cost === undefined) return undefined;
        result.set(step, start + cost);
        return start + cost;
    };
    for (const step of graph.steps) {
        if (graph.mainFlow.has(step)) timeTo(step);
    }
    return result;
}
