/**
 * A whole number written with its digits grouped by three (`10_000_000` with `_`, `10.000.000` with
 * `.`); a decimal part, if any, is kept after `decimalMark`. Text that is not a number is returned as is.
 */
export function groupDigits(number: string, separator: string, decimalMark = '.'): string {
    const match = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(number);
    if (!match) {
        return number;
    }
    const [, sign, whole, fraction] = match;
    const grouped = whole.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, separator);
    return `${sign}${grouped}${fraction ? `${decimalMark}${fraction}` : ''}`;
}
