import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './cli/run-cli.js';

// Generated code is committed and never edited: regenerate into a temporary copy and compare.
describe('generated files are current', () => {
    test('langium generate reproduces the committed AST, grammar module and TextMate grammar', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tthc-generate-'));
        cpSync(join(ROOT, 'grammars'), join(dir, 'grammars'), { recursive: true });
        const config = JSON.parse(readFileSync(join(ROOT, 'langium-config.json'), 'utf8'));
        writeFileSync(join(dir, 'langium-config.json'), JSON.stringify(config));
        const cli = join(ROOT, 'node_modules/langium-cli/bin/langium.js');
        const run = spawnSync(process.execPath, [cli, 'generate', '--file', join(dir, 'langium-config.json')], { cwd: dir, encoding: 'utf8' });
        expect(run.status, run.stderr + run.stdout).toBe(0);
        const generatedDir = join(dir, config.out);
        for (const file of readdirSync(generatedDir)) {
            expect(readFileSync(join(generatedDir, file), 'utf8'), `${config.out}/${file} is stale: run npm run langium:generate`)
                .toBe(readFileSync(join(ROOT, config.out, file), 'utf8'));
        }
        const textMate = config.languages[0].textMate.out;
        expect(readFileSync(join(dir, textMate), 'utf8'), `${textMate} is stale: run npm run langium:generate`).toBe(readFileSync(join(ROOT, textMate), 'utf8'));
    });
});
