/** Types of `generate-workspace.mjs` for the tests that import it. */
export interface GeneratedWorkspace {
    readonly dir: string;
    readonly jsonDir: string;
    readonly procedures: number;
    readonly files: number;
    readonly sourceBytes: number;
    readonly jsonBytes: number;
    readonly version: string;
    readonly shape: 'realistic' | 'reference';
}
export declare function generateWorkspace(dir: string, procedureCount: number, shape?: 'realistic' | 'reference'): GeneratedWorkspace;
