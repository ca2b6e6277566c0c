import type { Duration, StatutoryTime, TotalTime } from '../generated/ast.js';
import type { TthcLanguage } from '../i18n/language.js';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import { vietnameseDuration } from '../i18n/vietnamese-duration.js';
import { parseDuration } from '../semantics/durations.js';
import { vietnameseLspTexts } from './texts-vi.js';

/**
 * What the language server says to a designer besides diagnostics (hovers, code lenses, inlay hints,
 * quick-fix titles, completion and symbol details, the extension's requests), in English. Each text is
 * a template whose `{name}` placeholders the caller fills with text it has already made safe (escaped
 * for markdown, quoted); a translation is another object with the same keys (`LspTextCatalogue`), so a
 * key missing from it fails the build.
 */
export const englishLspTexts = {
    // Levels: on their own (a unit's hover) and as a qualifier (`commune level`).
    'level.province': 'province',
    'level.commune': 'commune',
    'level.central': 'central (ministry or vertical sector agency)',
    'level.district': 'district — **abolished on 1 July 2025**',
    'levelOf.province': 'province level',
    'levelOf.commune': 'commune level',
    'levelOf.central': 'central level',
    'levelOf.district': 'district level',
    'levelName.province': 'province',
    'levelName.commune': 'commune',
    'levelName.central': 'central',
    'levelName.district': 'district',
    'channel.in-person': 'in-person',
    'channel.online': 'online',
    'channel.postal': 'postal',
    'statutory.none': 'no time',
    'statutory.sameDay': '1 working day',
    'statutory.sameDayCutOff': '1 working day (received after {time}: the next working day)',
    'statutory.notRegulated': 'not regulated',
    'statutory.from': '{time} from {event}',

    'hover.notStated': '*not stated*',
    'hover.none': '*none*',
    'hover.unit': '**Unit** {name}: {title}',
    'hover.level': 'Level: {level}',
    'hover.kind': 'Kind: {kind}',
    'hover.agencyCode': 'Agency code: {code}',
    'hover.wardTitle': 'In wards and the special zone: {title}',
    'hover.signsFor': 'May sign for: {units}',
    'hover.successor': 'Its work was taken over by {who}',
    'hover.successorSectors': 'Its work in the sectors {sectors} was taken over by {who}',
    'hover.successorLevel': 'Its work for procedures at the {level} was taken over by {who}',
    'hover.successorRest': 'The rest of its work was taken over by {who}',
    'hover.province': '**Province** {name}: {title}',
    'hover.adminCode': 'Administrative code: {code}',
    'hover.cutTarget': 'Target for the cuts procedures state: {ratio}',
    'hover.position': '**Position** {name}: {title}',
    'hover.positionUnit': 'Unit: {unit}',
    'hover.positionUnitLevel': 'Unit: {unit}, {level}',
    'hover.leader': 'Leader: yes (may sign a result)',
    'hover.notLeader': 'Leader: no',
    'hover.form': '**Form** {name}: {title}',
    'hover.code': 'Code: {code}',
    'hover.formInProcedure': 'Declared in procedure {name}',
    'hover.formInCatalogue': 'Declared in the province catalogue',
    'hover.legal': '**Legal basis** {number}',
    'hover.legalTitled': '**Legal basis** {number}: {title}',
    'hover.superseded': '⚠ **Superseded**: {number} was replaced by {replacement} ({title}); cite the text in force.',
    'hover.step': '**Step** {name}: {title}',
    'hover.performedBy': 'Performed by: {performer}',
    'hover.performerUnresolved': '{name} (unresolved)',
    'hover.applicant': 'the applicant (not counted)',
    'hover.leadersOf': 'the leadership of {unit}',
    'hover.positionOfUnit': '{position} of {unit}',
    'hover.timeLimit': 'Time limit: {limit}{handover}{share}',
    'hover.noTimeLimit': '*no time limit*',
    'hover.handoverTime': ", plus the hand-over's {time}",
    'hover.share': '{percent}% of {statutory} ({channels})',
    'hover.offMainFlow': 'Off the main flow (an exception path): its time does not count towards the planned time',
    'hover.unreached': 'Not reached from the first step: its time does not count towards the planned time',
    'hover.cumulativeUnknown': 'Cumulative time at its end: *unknown* (a step up to here has no time, or calendar days are mixed with working time)',
    'hover.cumulative': 'Cumulative time at its end along the main flow: **{time}**{share}',
    'hover.alternatives': 'Or: {performers}',
    'hover.partners': 'With: {performers}',
    'hover.assigned': '{performer}, as assigned',
    'hover.counted': 'Counted: {time} towards the total',
    'hover.notCounted': 'Not counted: {reason}',
    'hover.notCountedTime': 'Not counted ({time}): {reason}',
    'hover.reasonMarked': 'marked `not-counted`',
    'hover.reasonMarkedText': 'marked `not-counted`: “{reason}”',
    'hover.reasonApplicant': "the applicant's own step",
    'hover.reasonBeforeClock': 'before the clock starts (`clock starts after {step}`)',
    'hover.handoverNotCounted': "the hand-over's {time} is not counted",
    'hover.part': 'Part: {part}',
    'hover.partShared': 'Part: {part}, whose {time} is shared by its steps',
    'hover.eProcedure': 'Electronic procedure: {what}',
    'hover.digitises': 'digitises the dossier',
    'hover.signsDigitally': 'signs the result digitally',
    'hover.requestsPayment': 'requests the fee online',
    'hover.caseCumulative': 'Cumulative time at its end in case {case}: **{time}**',
    'hover.procedure': '**Procedure** {name}: {title}',
    'hover.group': 'The procedures of the group, which share these steps: {members}',
    'hover.days': 'A day (`d`) is a {kind}, as {source} says',
    'hover.daysUnstated': 'A day (`d`): *not stated* (counted as a working day until the procedure or the province says)',
    'hover.dayKind.working': 'working day',
    'hover.dayKind.calendar': 'calendar day',
    'hover.source.procedure': 'the procedure',
    'hover.source.province': 'the province',
    'hover.workingDay': 'Working day: {hours}',
    'hover.cutOff': 'Reception cut-off: {time} (received later: forwarded at the start of the next working day)',
    'hover.forwardPaper': 'Paper dossiers forwarded within {time}',
    'hover.clockStartsAfter': 'The clock starts after {step}: the steps up to it are not counted',
    'hover.uncounted': ' (+{time} not counted)',
    'hover.published': 'Published total: {published}{verdict}',
    'hover.publishedEqual': ' — matches the planned {planned}',
    'hover.publishedDiffers': ' — ⚠ **the planned time is {planned}**, {difference} {direction}',
    'hover.more': 'more',
    'hover.less': 'less',
    'hover.caseFlow': 'Case {case}: planned **{time}**{uncounted} along {path}',
    'hover.caseFlowUnknown': 'Case {case}: planned time *unknown* (a step of the case has no time)',
    'hover.caseLimit': 'statutory in this case {statutory}{verdict}',
    'hover.case': '**Case** {name}: {title}',
    'hover.caseTime': 'Statutory time in this case: {time}',
    'hover.caseNoTime': "Statutory time in this case: *not stated* (the channels' times apply)",
    'hover.caseTotal': 'Published total: {time}',
    'hover.caseStart': 'A table of its own, from step {step}',
    'hover.caseClockStartsAfter': 'In case {case}, the clock starts after {step}: the steps up to it are not counted',
    'hover.caseBranches': 'Branches off at {steps}',
    'hover.casePlanned': 'Planned: **{time}**{uncounted} along {path}',
    'hover.partDeclaration': '**Part** {name}: {title}',
    'hover.partLevel': 'Done at the {level}',
    'hover.partSubtotal': 'Published subtotal: {time}',
    'hover.partTime': 'One time for all its steps: {time}',
    'hover.partSteps': 'Steps: {steps}',
    'hover.partCounted': 'Counted on the longest path: {time}',
    'hover.body': '**Body** {name}: {title}',
    'hover.holiday': '**Holiday** {date}: {name}',
    'hover.dayOff': '**Compensatory day off** {date}: {name}',
    'hover.makeUp': '**Make-up working day** {date}: {name}',
    'hover.onWeekday': 'A {weekday}',
    'hover.worksLike': 'Worked with the sessions of {weekday}',
    'hover.replacesNational': 'Replaces the shipped national entry “{name}” ({source})',
    'hover.calendarNone': 'Working calendar: *not declared* (no due date can be computed)',
    'hover.calendarWorks': 'Works: {days}',
    'hover.calendarNationalOn': 'National holidays: those tthc ships (2025–2026 in full, 2027 in part)',
    'hover.calendarNationalOff': 'National holidays: *not used* (`without national-holidays`)',
    'hover.calendarYears': 'Days off known for: {years}',
    'weekday.1': 'Monday',
    'weekday.2': 'Tuesday',
    'weekday.3': 'Wednesday',
    'weekday.4': 'Thursday',
    'weekday.5': 'Friday',
    'weekday.6': 'Saturday',
    'weekday.7': 'Sunday',
    'hover.bodyIn': 'Set up during procedure {procedure}',
    'hover.bodySteps': 'Performs: {steps}',
    'hover.member': '**Member of the group** {name}: {title}',
    'hover.memberOf': 'Follows the internal procedure of {procedure}',
    'hover.memberOwn': '{what} (its own)',
    'hover.memberShared': '{what} (from {procedure})',
    'hover.authority': 'Authority: {authority}',
    'hover.document': '**Dossier component** {title}',
    'hover.documentEvery': 'On every channel: {what}',
    'hover.documentOn': '{channel}: {what}',
    'hover.documentUnstated': '*paper and medium not stated*',
    'paper.original': 'original',
    'paper.copy': 'copy',
    'paper.certified-copy': 'certified copy',
    'medium.electronic': 'electronic (an e-form or a digital file counts)',
    'medium.paper': 'on paper',
    'hover.plannedMixed': 'Planned time: *unknown* (calendar days are mixed with working time)',
    'hover.plannedMissing': 'Planned time: *unknown* (a main-flow step has no time)',
    'hover.planned': 'Planned time: **{time}**{uncounted} along {path}',
    'hover.channel': '{channel}: statutory {statutory}{verdict}',
    'hover.over': ' — ⚠ **over by {difference}**: planned {planned}',
    'hover.under': ' — under by {difference}: planned {planned}',
    'hover.equal': ' — planned {planned}, on time',

    'lens.planned': 'planned {planned}{uncounted} of {statutory}',
    'lens.plannedPublished': 'planned {planned}{uncounted} of {published} published, statutory {statutory}',
    'lens.plannedPublishedOnly': 'planned {planned}{uncounted} of {published} published',
    'lens.noChannel': 'planned {planned}{uncounted} (no channel states a statutory time)',
    'lens.uncounted': ' (+{time} not counted)',
    'lens.mismatch': '⚠ not the published total: {text}',
    'lens.case': 'case {case}: {text}',
    'lens.caseOver': '⚠ case {case} over by {difference}: {text}',
    'lens.caseMismatch': '⚠ case {case}, not the published total: {text}',
    'lens.caseMissing': 'case {case}: planned time unknown: a step has no time',
    'lens.over': '⚠ over by {difference}: {text}',
    'lens.channelsOver': '⚠ {channels} over by {difference}: {text}',
    'lens.channels': '{channels}: {text}',
    'lens.mixed': 'planned time unknown: calendar days are mixed with working time',
    'lens.noSteps': 'no steps yet',
    'lens.missing': 'planned time unknown: a main-flow step has no time',

    'inlay.offMainFlow': 'off main flow',
    'inlay.notCounted': 'not counted',
    'inlay.caseTime': '{time} ({case})',
    'inlay.caseCumulative': 'In case {case}: **{time}**.',
    'inlay.notCountedWhy': 'Its own time is not counted: {reason}.',
    'inlay.exceptionPath': 'Step {name} is on an exception path (reached through `on incomplete`, `on rejected` or `on late`): its time does not count towards the planned time of the procedure.',
    'inlay.unreached': 'Step {name} is not reached from the first step: its time does not count towards the planned time of the procedure.',
    'inlay.cumulative': 'Cumulative time at the end of step {name} along the main flow: **{time}** (the longest main-flow path that reaches it; a hand-over adds its `within` time).',
    'inlay.planned': 'Planned time of the procedure: {planned}.',
    'inlay.plannedOf': 'Planned time of the procedure: {planned} of {statutory} ({channel}).',
    'inlay.fromStep': 'from the end of {step}',
    'inlay.fromStepWhy': 'Its time counts from the end of step {step}: it ends at the end of {step} plus its time, whatever the steps between take.',
    'hover.fromStep': ' from the end of step {step}',

    'due.example': 'Example ({what}): received now ({received}) → due **{due}**{plus} (appointment date {appointment}){over}',
    'due.case': 'case {case}',
    'due.noChannel': 'no channel declared',
    'due.plus': ' + the time of {steps}',
    'due.overLimit': ' — ⚠ after the statutory limit, {limit}',
    'due.moreCases': '… and {count} more cases: the command `TTHC: Show Due Times` computes any of them',
    'due.yearNotCovered': '⚠ The days off of {years} are not all declared: the dates there may be early; declare that year\'s holidays in the catalogue\'s `calendar`',
    'due.noProvince': 'No due date: the province of this procedure is unknown; set its `authority` to a unit of the catalogue',
    'due.noCalendar': 'No due date: province {province} declares no working calendar; declare one in its catalogue, e.g. `calendar { works monday to friday 07:30 to 11:30, 13:30 to 17:00 }` (docs/calendar.md)',
    'due.unknownChannel': 'No due date: the procedure has no channel {channel}; its channels: {channels}',
    'due.unknownCondition': 'No due date: the procedure has no case {case}; its cases: {cases}',
    'due.conditionRequired': 'No due date: the cases split this procedure; choose one of {cases}',
    'due.incomplete': 'No due date: a step of the flow has no time, or the flow has an error (see the Problems panel)',
    'due.incompleteCase': 'No due date in case {case}: a step of the case has no time, or the case has an error (see the Problems panel)',
    'due.noWorkingTime': 'No due date: the working calendar of province {province} has no working day; declare its working sessions, e.g. `works monday to friday 07:30 to 11:30, 13:30 to 17:00` (docs/calendar.md)',
    'due.invalidReceived': 'No due date: {received} is not a date and time; write it as 2026-12-07T09:00',
    'due.documentTitle': 'Due times of {name}: {title}',
    'due.what': 'For: {what}',
    'due.received': 'Received: {time}',
    'due.receptionStart': 'Work starts (after the cut-off and outside working hours, the next working session): {time}',
    'due.clockStarts': 'The statutory time starts: {time}',
    'due.limit': 'The statutory time ends: {time}',
    'due.result': 'The result is due: **{time}**',
    'due.overLimitFact': '⚠ The steps end after the statutory time: shorten them',
    'due.appointment': 'Appointment date on the receipt: **{date}**',
    'due.column.step': 'Step',
    'due.column.start': 'Starts',
    'due.column.due': 'Due',
    'due.column.note': 'Note',
    'due.notCounted': 'not counted against the statutory time',

    'snippet.procedure': 'new procedure',
    'snippet.step': 'new step',
    'snippet.unit': 'new unit',
    'snippet.position': 'new position',
    'snippet.handover': 'inter-connected hand-over',
    'snippet.case': 'a case with its own limit',
    'snippet.part': 'a part with its subtotal',
    'snippet.returnStep': 'return step, not counted',
    'completion.positionOf': '{position} — {unit}',
    'symbol.equivalent': '{value} as {equivalent}',
    'symbol.total': 'total {time}',
    'symbol.subtotal': 'subtotal {time}',

    'request.noProcedure': 'This file declares no procedure: open a procedure file, or put the cursor in a procedure.',
    'request.cannotDraw': '{name} cannot be drawn until this error is fixed: {error}',
    'request.notDrawable': '{name} is not complete enough to draw yet.',
    'request.tableError': '{name} has 1 error (see the Problems panel): the table is published from checked procedures only.',
    'request.tableErrors': '{name} has {count} errors (see the Problems panel): the table is published from checked procedures only.',
    'request.noCatalogue': "No province catalogue was found for {name}: the table names units from the catalogue of the procedure's folder or a folder above it.",
    'request.notPublishable': '{name} is not complete enough to publish yet: check it with the Problems panel.',

    'rename.keyword': '{name} is a keyword and cannot be used as a name: choose another name.',
    'rename.invalid': "{name} is not a valid name: a name starts with a letter or '_' and goes on with letters, digits and '_'.",

    'fix.removeRepeated': 'Remove the repeated {text}',
    'fix.removeKeep': 'Remove {text}, keep {kept}',
    'fix.keepRemove': 'Keep {text}, remove {others}',
    'fix.needlessConversion': 'Remove {text}: {value} is already working time',
    'fix.addSupplementPath': "Add 'on incomplete -> {step}' to '{reception}'",
    'fix.groupThousands': 'Write {grouped} ({amount} reads as a decimal)',
    'fix.fixAll': 'Fix all safe problems',
    'fix.setOnlinePartial': "Set 'online partial'",
    'fix.removeCitation': 'Remove the citation of {number}: {replacement} is already cited',
    'fix.cite': 'Cite {replacement} instead of {number}',
    'fix.moveUnit': 'Move unit {name} to the {level}',
    'fix.addLevel': "Add 'level {level}'",
    'fix.setLevel': "Set 'level {level}'",
    'fix.changeTo': "Change to '{name}'",
    'fix.retitle': 'Retitle as {title}',
    'fix.leadToReturn': "Lead '{step}' to the return step '{target}'",
    'fix.addReturnStep': "Add the return step '{name}' (by {performer}, {time}) and lead '{step}' to it",
    'fix.assign': 'Assign to {name} ({unit})',
    'fix.setAuthority': 'Set the authority to {name} ({unit})',
    'fix.handOver': 'Hand over to {name} ({unit})',
    'fix.unit': '{level} {kind}: {title}',
    'fix.daysWorkingProcedure': "Add 'days working' to the procedure",
    'fix.daysWorkingProvince': "Add 'days working' to the province catalogue",
    'fix.addCaseTime': "Add '{ time {time} }' to case '{case}' (the channels' time: change it to the case's)",
    'fix.suppress': "Suppress '{code}' here (then write the reason)…",
    'fix.suppressReason': 'REASON',
    'fix.removeSuppression': 'Remove the unused suppression',
    'fix.removeStepTime': "Remove '{time}' from step '{step}': part '{part}' gives its time"
} as const;

