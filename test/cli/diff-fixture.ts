import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** Replaces `from` (which must be there) by `to` in a file. */
export function edit(path: string, from: string | RegExp, to: string): void {
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${path} does not hold ${String(from)}`);
    writeFileSync(path, changed);
}

/**
 * The new version of Lâm Đồng the diff tests compare with the example as it is: birth registration re-timed,
 * re-routed, retitled (with text Markdown and Mermaid must escape), a legal basis dropped; a fee raised;
 * a procedure removed and one added; a position added to the catalogue. In `folder`.
 */
export function writeNewVersion(folder: string): void {
    cpSync(join(ROOT, 'examples/lam-dong'), folder, { recursive: true });
    const birth = join(folder, 'procedures/dang-ky-khai-sinh.tthc');
    edit(birth, '"Đăng ký khai sinh" {', '"Đăng ký khai sinh cho trẻ em" {');
    edit(birth, '"Ký Giấy khai sinh" approval by UBNDXa.ChuTich 2h', '"Ký Giấy khai sinh | <b>ký số</b> [#1]" approval by UBNDXa.ChuTich 1h');
    edit(birth, /-> KyGiayKhaiSinh\n/, '-> KyGiayKhaiSinh\n        on late -> TuChoi\n');
    edit(birth, /\s*legal "04\/2020\/TT-BTP"[^\n]*/, '');
    edit(join(folder, 'procedures/cap-giay-xac-nhan-tinh-trang-hon-nhan.tthc'), 'fee 10_000 VND "Lệ phí cấp Giấy', 'fee 15_000 VND "Lệ phí cấp Giấy');
    rmSync(join(folder, 'procedures/chung-thuc-chu-ky.tthc'));
    const death = readFileSync(join(folder, 'procedures/dang-ky-khai-tu.tthc'), 'utf8');
    writeFileSync(join(folder, 'procedures/dang-ky-khai-tu-lai.tthc'), death
        .replace('procedure DangKyKhaiTu "Đăng ký khai tử"', 'procedure DangKyLaiKhaiTu "Đăng ký lại khai tử"')
        .replace('code 1.000656', 'code 1.004859'));
    edit(join(folder, 'catalogue.tthc'), 'position TruongPhong "Trưởng phòng chuyên môn"', 'position TruongPhong "Trưởng phòng chuyên môn"\n        position PhapChe "Chuyên viên pháp chế"');
}

/** A temporary folder with `old` (the example as it is) and `new` (writeNewVersion). */
export function diffFolders(): { dir: string; old: string; new: string } {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-diff-'));
    cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'old'), { recursive: true });
    writeNewVersion(join(dir, 'new'));
    return { dir, old: join(dir, 'old'), new: join(dir, 'new') };
}
