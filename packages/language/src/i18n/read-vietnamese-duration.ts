// Reads durations as published Vietnamese internal-procedure tables write them ("0,5 ngày", "04 giờ làm việc",
// "1/4 ngày", "Không tính thời gian", "96 giờ làm việc (12 ngày làm việc kể từ ngày nhận đủ hồ sơ)",
// "Trong thời hạn tối đa là 48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%) kể từ ngày nhận đủ hồ sơ hợp lệ").
// The reader never guesses: a text it does not recognise as a whole gives undefined.

/**
 * What a stated amount counts: hours; working days ("ngày làm việc"); calendar days ("ngày theo lịch",
 * "ngày lịch"); or a bare "ngày", which does not say working or calendar.
 */
export type VietnameseDurationUnit = 'minute' | 'hour' | 'working-day' | 'calendar-day' | 'bare-day';

/** An amount with its unit, as stated ("0,5 ngày" is `{ amount: 0.5, unit: 'bare-day' }`). */
export interface VietnameseAmount {
    readonly amount: number;
    readonly unit: VietnameseDurationUnit;
}

/** A cut stated against the statutory time: "(cắt giảm 12/60 ngày, tỷ lệ 20%)" is `{ cut: 12, of: 60, ratio: 20 }`. */
export interface VietnameseStatedCut {
    readonly cut: number;
    readonly of: number;
    /** The unit written after the pair, when there is one ("01/03 ngày làm việc"). */
    readonly unit?: VietnameseDurationUnit;
    /** The stated ratio in percent ("tỷ lệ 33,33%" is 33.33), when there is one. */
    readonly ratio?: number;
}

/** A stated amount of time, with what the text says around it. */
export interface VietnameseTimeAmount extends VietnameseAmount {
    readonly kind: 'amount';
    /** "Không quá", "tối đa": the amount is a ceiling. */
    readonly atMost: boolean;
    /** The same time in another unit, as the text states it ("(tương đương 21 ngày)", "(12 ngày làm việc …)"). */
    readonly equivalent?: VietnameseAmount;
    /** When the clock starts, as written ("kể từ ngày nhận đủ hồ sơ hợp lệ"). */
    readonly countedFrom?: string;
    readonly cut?: VietnameseStatedCut;
    /** A remark that the time is outside the procedure's time ("(không tính trong quy trình giải quyết hồ sơ)"), as written. */
    readonly notCountedRemark?: string;
}

/** Time that the table says is not counted ("Không tính thời gian"). */
export interface VietnameseTimeNotCounted {
    readonly kind: 'not-counted';
}

/** No limit set ("Không quy định"). */
export interface VietnameseTimeNoLimit {
    readonly kind: 'no-limit';
}

/** "Giờ hành chính": within office hours, no amount stated. */
export interface VietnameseTimeOfficeHours {
    readonly kind: 'office-hours';
}

/** A duration read from a Vietnamese table cell or total line. */
export type VietnameseDuration = VietnameseTimeAmount | VietnameseTimeNotCounted | VietnameseTimeNoLimit | VietnameseTimeOfficeHours;

