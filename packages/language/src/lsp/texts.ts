import type { StatutoryTime } from '../generated/ast.js';
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

    'hover.notStated': '*not stated*',
    'hover.none': '*none*',
    'hover.unit': '**Unit** {name}: {title}',
    'hover.level': 'Level: {level}',
    'hover.kind': 'Kind: {kind}',
    'hover.agencyCode': 'Agency code: {code}',
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
    'hover.procedure': '**Procedure** {name}: {title}',
    'hover.authority': 'Authority: {authority}',
    'hover.plannedMixed': 'Planned time: *unknown* (calendar days are mixed with working time)',
    'hover.plannedMissing': 'Planned time: *unknown* (a main-flow step has no time)',
    'hover.planned': 'Planned time: **{time}** along {path}',
    'hover.channel': '{channel}: statutory {statutory}{verdict}',
    'hover.over': ' — ⚠ **over by {difference}**: planned {planned}',
    'hover.under': ' — under by {difference}: planned {planned}',
    'hover.equal': ' — planned {planned}, on time',

    'lens.planned': 'planned {planned} of {statutory}',
    'lens.noChannel': 'planned {planned} (no channel states a statutory time)',
    'lens.over': '⚠ over by {difference}: {text}',
    'lens.channelsOver': '⚠ {channels} over by {difference}: {text}',
    'lens.channels': '{channels}: {text}',
    'lens.mixed': 'planned time unknown: calendar days are mixed with working time',
    'lens.noSteps': 'no steps yet',
    'lens.missing': 'planned time unknown: a main-flow step has no time',

    'inlay.offMainFlow': 'off main flow',
    'inlay.exceptionPath': 'Step {name} is on an exception path (reached through `on incomplete`, `on rejected` or `on late`): its time does not count towards the planned time of the procedure.',
    'inlay.unreached': 'Step {name} is not reached from the first step: its time does not count towards the planned time of the procedure.',
    'inlay.cumulative': 'Cumulative time at the end of step {name} along the main flow: **{time}** (the longest main-flow path that reaches it; a hand-over adds its `within` time).',
    'inlay.planned': 'Planned time of the procedure: {planned}.',
    'inlay.plannedOf': 'Planned time of the procedure: {planned} of {statutory} ({channel}).',

    'snippet.procedure': 'new procedure',
    'snippet.step': 'new step',
    'snippet.unit': 'new unit',
    'snippet.position': 'new position',
    'snippet.handover': 'inter-connected hand-over',
    'completion.positionOf': '{position} — {unit}',
    'symbol.equivalent': '{value} as {equivalent}',

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
    'fix.unit': '{level} {kind}: {title}'
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
    /** A duration as the tools format it (`1d 4h`, `15cd`): as is in English, in words in Vietnamese (`01 ngày làm việc 4 giờ`). */
    duration(text: string): string;
    /** A channel's statutory time in words: `1 working day`, `15 calendar days (11 working days)`; `01 ngày làm việc`, `15 ngày (11 ngày làm việc)`. */
    statutory(time: StatutoryTime | undefined): string;
}

/** The editor's texts in the current language of a locale (read at each request, so a change needs no restart). */
export function lspTexts(locale: TthcLocale | TthcLanguage | undefined): LspTexts {
    const language: TthcLanguage = typeof locale === 'string' ? locale : locale?.language ?? 'en';
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
    const statutory = (time: StatutoryTime | undefined): string => {
        if (!time) return text('statutory.none');
        if (time.sameDay) return text('statutory.sameDay');
        const written = inWords(time.duration?.value);
        const equivalent = time.duration?.workingEquivalent ? inWords(time.duration.workingEquivalent) : undefined;
        return equivalent ? `${written} (${equivalent})` : written;
    };
    return { language, text, duration, statutory };
}

const unitWords = { min: ['working minute', 'working minutes'], h: ['working hour', 'working hours'], d: ['day', 'days'], wd: ['working day', 'working days'], cd: ['calendar day', 'calendar days'] } as const;

function englishInWords(amount: number, unit: keyof typeof unitWords): string {
    const [one, many] = unitWords[unit];
    return `${amount} ${amount === 1 ? one : many}`;
}
