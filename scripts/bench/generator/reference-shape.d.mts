/** Types of `reference-shape.mjs` for the tests that import it. */
export interface ReferenceCatalogue {
    readonly name: string;
    readonly title: string;
    readonly units: ReadonlyArray<{ name: string; title: string; level: string; kind: string }>;
    readonly forms: ReadonlyArray<{ name: string; title: string }>;
}
export declare function buildReferenceCatalogue(): ReferenceCatalogue;
export declare function renderReferenceCatalogue(catalogue: ReferenceCatalogue): string;
export declare function buildReferenceProcedure(index: number, seed: number): unknown;
export declare function renderReferenceProcedure(p: unknown): string;
