import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { expectGolden, UPDATE_GOLDENS } from './golden-helper.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'tthc-golden-'));

describe('the golden helper', () => {
    afterEach(() => {
        vi.unstubAllEnvs();
    });

    test(`a missing golden file fails and is not written when ${UPDATE_GOLDENS} is unset`, () => {
        vi.stubEnv(UPDATE_GOLDENS, undefined);
        const dir = folder();
        expect(() => expectGolden('sub/new.txt', 'output\n', { folder: dir })).toThrow(/new\.txt is missing: create it with UPDATE_GOLDENS=1 npx vitest run test\/golden-helper\.test\.ts, then review/);
        expect(existsSync(join(dir, 'sub/new.txt'))).toBe(false);
    });

    test('a differing golden file fails with the diff and stays as it was', () => {
        vi.stubEnv(UPDATE_GOLDENS, '');
        const dir = folder();
        writeFileSync(join(dir, 'old.txt'), 'expected\n');
        // vitest prints the diff from the error's `expected` and `actual`.
        expect(() => expectGolden('old.txt', 'actual\n', { folder: dir })).toThrow(expect.objectContaining({
            message: expect.stringMatching(/^differs from .*old\.txt \(UPDATE_GOLDENS=1 rewrites it/),
            expected: 'expected\n',
            actual: 'actual\n'
        }));
        expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('expected\n');
    });

    test('an equal golden file passes', () => {
        vi.stubEnv(UPDATE_GOLDENS, undefined);
        const dir = folder();
        writeFileSync(join(dir, 'same.txt'), 'same\n');
        expect(() => expectGolden('same.txt', 'same\n', { folder: dir })).not.toThrow();
    });

    test(`${UPDATE_GOLDENS}=1 writes a missing golden file and rewrites a differing one`, () => {
        vi.stubEnv(UPDATE_GOLDENS, '1');
        const dir = folder();
        writeFileSync(join(dir, 'old.txt'), 'expected\n');
        expectGolden('sub/new.txt', 'created\n', { folder: dir });
        expectGolden('old.txt', 'changed\n', { folder: dir });
        expect(readFileSync(join(dir, 'sub/new.txt'), 'utf8')).toBe('created\n');
        expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('changed\n');
    });
});