/** A text as the reader compares it: NFC, no markdown emphasis, one space, lower case, no closing punctuation. */
export function normaliseVietnameseText(text: string): string {
    return text.normalize('NFC').replace(/\*+/g, ' ').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim()
        .replace(/\s*[.;,]+$/u, '').trim().toLowerCase();
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?)`;
// Longest first: "ngày làm việc" before "ngày".
const UNIT = String.raw`(phút làm việc|phút|giờ làm việc|giờ|ngày làm việc|ngày theo lịch|ngày \(theo lịch\)|ngày lịch|ngày)`;

/** A number as the tables write it: "0,5", "0.25", "04", "1/4". Undefined when it is not one. */
export function readVietnameseNumber(text: string): number | undefined {
    const compact = text.replace(/\s+/g, '');
    const fraction = /^(\d+)\/(\d+)$/.exec(compact);
    if (fraction) {
        const denominator = Number(fraction[2]);
        return denominator === 0 ? undefined : Number(fraction[1]) / denominator;
    }
    if (!/^\d+(?:[.,]\d+)?$/.test(compact)) {
        return undefined;
    }
    return Number(compact.replace(',', '.'));
}

function unitOf(word: string): VietnameseDurationUnit {
    if (word.startsWith('phút')) {
        return 'minute';
    }
    if (word.startsWith('giờ')) {
        return 'hour';
    }
    if (word === 'ngày làm việc') {
        return 'working-day';
    }
    return word === 'ngày' ? 'bare-day' : 'calendar-day';
}

function amountOf(numberText: string, unitText: string): VietnameseAmount | undefined {
    const amount = readVietnameseNumber(numberText);
    return amount === undefined ? undefined : { amount, unit: unitOf(unitText) };
}

// Words before the amount: a ceiling ("không quá", "tối đa") or only a frame ("trong thời hạn", "theo quy định
// thời gian giải quyết trong trường hợp này là").
const LEAD = new RegExp(String.raw`^(?:(?:theo quy định )?thời gian giải quyết(?: trong trường hợp này)?(?: là)?:? )?` +
    String.raw`(không quá |trong thời hạn tối đa là |trong thời hạn tối đa |trong thời hạn không quá |trong thời hạn chậm nhất |chậm nhất |tối đa là |tối đa |trong thời hạn |trong vòng )?`);
const AMOUNT = new RegExp(`^${NUMBER} ${UNIT}(?![\\p{L}])`, 'u');
const EQUIVALENT = new RegExp(String.raw`^\((?:tương đương(?: với)? )?${NUMBER} ${UNIT}(?: (kể từ [^)]*))?\)`, 'u');
const PLAIN = String.raw`(\d+(?:[.,]\d+)?)`;
const CUT = new RegExp(String.raw`^\(cắt giảm ${PLAIN}\s*/\s*${PLAIN}(?: ${UNIT})?(?:, tỷ lệ ${PLAIN}\s*%)?\)`, 'u');
const COUNTED_FROM = /^\(?(kể từ (?:ngày|khi) [^()]*?)\)?$/u;
const NOT_COUNTED_REMARK = /^\((không tính [^()]*)\)$/u;
// Words after the amount that say nothing about it.
const TRAILING = /^theo quy định$/u;

/**
 * Reads a duration as a Vietnamese table or total line writes it, or undefined when the text as a whole is not one
 * (never a guess from part of it). Recognises amounts ("0,5 ngày", "04 giờ làm việc", "1/4 ngày", "0.25 ngày làm
 * việc"), ceilings ("Không quá 17 ngày", "Trong thời hạn tối đa là 48 ngày"), equivalents ("168 giờ (tương đương 21
 * ngày)"), stated cuts ("(cắt giảm 12/60 ngày, tỷ lệ 20%)"), the counted-from phrase ("kể từ ngày nhận đủ hồ sơ
 * hợp lệ", kept as written), "Không tính thời gian", "Không quy định" and "Giờ hành chính".
 */
export function readVietnameseDuration(text: string): VietnameseDuration | undefined {
    const t = normaliseVietnameseText(text);
    if (/^không tính (?:vào )?thời gian(?: giải quyết)?(?: (?:hồ sơ|tthc|thủ tục hành chính))?$/u.test(t)) {
        return { kind: 'not-counted' };
    }
    if (t === 'không quy định') {
        return { kind: 'no-limit' };
    }
    if (t === 'giờ hành chính' || t === 'trong giờ hành chính') {
        return { kind: 'office-hours' };
    }
    return readAmount(t);
}

function readAmount(t: string): VietnameseTimeAmount | undefined {
    // "…, trong đó:" announces a list of budgets (read by readVietnameseTotal), not part of this time.
    const own = t.replace(/,?\s*trong đó:?$/u, '').trim();
    const lead = LEAD.exec(own);
    let rest = own.slice(lead?.[0].length ?? 0);
    const atMost = /không quá|tối đa|chậm nhất/u.test(lead?.[1] ?? '');
    const amountMatch = AMOUNT.exec(rest);
    const amount = amountMatch ? amountOf(amountMatch[1], amountMatch[2]) : undefined;
    if (!amountMatch || !amount) {
        return undefined;
    }
    rest = rest.slice(amountMatch[0].length).trim();
    let equivalent: VietnameseAmount | undefined;
    let cut: VietnameseStatedCut | undefined;
    let countedFrom: string | undefined;
    let notCountedRemark: string | undefined;
    // The parts after the amount come in any order, each once.
    for (let guard = 0; rest.length > 0 && guard < 5; guard++) {
        const eq = equivalent ? null : EQUIVALENT.exec(rest);
        const c = cut ? null : CUT.exec(rest);
        if (eq) {
            equivalent = amountOf(eq[1], eq[2]);
            countedFrom ??= eq[3] ? cleanCountedFrom(eq[3]) : undefined;
            rest = rest.slice(eq[0].length).trim();
        } else if (c) {
            cut = cutOf(c);
            rest = rest.slice(c[0].length).trim();
        } else if (!notCountedRemark && NOT_COUNTED_REMARK.test(rest)) {
            notCountedRemark = NOT_COUNTED_REMARK.exec(rest)?.[1];
            rest = '';
        } else if (!countedFrom && /^\(?kể từ /u.test(rest)) {
            const from = splitCountedFrom(rest);
            if (!from) {
                return undefined;
            }
            countedFrom = from.text;
            rest = from.rest;
        } else {
            break;
        }
    }
    rest = rest.replace(/^[,:]\s*/u, '');
    if (rest.length > 0 && !TRAILING.test(rest)) {
        return undefined;
    }
    return {
        kind: 'amount', ...amount, atMost, ...(equivalent ? { equivalent } : {}), ...(countedFrom ? { countedFrom } : {}),
        ...(cut ? { cut } : {}), ...(notCountedRemark ? { notCountedRemark } : {})
    };
}

// "kể từ ngày nhận đủ hồ sơ hợp lệ, trong đó:" → the phrase, then what follows the comma.
function splitCountedFrom(rest: string): { text: string; rest: string } | undefined {
    const whole = COUNTED_FROM.exec(rest);
    if (whole) {
        return { text: cleanCountedFrom(whole[1]), rest: '' };
    }
    const before = /^(kể từ (?:ngày|khi) [^(),]*?)(, | \()(.*)$/u.exec(rest);
    if (!before) {
        return undefined;
    }
    return { text: cleanCountedFrom(before[1]), rest: before[2] === ' (' ? `(${before[3]}` : before[3] };
}

function cleanCountedFrom(text: string): string {
    return text.trim();
}

function cutOf(match: RegExpExecArray): VietnameseStatedCut | undefined {
    const cut = readVietnameseNumber(match[1]);
    const of = readVietnameseNumber(match[2]);
    if (cut === undefined || of === undefined) {
        return undefined;
    }
    const ratio = match[4] === undefined ? undefined : readVietnameseNumber(match[4]);
    return { cut, of, ...(match[3] ? { unit: unitOf(match[3]) } : {}), ...(ratio === undefined ? {} : { ratio }) };
}
