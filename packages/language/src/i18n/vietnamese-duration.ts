// Vietnamese administrative texts write durations in words: `01 ngày làm việc`, `4 giờ`, `30 phút`,
// and calendar days as the law does, `15 ngày` (working days always say `làm việc`). A bare day (`d`)
// is written as the table wrote it, `ngày`.
const unitWords: Readonly<Record<string, string>> = { cd: 'ngày', d: 'ngày', wd: 'ngày làm việc', h: 'giờ', min: 'phút' };

/**
 * A number as Vietnamese texts write it: decimal comma (`0,5`), and, with `padded`, whole numbers
 * from 1 to 9 with a leading zero (`01`, `05`), as in "05 ngày làm việc".
 */
export function vietnameseNumber(text: string, padded = false): string {
    const number = text.replace('.', ',');
    return padded && /^[1-9]$/.test(number) ? `0${number}` : number;
}

/**
 * A duration as the tools format or designers write it (`1d 4h 30min`, `0.5d`, `15cd`) in
 * Vietnamese words: `01 ngày làm việc 4 giờ 30 phút`, `0,5 ngày làm việc`, `15 ngày`. Days take the
 * leading zero of administrative texts; a part that is not a duration is left as it is, through
 * `other` (the messages make source text safe there).
 */
export function vietnameseDuration(text: string, other: (part: string) => string = part => part): string {
    return text.split(' ').map(part => {
        const match = /^([0-9]+(?:\.[0-9]+|\/[0-9]+)?)(cd|wd|d|h|min)$/.exec(part);
        if (!match) {
            return other(part);
        }
        const days = match[2] === 'd' || match[2] === 'wd' || match[2] === 'cd';
        return `${vietnameseNumber(match[1], days)} ${unitWords[match[2]]}`;
    }).join(' ');
}
