/** Types of `snippet-descriptions.mjs` for the tests that import it. */
export declare const VIETNAMESE_SNIPPET_DESCRIPTIONS: Readonly<Record<string, string>>;
export declare function bilingualSnippetDescription(snippet: { keyword: string; description: string }): string;
