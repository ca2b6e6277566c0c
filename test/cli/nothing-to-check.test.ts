import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../language/check-helper.js';
import { tempWorkspace, tthc } from './run-cli.js';

const advice = "name the folder of a province, which holds its catalogue ('province Name \"Title\" { … }') and its procedures (docs/language.md).";

describe('a folder that declares nothing: check and build agree, and say what to do', () => {
    const commentsOnly = () => tempWorkspace({ 'notes/readme.tthc': '// Quy trình nội bộ sẽ viết ở đây.\n/* chưa có */\n' });

    test('tthc check: the report, then one line naming the folder; exit 2', () => {
        const run = tthc(['check', 'notes'], commentsOnly());
        expect(run.stdout).toBe('No problems in 1 file.\n');
        expect(run.stderr).toBe(`tthc: nothing to check in 'notes': its .tthc file declares no province catalogue and no procedure; ${advice}\n`);
        expect(run.status).toBe(2);
    });

    test('tthc check --format json: still one JSON document on standard output; exit 2', () => {
        const run = tthc(['check', '--format', 'json', 'notes'], commentsOnly());
        expect(JSON.parse(run.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0, suppressed: 0 });
        expect(run.stderr).toMatch(/^tthc: nothing to check in 'notes'/);
        expect(run.status).toBe(2);
    });

    test('tthc build: the same sentence, nothing written; exit 2', () => {
        const dir = commentsOnly();
        const run = tthc(['build', 'notes', '--out', 'out'], dir);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`tthc: nothing to build in 'notes': its .tthc file declares no province catalogue and no procedure; ${advice}\n`);
        expect(run.status).toBe(2);
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    test('no .tthc file at all, and only empty files: the same for both commands', () => {
        const none = tempWorkspace({ 'README.md': '# notes\n' });
        for (const command of ['check', 'build']) {
            const run = tthc([command], none);
            expect(run.stderr).toBe(`tthc: nothing to ${command} in the current folder: no .tthc files found; ${advice}\n`);
            expect(run.status).toBe(2);
        }
        const empty = tempWorkspace({ 'a.tthc': '\n', 'b.tthc': '  \n' });
        const check = tthc(['check'], empty);
        expect(check.stdout).toContain('a.tthc:1:1 warning file-empty');
        expect(check.stderr).toBe(`tthc: nothing to check in the current folder: its 2 .tthc files declare no province catalogue and no procedure; ${advice}\n`);
        expect(check.status).toBe(2);
        expect(tthc(['build'], empty).status).toBe(2);
    });

    test('errors come first: a folder whose only file is broken exits 1', () => {
        const run = tthc(['check'], tempWorkspace({ 'a.tthc': 'provnce X "y" {}\n' }));
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
    });

    test('a comment-only file beside a catalogue is fine', () => {
        const run = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'notes.tthc': '// later\n' }));
        expect(run.stdout).toBe('No problems in 2 files.\n');
        expect(run.status).toBe(0);
    });
});
