/** Types of `with-targets.mjs` for the tests that import it. */
export declare function withTargets<M extends { contributes: { configuration: { properties: Record<string, unknown> } } }>(
    manifest: M,
    nls: Record<string, Record<string, string>>,
    registry: { names(): string[]; defaultNames(): string[] }
): { manifest: M; nls: Record<string, Record<string, string>> };
