import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli/run-cli.js';

/**
 * Compares `actual` with the golden file `test/golden/<name>`. A missing golden file is written (review
 * it before committing); `UPDATE_GOLDEN=1` rewrites all of them after a deliberate change.
 */
export function expectGolden(name: string, actual: string): void {
    const path = join(ROOT, 'test/golden', name);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, actual);
    }
    expect(actual, `differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}
