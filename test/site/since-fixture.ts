import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit } from '../cli/diff-fixture.js';
import { ROOT } from '../cli/run-cli.js';

/** The page of the procedure `writeSinceVersion` re-times, and the step it re-times. */
export const RETIMED = { page: 'procedures/2.000884.html', step: 'Ky' } as const;
/** The page of the procedure `writeSinceVersion` adds. */
export const ADDED_PAGE = 'procedures/1.004859.html';

/**
 * The new version the `--since` tests build, in `folder`: examples/lam-dong with one step re-timed (2.000884,
 * `Ky` from 2h to 1h) and one procedure added (1.004859, a copy of the death registration).
 */
export function writeSinceVersion(folder: string): void {
    cpSync(join(ROOT, 'examples/lam-dong'), folder, { recursive: true });
    edit(join(folder, 'procedures/chung-thuc-chu-ky.tthc'), 'approval by UBNDXa.PhoChuTich 2h', 'approval by UBNDXa.PhoChuTich 1h');
    const death = readFileSync(join(folder, 'procedures/dang-ky-khai-tu.tthc'), 'utf8');
    writeFileSync(join(folder, 'procedures/dang-ky-khai-tu-lai.tthc'), death
        .replace('procedure DangKyKhaiTu "Đăng ký khai tử"', 'procedure DangKyLaiKhaiTu "Đăng ký lại khai tử"')
        .replace('code 1.000656', 'code 1.004859'));
}
