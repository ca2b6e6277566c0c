import type { ChannelKind, FeeKind, Level } from '../generated/ast.js';
import type { IsoWeekday } from '../calendar/working-calendar.js';
import { groupDigits } from './group-digits.js';
import type { IssueCode } from './issue-codes.js';
import { quoteSource, sourceText, UNRESOLVED_QUOTE } from './quote-source.js';
import type { ConfigProblem } from '../settings/rule-config.js';
import type { ProtectedWhy, RuleLevel } from '../settings/rule-levels.js';

// Every piece of source text a message echoes goes through `q` (quoted) or `s` (unquoted): cut to a
// bounded length, control characters made visible, so that a finding stays one short line.
const q = (name: string | undefined): string => quoteSource(name ?? '?');
// Partly parsed nodes may lack a name: a message never fails on one.
const s = (text: string | undefined): string => sourceText(text ?? '?');
const list = (names: readonly string[], more = 0): string => `${names.map(q).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
// A VND amount as the language writes it: digits grouped with `_` (`10_000_000`).
const vnd = (digits: string): string => groupDigits(digits, '_');
const feeWord = (kind: FeeKind): string => (kind === 'fee' ? 'fee' : 'charge');
const inCase = (c: string | undefined): string => (c === undefined ? '' : ` in case ${q(c)}`);
// `A 4h + B 1wd + … and 3 more`: a path's counted steps, bounded by the checks.
const sum = (a: Arithmetic): string =>
    a.terms.length === 0 ? '0' : `${a.terms.map(t => `${s(t.step)} ${t.time}`).join(' + ')}${a.more > 0 ? ` + … (${a.more} more steps)` : ''}`;
// What a path is checked against: a case's limit, or a channel's statutory time.
const limitName = (a: { channels?: readonly ChannelKind[]; case?: string }): string =>
    a.channels ? `the ${andList(a.channels)} statutory time` : `the statutory time of case ${q(a.case)}`;
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const weekdayName = (day: IsoWeekday): string => weekdayNames[day - 1] ?? '?';
const weekdayKeyword = (day: IsoWeekday): string => (weekdayNames[day - 1] ?? '?').toLowerCase();
const andList = (items: readonly string[]): string =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** What a `missing-attribute` finding is about. */
export type MissingAttributeOwner = 'Procedure' | 'Unit' | 'Step' | 'Member';
/** The attributes `missing-attribute` reports. */
export type MissingAttribute = 'code' | 'sector' | 'channel' | 'result' | 'steps' | 'level' | 'kind' | 'performer' | 'time limit';
/** Why a fee is invalid: its amounts, its discount, its bracket, its first unit. */
export type FeeProblem = 'negative' | 'not-whole' | 'cap-below-amount' | 'first-page' | 'first-unit' | 'discount-over-100' | 'rate-without-over' | 'empty-bracket';
/** What a hand-over may lack. */
export type HandoverPart = 'partner agency' | 'sub-deadline';
/** One counted step of a path in an arithmetic message: its name and its time as the tools format it (`4h`, `0.5wd`). */
export interface TimeTerm {
    readonly step: string;
    readonly time: string;
}
/** The arithmetic of a path: `A 4h + B 1wd + … (3 more)`. */
export interface Arithmetic {
    readonly terms: readonly TimeTerm[];
    /** Counted steps left out of `terms` to keep the message one line. */
    readonly more: number;
}
/** The declaration whose title names a retired body. */
export type TitledOwner = 'unit' | 'position';
/** What kind of retired body a title names. */
export type AbolishedBody = 'township' | 'division' | 'district';

/** What an `empty-title` finding is about, as the English message names it. */
export type TitledThing = 'a document' | 'a result' | 'province' | 'unit' | 'position' | 'form' | 'procedure' | 'step' | (string & {});

/**
 * The English message catalogue: one sentence per code that says what is wrong and what to do,
 * with user names in quotes. A translation is another object of the same type, so checks never
 * change when a language is added.
 */
export const englishMessages = {
    'syntax-error': (a: { detail: string }) => a.detail,
    'unknown-reference': (a: { kind: string; name: string; suggestion?: string }) =>
        a.suggestion
            ? `There is no ${a.kind} named ${q(a.name)}; did you mean ${q(a.suggestion)}?`
            : `There is no ${a.kind} named ${q(a.name)}: declare it, or correct the name.`,
    'file-encoding': (a: { byteOffset: number; utf16?: boolean }) =>
        a.utf16
            ? 'The file is UTF-16 (as Notepad saves "Unicode"): save it as UTF-8.'
            : `The file is not valid UTF-8 (first bad byte at offset ${a.byteOffset}): save it as UTF-8 (files in TCVN3 or VNI must be converted to Unicode first).`,
    'file-empty': (_a: object) => 'The file is empty: add a province catalogue or a procedure, or delete the file.',
    'file-too-large': (a: { size: string; limit: string }) =>
        `The file is ${a.size}, over the ${a.limit} limit, and was not read: split it into one file per procedure.`,

    'district-level': (a: { what: 'unit' | 'step' | 'procedure' | 'partner' | 'authority'; name: string; unit?: string }) => {
        switch (a.what) {
            case 'authority': return `Procedure ${q(a.name)} is implemented by ${q(a.unit)}, a district-level unit; the district level was abolished on 1 July 2025: name the commune or province unit that took over.`;
            case 'unit': return `Unit ${q(a.name)} is at the district level, which was abolished on 1 July 2025: move it to the commune or province level.`;
            case 'procedure': return `Procedure ${q(a.name)} is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'.`;
            case 'partner': return `Step ${q(a.name)} hands over to ${q(a.unit)}, a district-level unit; the district level was abolished on 1 July 2025: hand over to a commune or province unit.`;
            case 'step': return `Step ${q(a.name)} is performed by ${q(a.unit)}, a district-level unit; the district level was abolished on 1 July 2025: assign it to a commune or province unit.`;
        }
    },
    'successor-at-district': (a: { what: 'unit' | 'position'; name: string; successor: string }) =>
        `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} is succeeded by ${q(a.successor)}, which is itself at the district level: name the commune or province body that took over.`,
    'successor-of-local-body': (a: { what: 'unit' | 'position'; name: string; level: Level }) =>
        `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} declares a successor, but it is at the ${a.level} level and does not name a district body: only a former district body has a successor; remove 'succeeded-by'.`,
    'duplicate-successor': (a: { what: 'unit' | 'position'; name: string; key: 'sector' | 'level' | 'rest'; value?: string }) =>
        `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} has two successors for ${a.key === 'sector' ? `the sector ${q(a.value)}` : a.key === 'level' ? `procedures at the ${a.value} level` : "the rest of its work (no 'for')"}: keep one, so that each piece of work has one successor.`,
    'district-unit-title': (a: { name: string; title: string; level: Level }) =>
        `Unit ${q(a.name)} is titled ${q(a.title)}, which names a district-level body, but claims level '${a.level}': retitle it as the commune or province body that took over, or correct its level.`,
    'abolished-body-title': (a: {
        what: TitledOwner; name: string; title: string; body: AbolishedBody; written?: string; commune?: string; ward?: string; place?: 'commune' | 'ward';
    }) => {
        const owner = `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} is titled ${q(a.title)}`;
        switch (a.body) {
            case 'township': return `${owner}, which names a township (thị trấn); townships were merged into communes and wards on 1 July 2025: name the commune (xã) or ward (phường) that took it in.`;
            case 'district': return `${owner}, which names a district-level body; the district level was abolished on 1 July 2025: retitle it after the commune or province body that took over.`;
            case 'division': {
                const by = a.commune === a.ward || a.place === 'commune' ? q(a.commune)
                    : a.place === 'ward' ? q(a.ward) : `${q(a.commune)} in a commune or ${q(a.ward)} in a ward`;
                return `${owner}, which names ${q(a.written)}, a division of the abolished district level; its work is now done by ${by} (Decree 150/2025/NĐ-CP): retitle it.`;
            }
        }
    },
    'merged-department': (a: { what: TitledOwner; name: string; title: string; written: string; into: string; sectorsTo: readonly string[]; onlyWhereSetUp: boolean }) => {
        const owner = `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} is titled ${q(a.title)}, which names ${q(a.written)}`;
        if (a.onlyWhereSetUp) {
            return `${owner}, which became ${q(a.into)} in 2025 in the provinces that set one up (Decree 150/2025/NĐ-CP): retitle it after the department that now holds its work.`;
        }
        if (a.sectorsTo.length > 0) {
            return `${owner}, merged into ${q(a.into)} in 2025, with some sectors moved to ${a.sectorsTo.map(q).join(' and ')} (Decree 150/2025/NĐ-CP lists the departments in force): retitle it after the department that now holds the procedure's sector.`;
        }
        return `${owner}, merged into ${q(a.into)} in 2025 (Decree 150/2025/NĐ-CP lists the departments in force): write ${q(a.into)}.`;
    },
    'ward-variant': (a: { what: TitledOwner; name: string; title: string; written: string; place: 'commune' | 'ward'; write: string }) =>
        `${a.what === 'unit' ? 'Unit' : 'Position'} ${q(a.name)} is titled ${q(a.title)}, but ${q(a.written)} is the division's name in a ${a.place === 'commune' ? 'ward' : 'commune'}; `
        + `in a ${a.place === 'commune' ? 'commune (xã)' : 'ward (phường)'} it is ${q(a.write)} (Decree 150/2025/NĐ-CP): write ${q(a.write)}.`,
    'procedure-level': (a: { name: string; level?: Level }) =>
        a.level
            ? `Procedure ${q(a.name)} is implemented at level '${a.level}', but local procedures are implemented by the province or the commune: set 'level province' or 'level commune'.`
            : `Procedure ${q(a.name)} has no implementing level: add 'level province' or 'level commune'.`,
    'level-mismatch': (a: { step?: string; procedure?: string; performer: string; unitLevel: Level; procedureLevel: Level }) =>
        a.step === undefined
            ? `Procedure ${q(a.procedure)} is implemented at the ${a.procedureLevel} level but names ${q(a.performer)}, a ${a.unitLevel} unit, as its authority: name a ${a.procedureLevel} unit, or correct the level.`
            : `Step ${q(a.step)} of a ${a.procedureLevel} procedure is performed by ${q(a.performer)}, a ${a.unitLevel} unit: assign it to a ${a.procedureLevel} unit, or make it a 'handover' to that unit.`,
    'sector-agency-step': (a: { step: string; performer: string }) =>
        `Step ${q(a.step)} is performed by ${q(a.performer)}, a vertical sector agency that runs its own procedures: make the step a 'handover' to it instead.`,

    'time-over-statutory': (a: Arithmetic & { procedure: string; channels?: readonly ChannelKind[]; case?: string; planned: string; statutory: string; over: string; path: readonly string[] }) =>
        `The longest path of ${a.case ? `case ${q(a.case)}` : q(a.procedure)} counts ${sum(a)} = ${a.planned}, more than ${limitName(a)} of ${a.statutory}: shorten its steps by ${a.over}, or mark what the law does not count 'not-counted'.`,
    'time-under-statutory': (a: { procedure: string; channels?: readonly ChannelKind[]; case?: string; planned: string; statutory: string; under: string }) =>
        `The steps of ${a.case ? `case ${q(a.case)}` : q(a.procedure)} add up to ${a.planned}, ${a.under} less than ${limitName(a)} of ${a.statutory}; the published total is usually the statutory time, so give the margin to a step if it is not deliberate.`,
    'mixed-day-kinds': (a: { value: string }) =>
        `${q(a.value)} counts calendar days in a procedure that also counts working time: say what it is worth in working time, e.g. ${q(`${a.value} as 11wd`)}.`,
    'invalid-duration': (a: { value: string; reason: 'zero' | 'conversion-on-working' | 'conversion-to-calendar' | 'working-day' }) => {
        switch (a.reason) {
            case 'zero': return `The duration ${q(a.value)} is zero: give the step a time of at least 1min, or remove it.`;
            case 'conversion-on-working': return `${q(a.value)} is already working time, so 'as' converts nothing: remove the 'as' part.`;
            case 'conversion-to-calendar': return `${q(a.value)} must convert to working time ('min', 'h' or 'wd'), not to calendar days.`;
            case 'working-day': return `'working-day ${s(a.value)}' must say how many working hours make a day, e.g. 'working-day 8h'.`;
        }
    },
    'day-kind-unstated': (a: { value: string; procedure: string }) =>
        `${q(a.value)} is a bare day ("ngày"), and neither procedure ${q(a.procedure)} nor its province says whether days are working or calendar days: add 'days working' (or 'days calendar') to the province header or the procedure, or write ${q(a.value.replace(/d$/, 'wd'))} or ${q(a.value.replace(/d$/, 'cd'))}; until then days count as working days.`,
    'total-mismatch': (a: Arithmetic & { what: 'procedure' | 'case' | 'part'; owner: string; stated: string; counted: string; uncounted?: string }) =>
        `The ${a.what === 'part' ? 'subtotal' : 'published total'} of ${a.what} ${q(a.owner)} is ${s(a.stated)}, but its counted steps add up to ${sum(a)} = ${a.counted}${a.uncounted ? ` (${a.uncounted} more is not counted)` : ''}: correct the steps' times or the ${a.what === 'part' ? 'subtotal' : 'total'}.`,
    'total-over-statutory': (a: { owner: string; stated: string; statutory: string; channels?: readonly ChannelKind[]; case?: string }) =>
        `The published total of ${q(a.owner)}, ${s(a.stated)}, is more than ${limitName(a)} of ${a.statutory}: the internal procedure cannot take longer than the law allows.`,
    'cut-arithmetic': (a: { reason: 'total' | 'ratio'; stated: string; cut: string; of: string; expected: string }) =>
        a.reason === 'total'
            ? `A cut of ${s(a.cut)} from ${s(a.of)} leaves ${a.expected}, not ${s(a.stated)}: correct the total or the cut.`
            : `A cut of ${s(a.cut)} from ${s(a.of)} is ${a.expected}, not ${s(a.stated)}: correct the ratio.`,
    'cut-below-target': (a: { ratio: string; target: string }) =>
        `The stated cut is ${a.ratio}, below the province's target of ${a.target} ('cut-target' in the catalogue): cut more, or record why this procedure cannot.`,
    'part-over-limit': (a: Arithmetic & { part: string; limit: string; counted: string }) =>
        `Part ${q(a.part)} may take at most ${s(a.limit)}, but its counted steps add up to ${sum(a)} = ${a.counted}: shorten its steps.`,
    'part-without-steps': (a: { part: string }) =>
        `No step joins part ${q(a.part)}: add 'in ${s(a.part)}' to the steps it covers, or remove the part.`,
    'part-time-and-step-time': (a: { step: string; part: string }) =>
        `Step ${q(a.step)} has its own time, but part ${q(a.part)} gives one time to all its steps: remove the step's time, or give the part a 'subtotal' instead of a 'time'.`,
    'case-without-limit': (a: { case: string }) =>
        `Case ${q(a.case)} has no limit to check its path against: give it its statutory 'time' or its published 'total', e.g. 'case ${s(a.case)} "…" { time 30d }'.`,
    'case-unused': (a: { case: string }) =>
        `No step leads into case ${q(a.case)}: add 'when ${s(a.case)} -> Step' to the step where the case branches off, or 'start Step' to the case when it has a table of its own.`,
    'from-step-not-before': (a: { step: string; from: string; candidates: readonly string[] }) =>
        `Step ${q(a.step)} counts its time from the end of ${q(a.from)}, but not every path reaches ${q(a.step)} through ${q(a.from)}: `
        + `name a step that every path passes before it${a.candidates.length > 0 ? ` (${a.candidates.map(q).join(', ')})` : ''}, or write the event as text, 'from "…"'.`,
    'from-step-overrun': (a: { step: string; from: string; time: string; between: string; over: string }) =>
        `Step ${q(a.step)} must end ${s(a.time)} after the end of ${q(a.from)}, but the steps between already take ${a.between}, ${a.over} more: shorten them, or count the step's time from its own start.`,
    'from-step-not-on-step': (a: { from: string }) =>
        `Only a step's own time can count from another step ('from ${s(a.from)}'): write the event as text here, 'from "…"', or move the time to the step it belongs to.`,

    'first-step-reception': (a: { step: string; reason: 'kind' | 'unit' | 'level'; level?: Level }) => {
        switch (a.reason) {
            case 'kind': return `The first step ${q(a.step)} is not a 'reception': every dossier is first received and checked at a one-stop unit, so start with a 'reception' step.`;
            case 'unit': return `The first step ${q(a.step)} is not performed at a one-stop unit: assign the reception to a unit of kind 'one-stop'.`;
            case 'level': return `The first step ${q(a.step)} receives at a one-stop unit of another level than the procedure's: receive at a ${a.level} one-stop unit, or mark the procedure 'boundary-independent'.`;
        }
    },
    'last-step-return': (a: { step: string; reason: 'kind' | 'unit' }) =>
        a.reason === 'kind'
            ? `A path ends at step ${q(a.step)}, which returns nothing to the applicant: continue it with '->' to a 'return' (or 'refusal') step at a one-stop unit, or make this step one.`
            : `A path ends at step ${q(a.step)}, which is not performed at a one-stop unit: results are returned where dossiers are received, so assign it to a unit of kind 'one-stop'.`,
    'missing-approval': (a: { procedure: string; step: string; nonLeaders: readonly string[]; more: number }) =>
        a.nonLeaders.length > 0
            ? `The result of ${q(a.procedure)} can reach ${q(a.step)} without a leader's signature: the approval ${list(a.nonLeaders, a.more)} is not performed by a position marked 'leader' or by 'leaders of' a unit; assign it to one.`
            : `The result of ${q(a.procedure)} can reach ${q(a.step)} without an approval: add an 'approval' step performed by a leader before the result is returned.`,
    'unreachable-step': (a: { step: string; first: string }) =>
        `Step ${q(a.step)} cannot be reached from the first step ${q(a.first)}: add a transition to it, or remove it.`,
    'dead-end-step': (a: { step: string; outcomes: readonly string[] }) =>
        `Step ${q(a.step)} only has the exception branch${a.outcomes.length > 1 ? 'es' : ''} ${a.outcomes.map(o => `'on ${o}'`).join(', ')}, so an approved dossier stops there: add '-> NextStep'.`,
    'cycle-without-exit': (a: { steps: readonly string[]; more: number }) =>
        `Steps ${a.steps.map(q).join(' → ')}${a.more > 0 ? ` → … (${a.more} more steps)` : ''} → ${q(a.steps[0])} form a cycle with no way out: add a transition from one of them to a step outside the cycle.`,
    'no-supplement-path': (a: { step: string }) =>
        `The reception step ${q(a.step)} has no path for an incomplete dossier: add 'on incomplete -> X' to a step that issues a supplement request.`,
    'duplicate-outcome': (a: { step: string; outcome: string; case?: string }) =>
        `Step ${q(a.step)} has two ${a.case !== undefined ? `'when ${s(a.case)}' transitions` : a.outcome === 'default' ? "default transitions ('->')" : `'on ${a.outcome}' transitions`}, so where a dossier goes is ambiguous: keep one.`,

    'code-format': (a: { code: string }) =>
        `The procedure code ${q(a.code)} is not shaped like '1.001193' (a digit, a dot, six digits), optionally followed by an agency code: copy it from the National Database of Administrative Procedures.`,
    'agency-code-format': (a: { code: string }) =>
        `The agency code ${q(a.code)} is not shaped like '000.00.00.H30' (QCVN 102:2016/BTTTT): correct it from the province's list of electronic identification codes.`,
    'admin-code-format': (a: { code: string }) =>
        `The administrative unit code ${q(a.code)} of a province has two digits (Decision 19/2025/QĐ-TTg): correct it.`,
    'duplicate-code': (a: { code: string; count: number }) =>
        `The procedure code ${q(a.code)} is used by ${a.count} procedures in this workspace: each procedure has its own code, so correct or remove the copies.`,
    'duplicate-name': (a: { name: string; count: number }) =>
        `The name ${q(a.name)} is declared ${a.count} times where it must be unique: rename all but one.`,
    'full-online-in-person': (a: { what: 'inspection' | 'original' | 'paper'; name: string }) => {
        switch (a.what) {
            case 'inspection': return `Step ${q(a.name)} is a site inspection, which needs presence, in a procedure offered fully online: set 'online partial', or remove the inspection.`;
            case 'original': return `The document ${q(a.name)} must be an original paper, which cannot be filed online, in a procedure offered fully online: accept a copy, mark it 'electronic' (or 'electronic for online') if an e-form or a digital file counts, or set 'online partial'.`;
            case 'paper': return `The required document ${q(a.name)} is accepted only on paper, which cannot be filed online, in a procedure offered fully online: mark it 'electronic' (or 'electronic for online') if an e-form or a digital file counts, or set 'online partial'.`;
        }
    },
    'fee-invalid': (a: { amount: string; reason: FeeProblem; bound?: string }) => {
        switch (a.reason) {
            case 'negative': return `The fee ${q(a.amount)} is negative: a fee is 0 VND or more (use 'exempt' for an exemption).`;
            case 'not-whole': return `The fee ${q(a.amount)} is not a whole number of VND: write digits only, grouped with '_' if you like (2_000, not 2.000).`;
            case 'cap-below-amount': return `The cap ${q(a.amount)} is below the fee it caps: raise the cap or lower the fee.`;
            case 'first-page': return `A per-page fee cannot start 'from page ${s(a.amount)}': pages are counted from 1.`;
            case 'first-unit': return `A per-unit fee cannot start 'from ${s(a.amount)}': copies, parcels and items are counted from 1.`;
            case 'discount-over-100': return `A discount of ${q(a.amount)} is more than 100%: write the published discount (50% for half the fee).`;
            case 'rate-without-over': return `The rate ${q(a.amount)} has no 'over': say above which amount it applies ('over 1_000_000_000 VND'; 'over 0 VND' for the whole basis).`;
            case 'empty-bracket': return `The bracket goes 'up-to ${s(a.amount)} VND' but starts 'over ${s(a.bound ?? '?')} VND': no basis falls in it; correct its bounds.`;
        }
    },
    'superseded-legal-basis': (a: { number: string; replacement: string; title: string }) =>
        `${q(a.number)} was replaced by ${a.replacement} (${a.title}): cite the text in force.`,
    'handover-incomplete': (a: { step: string; missing: readonly HandoverPart[] }) =>
        `The hand-over at step ${q(a.step)} has no ${a.missing.join(' and no ')}: say ${[
            a.missing.includes('partner agency') ? "whom it goes to ('to Unit')" : undefined,
            a.missing.includes('sub-deadline') ? "by when ('within 2d')" : undefined
        ].filter(part => part !== undefined).join(' and ')}.`,
    'missing-attribute': (a: { what: MissingAttributeOwner; name: string; attribute: MissingAttribute; example: string }) =>
        `${a.what} ${q(a.name)} has no ${a.attribute}: add ${a.example}.`,
    'duplicate-attribute': (a: { attribute: string }) =>
        `'${a.attribute}' is given more than once and only the last one counts: keep one.`,
    'duplicate-channel': (a: { channel: ChannelKind }) =>
        `The ${a.channel} channel is declared twice: merge the two into one 'channel ${a.channel}'.`,
    'empty-title': (a: { what: TitledThing; name?: string }) =>
        `The title of ${a.what}${a.name ? ` ${q(a.name)}` : ''} is empty: write what it is called, in Vietnamese.`,
    'unresolved': (a: { text: string }) =>
        `An import could not map this faithfully: ${quoteSource(a.text, UNRESOLVED_QUOTE)}; decide what it should say, write it, then delete this 'unresolved' line.`,

    // issue 10: signatures, fees as published, the electronic procedure
    'signer-not-authority': (a: { step: string; signer: string; authority: string }) =>
        `Step ${q(a.step)} signs the result, but ${q(a.signer)} is not the leadership of the authority ${q(a.authority)}: assign it to 'leaders of ${s(a.authority)}' or to a leader position of ${q(a.authority)}, or mark the position 'signs-for ${s(a.authority)}' in the catalogue if the province lets it sign.`,
    'appraisal-without-refusal': (a: { step: string }) =>
        `Step ${q(a.step)} appraises the dossier, and an appraisal can find it ineligible, but no step of the procedure has a refusal path: add 'on rejected -> …' to a refusal step.`,
    'fee-overlap': (a: { channel: ChannelKind; kind: FeeKind; case?: string; reason: 'same' | 'bracket'; upTo?: string; over?: string }) =>
        a.reason === 'same'
            ? `The ${a.channel} channel has two ${feeWord(a.kind)}s for the same unit${inCase(a.case)}, so which amount applies is ambiguous: keep one, or tell them apart with 'when "…"' or 'per …'.`
            : `Two brackets of the ${a.channel} ${feeWord(a.kind)}${inCase(a.case)} overlap: one goes ${a.upTo === undefined ? 'on without an upper bound' : `up to ${vnd(a.upTo)} VND`}, the next starts over ${vnd(a.over ?? '0')} VND; start each bracket where the one before ends.`,
    'fee-bracket-gap': (a: { channel: ChannelKind; kind: FeeKind; case?: string; upTo: string; over: string }) =>
        `The brackets of the ${a.channel} ${feeWord(a.kind)}${inCase(a.case)} leave a gap: one goes up to ${vnd(a.upTo)} VND, the next starts over ${vnd(a.over)} VND, so a basis in between has no amount; start the next bracket 'over ${vnd(a.upTo)} VND'.`,
    'fee-bracket-discontinuous': (a: { amount: string; rate: string; upTo: string; over: string; reached: string; next: string }) =>
        `The bracket formula jumps at ${vnd(a.upTo)} VND: ${vnd(a.amount)} VND + ${a.rate} × (${vnd(a.upTo)} − ${vnd(a.over)}) VND = ${vnd(a.reached)} VND, but the next bracket starts at ${vnd(a.next)} VND: check the published amounts and rates.`,
    'fee-unit-mixed': (a: { channel: ChannelKind; kind: FeeKind; case?: string }) =>
        `The ${a.channel} ${feeWord(a.kind)}${inCase(a.case)} is charged both 'per page' and 'per copy': the published text says one ("đồng/trang" or "đồng/bản"); check it and use that unit.`,
    'payment-without-fee': (a: { step: string }) =>
        `Step ${q(a.step)} requests payment, but no channel of the procedure has a fee or charge to pay: add the amount to the channels ('fee 50_000 VND'), or remove 'requests payment'.`,
    'document-channel-undeclared': (a: { name: string; channel: ChannelKind; declared: readonly ChannelKind[] }) =>
        `The document ${q(a.name)} says what it is 'for ${a.channel}', but the procedure declares no 'channel ${a.channel}' (only ${a.declared.map(c => `'${c}'`).join(', ')}): declare that channel, or remove it from the clause.`,
    'calendar-impossible-date': (a: { date: string }) =>
        `${q(a.date)} is not a date that exists: write it as year-month-day ('2026-09-02').`,
    'calendar-date-outside-year': (a: { date: string; year: string }) =>
        `${a.date} is not in the year ${a.year} it is declared under: move it to its own 'year' block, or correct the date.`,
    'calendar-duplicate-date': (a: { date: string }) =>
        `${a.date} is declared twice in the calendar: keep one entry for it.`,
    'calendar-day-off-and-make-up': (a: { date: string }) =>
        `${a.date} is declared both a day off and a make-up working day: keep the one the announcement gives.`,
    'calendar-no-sessions': (a: { province: string }) =>
        `The calendar of ${q(a.province)} declares no working sessions: add the days and hours the province works ('works monday to friday 07:30 to 11:30, 13:30 to 17:00').`,
    'calendar-empty-session': (a: { start: string; end: string }) =>
        `The session ${a.start} to ${a.end} ends before it starts: write the start first ('07:30 to 11:30').`,
    'calendar-weekdays-backwards': (a: { first: IsoWeekday; last: IsoWeekday }) =>
        `'${weekdayKeyword(a.first)} to ${weekdayKeyword(a.last)}' runs backwards and covers no day: write the earlier day first, or one 'works' line per day.`,
    'calendar-overlapping-sessions': (a: { weekday: IsoWeekday; session: string; other: string }) =>
        `On ${weekdayName(a.weekday)} the session ${a.session} overlaps ${a.other}: sessions of one day must not overlap; correct the hours or declare the day once.`,
    'calendar-cut-off-outside-hours': (a: { cutOff: string }) =>
        `The cut-off ${a.cutOff} is outside every working session of the calendar, so it never takes effect: set it within the working hours (e.g. 'cut-off 15:00').`,
    'calendar-holiday-on-day-not-worked': (a: { date: string; name: string; weekday: IsoWeekday }) =>
        `${q(a.name)} on ${a.date} falls on a ${weekdayName(a.weekday)}, which the calendar does not work: it changes no due time; declare the compensatory day off ('day-off') if one was announced.`,
    'calendar-make-up-on-working-day': (a: { date: string; weekday: IsoWeekday }) =>
        `The make-up working day ${a.date} is a ${weekdayName(a.weekday)}, which is worked anyway: check the date in the announcement (make-up days are usually Saturdays).`,
    'calendar-make-up-like-day-not-worked': (a: { date: string; weekday: IsoWeekday }) =>
        `The make-up working day ${a.date} works like ${weekdayName(a.weekday)}, which the calendar does not work, so it would have no working hours: name the weekday whose hours it keeps (usually the day it replaces).`,
    'config-invalid': (a: { problem: ConfigProblem }) =>
        `${configProblem(a.problem)}: ${a.problem.kind === 'syntax' ? 'no setting of the file applies' : 'this entry is ignored'} until it is corrected (docs/review.md describes the settings).`,
    'config-protected-rule': (a: { code: string; level: RuleLevel; why: ProtectedWhy }) =>
        `'${s(a.code)}' cannot be set to '${a.level}': ${protectedReason(a.why)}; remove the setting (a rule like this may only be made stricter).`,
    'suppression-without-reason': (a: { codes: readonly string[]; placeholder: boolean }) =>
        `This suppression of ${a.codes.map(c => `'${s(c)}'`).join(', ')} ${a.placeholder ? 'still has the placeholder reason' : 'gives no reason'}, so it suppresses nothing: say after the colon why the rule does not apply here (e.g. '// tthc-ignore ${s(a.codes[0])}: Decision 123/QĐ-UBND sets this step apart').`,
    'suppression-unknown-code': (a: { code: string | undefined }) =>
        a.code === undefined
            ? `This suppression names no rule: write the code of the finding to suppress and why ('// tthc-ignore <code>: <reason>').`
            : `'${s(a.code)}' is not a rule code, so this suppression suppresses nothing: write the code the finding shows (docs/rules.md lists them).`,
    'suppression-not-allowed': (a: { code: string; why: ProtectedWhy }) =>
        `'${s(a.code)}' cannot be suppressed: ${protectedReason(a.why)}; correct what it reports instead.`,
    'unused-suppression': (a: { code: string }) =>
        `The suppression of '${s(a.code)}' suppresses nothing here: remove it, or put it on the line before the element the finding is on.`
} satisfies Record<IssueCode, (args: never) => string>;