/** The keys of the editor's texts. */
export type LspTextKey = keyof typeof englishLspTexts;

/** A catalogue of the editor's texts: one template per key. */
export type LspTextCatalogue = Readonly<Record<LspTextKey, string>>;

/** The editor's texts of each language. */
export const lspTextCatalogues: Readonly<Record<TthcLanguage, LspTextCatalogue>> = {
    en: englishLspTexts,
    vi: vietnameseLspTexts
};

/** Whether a level, as written, is one the catalogue names (`level.*`, `levelOf.*`, `levelName.*`). */
export function isLevelWord(level: string): level is 'province' | 'commune' | 'central' | 'district' {
    return level === 'province' || level === 'commune' || level === 'central' || level === 'district';
}

/** The editor's texts in one language: templates filled in, durations and statutory times in words. */
export interface LspTexts {
    readonly language: TthcLanguage;
    /** The text of a key with its `{placeholders}` filled in (a placeholder without a value stays as written). */
    text(key: LspTextKey, values?: Readonly<Record<string, string | number>>): string;
    /** A duration as the tools format it (`1wd 4h`, `15cd`): as is in English, in words in Vietnamese (`01 ngày làm việc 4 giờ`). */
    duration(text: string): string;
    /** A channel's statutory time in words: `1 working day`, `15 calendar days (11 working days)`; `01 ngày làm việc`, `15 ngày (11 ngày làm việc)`. */
    statutory(time: StatutoryTime | undefined): string;
    /** A published total in words: `15 days`, `not regulated`; `15 ngày`, `không quy định`. */
    published(total: TotalTime): string;
}

