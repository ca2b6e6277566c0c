// Codes documented together under one heading of docs/rules.md (and docs/vi/rules.md, with the same headings).
const SHARED_HEADINGS: Readonly<Record<string, string>> = {
    'file-encoding': 'file-encoding-file-empty-file-too-large',
    'file-empty': 'file-encoding-file-empty-file-too-large',
    'file-too-large': 'file-encoding-file-empty-file-too-large'
};

/**
 * The anchor of a code's section in docs/rules.md (`docs/rules.md#<anchor>`): the code itself, or the heading it
 * shares with others. The editor's rule links and the CLI's SARIF rules both link with it.
 */
export function ruleAnchor(code: string): string {
    return SHARED_HEADINGS[code] ?? code;
}
