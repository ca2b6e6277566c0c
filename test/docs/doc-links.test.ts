// The Vietnamese pages sit one folder down (docs/vi/): their relative links must still reach the files they name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const pages = ['README.md', ...readdirSync(join(ROOT, 'docs/vi')).filter(f => f.endsWith('.md')).map(f => `docs/vi/${f}`)];

describe('relative links of the Vietnamese documentation and the README', () => {
    test.each(pages)('%s links to files that exist', page => {
        const text = readFileSync(join(ROOT, page), 'utf8');
        const targets = [...text.matchAll(/\]\(([^)#:\s]+)(#[^)]*)?\)/g)].map(m => m[1]);
        expect(targets.length).toBeGreaterThan(0);
        expect(targets.filter(target => !existsSync(join(ROOT, dirname(page), target)))).toEqual([]);
    });
});
