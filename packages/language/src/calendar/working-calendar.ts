/**
 * A province's working calendar as plain data: what the declarations of a catalogue (and the shipped national
 * holidays) come down to, and what the due-time computation and the outputs read. Dates and clock times are local
 * to Vietnam (UTC+07:00, no daylight saving), so they are written without a zone.
 */

/** A local date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** A local clock time, `HH:mm` (24-hour). */
export type ClockTime = string;

/** A day of the week, ISO 8601 numbering: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One working session of a day ("07:30–11:30"): `start` before `end`, both within the same day. */
export interface WorkingSession {
    readonly start: ClockTime;
    readonly end: ClockTime;
}

/** Why a date is a day off: a public holiday, or a day off given in compensation (or to bridge a holiday). */
export type DayOffKind = 'holiday' | 'compensatory';

/** A date that is not worked although its weekday is, with its name as announced ("Tết Nguyên đán"). */
export interface DayOff {
    readonly date: LocalDate;
    readonly name: string;
    readonly kind: DayOffKind;
    /** Where the date comes from: the announcement's citation for shipped dates, the file for declared ones. */
    readonly source: string;
}

/** A date worked although its weekday is not ("làm bù"): it has the sessions of `worksLike`'s weekday. */
export interface MakeUpWorkingDay {
    readonly date: LocalDate;
    readonly name: string;
    readonly worksLike: IsoWeekday;
    readonly source: string;
}

/**
 * The calendar one computation uses: the working sessions of each weekday (a weekday with none is not worked),
 * the reception cut-off, the days off and make-up working days, and the years whose days off were declared
 * (a computation reaching a year outside them may come out early, and says so).
 */
export interface WorkingCalendar {
    /** Sessions per ISO weekday, in order and not overlapping; a missing or empty entry is a day not worked. */
    readonly sessions: Readonly<Partial<Record<IsoWeekday, readonly WorkingSession[]>>>;
    /** Dossiers received after this time are taken as received at the start of the next working session. */
    readonly cutOff?: ClockTime;
    /** Days off, sorted by date, at most one per date. */
    readonly daysOff: readonly DayOff[];
    /** Make-up working days, sorted by date, at most one per date. */
    readonly makeUpDays: readonly MakeUpWorkingDay[];
    /** The years whose days off are known (declared or shipped), ascending. */
    readonly yearsCovered: readonly number[];
}
