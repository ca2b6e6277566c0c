/** Types of `rules-schema.mjs` for the test that imports it. */
export declare function rulesSchemaText(
    issueCodes: readonly string[],
    ruleSeverities: Readonly<Record<string, string>>,
    protectedWhy: (code: never) => string | undefined,
    levels: readonly string[],
    anchorOf: (code: string) => string
): string;
