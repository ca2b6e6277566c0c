import { textHash } from '../text-hash.js';

// Names Windows reserves for devices, whatever the extension.
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 100;

/**
 * A file name made from a code or a name that cannot escape its folder or trouble a file system:
 * Vietnamese letters lose their diacritics (`Đăng ký` → `Dang-ky`), anything but ASCII letters,
 * digits, `.`, `_` and `-` becomes `-` (so no `/`, `\`, `..`, control, bidirectional or emoji
 * characters survive), no leading or trailing dot or dash, Windows device names get a `_`, and long
 * names are cut with a short hash of the whole so that different names stay different.
 */
export function safeFileName(text: string): string {
    let name = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[.-]+|[.-]+$/g, '');
    if (name === '') {
        name = `x-${textHash(text)}`;
    }
    if (reservedNames.test(name)) {
        name = `_${name}`;
    }
    if (name.length > MAX_LENGTH) {
        name = `${name.slice(0, MAX_LENGTH - 9)}-${textHash(text)}`;
    }
    return name;
}

