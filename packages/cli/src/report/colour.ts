// Whether this run colours its text report: chosen once by `main`, before anything is printed, like the language.
let enabled = false;

/**
 * Whether the text report is coloured: never with `--no-color` or a non-empty `NO_COLOR` (no-color.org), always
 * with a non-empty `FORCE_COLOR` other than `0` (the convention of Node and most CLIs), otherwise when standard
 * output is a terminal that is not `TERM=dumb`.
 */
export function colourWanted(options: { noColor: boolean; isTTY: boolean }, env: NodeJS.ProcessEnv): boolean {
    if (options.noColor || (env.NO_COLOR ?? '') !== '') return false;
    const force = env.FORCE_COLOR ?? '';
    if (force !== '') return force !== '0' && force !== 'false';
    return options.isTTY && env.TERM !== 'dumb';
}

/** Sets whether this run colours its text report (`main` does). */
export function setColour(on: boolean): void {
    enabled = on;
}

const SGR = { red: '31', yellow: '33', cyan: '36', dim: '2', bold: '1', underline: '4' } as const;

/** `text` in a colour or style when this run colours its output, else as it is. */
export function paint(style: keyof typeof SGR, text: string): string {
    return enabled ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
}