function configProblem(p: ConfigProblem): string {
    switch (p.kind) {
        case 'syntax': return `The rule settings file is not valid JSON (${p.error})`;
        case 'not-object': return `'${s(p.key)}' must be an object ({ … })`;
        case 'not-list': return `'${s(p.key)}' must be a list ([ … ])`;
        case 'no-files': return `'${s(p.key)}' must give 'files', one path pattern or a non-empty list of them`;
        case 'unknown-key': return `'${s(p.key)}' is not a setting (the settings are 'rules' and 'overrides', each override 'files' and 'rules')`;
        case 'unknown-code': return `'${s(p.code)}' is not a rule code (docs/rules.md lists them)`;
        case 'bad-level': return `The level of '${s(p.code)}' must be 'off', 'info', 'warning' or 'error'`;
        case 'bad-pattern': return `A pattern of '${s(p.key)}' must be a path relative to the project folder, with '/', without '..'`;
    }
}

function protectedReason(why: ProtectedWhy): string {
    switch (why) {
        case 'unreadable': return 'a file that cannot be read or linked is not checked at all, and nothing built from it is right';
        case 'reason-required': return 'every suppression must say why it is there, for the reviewers';
        case 'settings': return 'it reports a problem of the rule settings or suppressions themselves';
    }
}

/** A message catalogue: the same functions as the English one, in another language. */
export type MessageCatalogue = typeof englishMessages;

/** The arguments the message of a code takes. */
export type MessageArgs<C extends IssueCode> = Parameters<MessageCatalogue[C]>[0];

/** The message of a code in the given catalogue. */
export function messageFor<C extends IssueCode>(code: C, args: MessageArgs<C>, catalogue: MessageCatalogue = englishMessages): string {
    return (catalogue[code] as (args: MessageArgs<C>) => string)(args);
}
