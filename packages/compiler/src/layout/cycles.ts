/**
 * Which edges are loops back. An edge is drawn backwards only when it closes a cycle and points
 * against the model order (a rework loop returning to an earlier step); an edge against the model
 * order that closes no cycle (a step declared late that leads to an earlier declared one) still
 * points forward. Strongly connected components (Tarjan's algorithm, with an explicit stack instead
 * of recursion, so any length of procedure is fine) tell the two apart in linear time.
 */

/**
 * For a graph of `count` nodes (numbered in model order) and its edges as index pairs: the forward
 * edges (a DAG) as predecessor lists, and the nodes in a topological order of that DAG.
 */
export function forwardEdges(count: number, edges: ReadonlyArray<readonly [number, number]>): { predecessors: number[][]; order: number[] } {
    const successors: number[][] = Array.from({ length: count }, () => []);
    for (const [s, t] of edges) successors[s].push(t);
    const component = components(count, successors);
    const predecessors: number[][] = Array.from({ length: count }, () => []);
    for (const [s, t] of edges) {
        // Within a component every edge lies on a cycle: those along the model order stay, the others
        // are the loops back. Between components no edge closes a cycle.
        if (component[s] !== component[t] || t > s) predecessors[t].push(s);
    }
    // Tarjan numbers components in reverse topological order; within one, the model order is topological.
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => component[b] - component[a] || a - b);
    return { predecessors, order };
}

// The strongly connected component of each node, numbered as Tarjan's algorithm completes them.
function components(count: number, successors: readonly number[][]): number[] {
    const index = new Array<number>(count).fill(-1);
    const low = new Array<number>(count).fill(0);
    const component = new Array<number>(count).fill(-1);
    const stack: number[] = [];
    let nextIndex = 0;
    let nextComponent = 0;
    for (let root = 0; root < count; root++) {
        if (index[root] >= 0) continue;
        // Frames of the depth-first walk: a node and how many of its successors were visited.
        const frames: Array<[number, number]> = [[root, 0]];
        index[root] = low[root] = nextIndex++;
        stack.push(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            const [v, k] = frame;
            if (k < successors[v].length) {
                frame[1]++;
                const w = successors[v][k];
                if (index[w] < 0) {
                    index[w] = low[w] = nextIndex++;
                    stack.push(w);
                    frames.push([w, 0]);
                } else if (component[w] < 0) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            frames.pop();
            if (frames.length > 0) {
                const parent = frames[frames.length - 1][0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] === index[v]) {
                let w: number;
                do {
                    w = stack.pop() as number;
                    component[w] = nextComponent;
                } while (w !== v);
                nextComponent++;
            }
        }
    }
    return component;
}
