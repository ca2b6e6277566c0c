/** Types of `long-procedure.mjs` for the tests that import it. */
export declare function renderLongProcedure(steps: number, options?: { name?: string; code?: string; title?: string }): string;
export declare function renderChain(steps: number, options?: { reversed?: boolean }): string;
export declare function renderManyExits(steps: number): string;
export declare function renderRepeatedSteps(steps: number): string;
export declare function renderLongTitle(titleBytes: number): string;
