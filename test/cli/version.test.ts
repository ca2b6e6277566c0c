import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tthc } from './run-cli.js';

describe('tthc --version', () => {
    test('prints the version of package.json, which no source file repeats', () => {
        const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
        const run = tthc(['--version']);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(`${version}\n`);
        const sources = readdirSync(join(ROOT, 'packages/cli/src'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
        for (const file of sources) {
            expect(readFileSync(join(ROOT, 'packages/cli/src', file), 'utf8'), file).not.toContain(`'${version}'`);
        }
    });
});
