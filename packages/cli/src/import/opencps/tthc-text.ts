import { codeFromName } from '@tthc/compiler';

// The grammar's lower-case keywords: a name equal to one would not parse as a name.
const KEYWORDS = new Set(('after agency apology applicant applicants appraisal approval approved as assigned assignment at authority basis '
    + 'body by calendar case central certificate channel charge clock code commune copy cut days department digitises discount district '
    + 'division document dossier electronic exempt fee for form forward friday from full handover holiday in incomplete inspection issue '
    + 'item kind late leader leaders legal level limit max member ministry monday of office on online optional or original over page '
    + 'paper parcel part partial payment per position postal posting procedure produces province quantity reception refusal rejected '
    + 'requests required requirement result return review saturday sector start starts step subtotal sunday task thursday time to '
    + 'total transfer tuesday unit unresolved via wednesday when with within without working works year').split(' '));

/**
 * A string literal of the language for untrusted text: whitespace runs (line breaks included) as one space,
 * control characters as U+FFFD, `\` and `"` escaped. Never raw text between quotes.
 */
export function str(text: string): string {
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    const clean = text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '\uFFFD')
        .replace(/\s+/gu, ' ').trim();
    return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A name (ID) of the language made of a code read from the bundle: ASCII letters, digits and `_` only (the
 * compiler's `codeFromName`), never starting with a digit, never a keyword.
 */
export function nameOf(code: string): string {
    let name = codeFromName(code);
    if (/^[0-9]/.test(name)) name = `N${name}`;
    if (KEYWORDS.has(name)) name = `${name}_`;
    return name;
}

/** A name made of a title: its words without diacritics, each capitalised (`Đăng ký khai sinh` → `DangKyKhaiSinh`). */
export function nameFromTitle(title: string): string {
    const words = codeFromName(title).split('_').filter(w => w !== '');
    return nameOf(words.map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('') || 'X');
}

/** Folds a title for comparison: NFC, lower case, whitespace runs as one space. */
export function fold(title: string): string {
    return title.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A number of working hours as a duration of the language: whole working days as `d` (the catalogue says `days working`), else hours (`4h`, `0.5h`). */
export function hoursLiteral(hours: number): string {
    const rounded = Math.round(hours * 100) / 100;
    if (rounded > 0 && rounded % 8 === 0) return `${rounded / 8}d`;
    return `${rounded}h`;
}
