// A merge resolved in haste left `<<<<<<< HEAD` in a committed README twice: no committed text file may carry a
// merge-conflict marker line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const TEXT = /\.(ts|mts|mjs|js|json|md|tthc|langium|yml|yaml|css|html|txt)$/;
const MARKER = /^(<{7} |={7}$|>{7} )/m;

/** The committed text files whose lines start with a conflict marker (a lone `=======` counts only next to the others). */
function filesWithMarkers(): string[] {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
        .split('\0').filter(file => TEXT.test(file) && file !== 'package-lock.json');
    return files.filter(file => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        return MARKER.test(text) && /^(<{7} |>{7} )/m.test(text);
    });
}

test('no committed text file carries a merge-conflict marker', () => {
    expect(filesWithMarkers()).toEqual([]);
});
