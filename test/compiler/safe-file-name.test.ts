import { safeFileName } from '@tthc/compiler';
import { isSafeRelativePath } from '@tthc/cli';
import { describe, expect, test } from 'vitest';

describe('safe file names', () => {
    test.each([
        ['1.001193', '1.001193'],
        ['2.000815.000.00.00.H55', '2.000815.000.00.00.H55'],
        ['Đăng ký khai sinh', 'Dang-ky-khai-sinh'],
        ['../../etc/x', 'etc-x'],
        ['/abs/path', 'abs-path'],
        ['C:\\Windows\\x', 'C-Windows-x'],
        ['CON', '_CON'],
        ['nul.json', '_nul.json'],
        ['a\u202Eexe.txt', 'a-exe.txt'],
        ['thủ tục 🎉 mới', 'thu-tuc-moi'],
        ['...', 'x-0ac31c19'],
        ['', 'x-811c9dc5']
    ])('%j → %j', (input, expected) => {
        expect(safeFileName(input)).toBe(expected);
        expect(isSafeRelativePath(safeFileName(input))).toBe(true);
    });

    test('very long names are cut, and stay distinct', () => {
        const a = safeFileName('Thủ tục '.repeat(40) + 'A');
        const b = safeFileName('Thủ tục '.repeat(40) + 'B');
        expect(a.length).toBeLessThanOrEqual(100);
        expect(a).not.toBe(b);
    });

    test('the output check refuses paths that escape or are absolute', () => {
        for (const path of ['../x', 'a/../../x', '/etc/x', 'a//b', 'a/./b', '', 'a\\b', 'con tents']) {
            expect(isSafeRelativePath(path), path).toBe(false);
        }
        expect(isSafeRelativePath('json/procedures/1.001193.json')).toBe(true);
    });
});
