/** Types of `generate-long-procedure.mjs` for the tests that import it. */
export type LongKind = 'long' | 'chain' | 'reversed-chain' | 'many-exits' | 'repeated' | 'long-title';
export declare function generateLongProcedure(dir: string, kind: LongKind, size: number): { dir: string; file: string; bytes: number };
