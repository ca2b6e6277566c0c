/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a text, used where a name is cut or
 * folded (to ASCII, to a length) and must still tell different originals apart. Not for security.
 */
export function textHash(text: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
}
