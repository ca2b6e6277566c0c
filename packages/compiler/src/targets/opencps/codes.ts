import { textHash } from '../../text-hash.js';
/**
 * Identifiers of the OpenCPS bundle (step, role, action, part and file-template codes), derived from the
 * names in the source so that a re-import updates the same records instead of creating new ones.
 */

// Long enough for any sensible TTHC name, short enough that an action code made of two step codes and an
// outcome stays far below the schema's `maxLength 255`.
const MAX_CODE_LENGTH = 100;

/**
 * A code made of a TTHC name (`TTPVHCCXa.CongChucTiepNhan` → `TTPVHCCXa_CongChucTiepNhan`): Vietnamese
 * letters lose their diacritics, anything but ASCII letters and digits becomes `_`. Such a code never
 * contains `-`, so the fixed codes of this target (`HOAN-THANH`) and the action codes (`A-B`) cannot
 * collide with it. Long codes are cut with a hash of the whole.
 */
export function codeFromName(name: string): string {
    let code = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    if (code === '') {
        code = `X_${textHash(name)}`;
    }
    if (code.length > MAX_CODE_LENGTH) {
        code = `${code.slice(0, MAX_CODE_LENGTH - 9)}_${textHash(name)}`;
    }
    return code;
}

/**
 * Codes for distinct names, one each. Two names that fold to the same code (`TiếpNhận` and `TiepNhan`)
 * both get a hash of their own name appended, so the result does not depend on their order.
 */
export function uniqueCodes(names: readonly string[]): Map<string, string> {
    const distinct = [...new Set(names)];
    const byCode = new Map<string, string[]>();
    for (const name of distinct) {
        const code = codeFromName(name);
        const sharing = byCode.get(code);
        if (sharing) sharing.push(name);
        else byCode.set(code, [name]);
    }
    const codes = new Map<string, string>();
    for (const [code, sharing] of byCode) {
        for (const name of sharing) {
            codes.set(name, sharing.length === 1 ? code : `${code}_${textHash(name)}`);
        }
    }
    return codes;
}

/** A numbered code, zero-padded to two digits at least: `TP01`, `KQ02`. */
export function numberedCode(prefix: string, index: number): string {
    return `${prefix}${String(index + 1).padStart(2, '0')}`;
}

/** The domain (sector) code OpenCPS files a service under: the sector's name folded, upper case (`HO_TICH`). */
export function domainCode(sector: string): string {
    return codeFromName(sector).toUpperCase();
}

