import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli/run-cli.js';

/** The environment variable that lets a run write golden files: `UPDATE_GOLDENS=1 npx vitest run <tests>`. */
export const UPDATE_GOLDENS = 'UPDATE_GOLDENS';

/** Where the golden files live and whether this run may write them (for the helper's own tests). */
export interface GoldenOptions {
    /** The folder of the golden files; `test/golden` by default. */
    readonly folder?: string;
    /** Whether to (re)write the golden file instead of comparing; `UPDATE_GOLDENS=1` by default. */
    readonly update?: boolean;
}

/**
 * Compares `actual` with the golden file `<folder>/<name>`. A missing golden file fails the test with the
 * command that creates it, and a differing one fails with the diff: only a run with `UPDATE_GOLDENS=1`
 * writes golden files (review them before committing).
 */
export function expectGolden(name: string, actual: string, options: GoldenOptions = {}): void {
    const path = join(options.folder ?? join(ROOT, 'test/golden'), name);
    const shown = relative(ROOT, path);
    if (options.update ?? process.env[UPDATE_GOLDENS] === '1') {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, actual);
        return;
    }
    if (!existsSync(path)) {
        const testFile = expect.getState().testPath;
        const run = `${UPDATE_GOLDENS}=1 npx vitest run ${testFile === undefined ? '<test file>' : relative(ROOT, testFile)}`;
        expect.fail(`The golden file ${shown} is missing: create it with ${run}, then review and commit it.`);
    }
    expect(actual, `differs from ${shown} (${UPDATE_GOLDENS}=1 rewrites it after a deliberate change)`).toBe(readFileSync(path, 'utf8'));
}
