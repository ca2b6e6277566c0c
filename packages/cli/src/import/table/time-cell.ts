import { foldText } from './fold-text.js';
import { stepTime, type StepTime } from './table-durations.js';

/** What a time cell says: the step's time (or that it is not counted), and a hand-over partner's time. */
export interface TimeCell {
    readonly time?: StepTime;
    /** The text read for the step's time. */
    readonly text: string;
    readonly handover?: { readonly time: StepTime; readonly text: string; readonly notCounted: boolean };
    /** The time a step that is not counted takes, when the cell says it ("(10 ngày)"). */
    readonly uncountedTime?: string;
    /**
     * Why a step is not counted, as the cell says it, when that is a reading of the cell rather than its words:
     * "Giờ hành chính" (the office hours the result is handed over in) is no duration.
     */
    readonly officeHours?: string;
}

/**
 * Reads a time cell: its first line is the step's time ("04 giờ làm việc", "20 giờ làm việc (2,5 ngày làm việc)",
 * "Không tính thời gian", "03 ngày (chung cho Bước 2, Bước 3)"); a line "Cơ quan phối hợp: …" is the hand-over
 * partner's time; a line that only names what the time is shared with or counted from adds nothing to read.
 */
export function readTimeCell(text: string, bareDay: 'd' | 'cd' = 'd'): TimeCell {
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
    let handover: TimeCell['handover'];
    const own: string[] = [];
    for (const line of lines) {
        const partner = /^Cơ quan phối hợp:\s*(.+?)(\s*\(không tính thời gian[^)]*\))?$/iu.exec(line);
        if (partner) {
            handover = { time: stepTime(partner[1], bareDay), text: partner[1], notCounted: partner[2] !== undefined };
        } else {
            own.push(line);
        }
    }
    const first = (own[0] ?? '').replace(/\s*\(chung cho [^)]*\)$/u, '');
    if (/^không tính (vào )?thời gian/iu.test(first)) {
        // "Không tính thời gian" and, on the next line, "(10 ngày)": the time the step takes without counting.
        const during = /^\((.+)\)$/u.exec(own[1] ?? '');
        const time = during ? stepTime(during[1], bareDay) : undefined;
        return { time: { kind: 'not-counted' }, ...(time?.kind === 'duration' ? { uncountedTime: time.text } : {}), text: first, ...(handover ? { handover } : {}) };
    }
    if (!first || /^Tính trong thời gian chung/iu.test(first)) return { text: first, ...(handover ? { handover } : {}) };
    // "Giờ hành chính" where a return step's time goes: the result is handed over during office hours, a time the
    // procedure's total does not count; read as `not-counted "Giờ hành chính"`, as docs/language.md writes it.
    if (/^(trong )?gio hanh chinh$/u.test(foldText(first.replace(/[.;]+$/u, '')))) {
        return { time: { kind: 'not-counted' }, officeHours: first.replace(/[.;]+$/u, ''), text: first, ...(handover ? { handover } : {}) };
    }
    return { time: stepTime(first, bareDay), text: first, ...(handover ? { handover } : {}) };
}