/** The editor's texts in the current language of a locale (read at each request, so a change needs no restart). */
export function lspTexts(locale: TthcLocale | TthcLanguage | undefined): LspTexts {
    const language: TthcLanguage = typeof locale === 'string' ? locale : locale?.language ?? 'en';
    // The texts of a language never change: made once, since completion asks for them once per item.
    let texts = textsByLanguage.get(language);
    if (!texts) {
        texts = textsOf(language);
        textsByLanguage.set(language, texts);
    }
    return texts;
}

const textsByLanguage = new Map<TthcLanguage, LspTexts>();

function textsOf(language: TthcLanguage): LspTexts {
    const catalogue = lspTextCatalogues[language];
    const duration = (text: string): string => (language === 'vi' ? vietnameseDuration(text) : text);
    const text = (key: LspTextKey, values: Readonly<Record<string, string | number>> = {}): string =>
        // One pass over the template, so a value that holds `{x}` is never filled in again.
        catalogue[key].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
    const inWords = (written: string | undefined): string => {
        const parsed = parseDuration(written);
        if (!parsed) return written ?? '?';
        return language === 'vi' ? vietnameseDuration(written!) : englishInWords(parsed.amount, parsed.unit);
    };
    const durationInWords = (value: Duration | undefined): string => {
        const written = inWords(value?.value);
        const equivalent = value?.workingEquivalent ? inWords(value.workingEquivalent) : undefined;
        const amount = equivalent ? `${written} (${equivalent})` : written;
        return value?.from !== undefined ? text('statutory.from', { time: amount, event: value.from }) : amount;
    };
    const statutory = (time: StatutoryTime | undefined): string => {
        if (!time) return text('statutory.none');
        if (time.sameDay) return time.sameDayCutOff ? text('statutory.sameDayCutOff', { time: time.sameDayCutOff }) : text('statutory.sameDay');
        if (time.notRegulated) return text('statutory.notRegulated');
        return durationInWords(time.duration);
    };
    const published = (total: TotalTime): string => (total.notRegulated ? text('statutory.notRegulated') : durationInWords(total.duration));
    return { language, text, duration, statutory, published };
}

const unitWords = { min: ['working minute', 'working minutes'], h: ['working hour', 'working hours'], d: ['day', 'days'], wd: ['working day', 'working days'], cd: ['calendar day', 'calendar days'] } as const;

function englishInWords(amount: number, unit: keyof typeof unitWords): string {
    const [one, many] = unitWords[unit];
    return `${amount} ${amount === 1 ? one : many}`;
}
