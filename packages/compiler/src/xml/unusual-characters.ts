// C0 and C1 controls (tab and line ends excepted), DEL, any surrogate, U+FFFE and U+FFFF: what the
// targets' text cleaning removes or replaces. Source text almost never has any, so one quick test
// (without the `u` flag, which makes matching much slower) lets the common case skip the cleaning.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/** Whether a text has a character that text cleaning may have to remove or replace. */
export function hasUnusualCharacters(text: string): boolean {
    return UNUSUAL.test(text);
}
