import { AstUtils, type AstNode } from 'langium';
import { isProcedure, isProvince, type Procedure, type Province } from '../generated/ast.js';
import { stepPerformer } from './performers.js';
import { unitOf } from './units.js';

/** Working minutes in a working day when nobody says otherwise: 8 working hours. */
export const DEFAULT_MINUTES_PER_DAY = 8 * 60;

/** Where a time rule was stated: in the procedure, in the province's catalogue, or nowhere. */
export type RuleSource = 'procedure' | 'province' | undefined;

/**
 * How a procedure counts time, from its own `days`, `working-day`, `cut-off` and `forward paper
 * within`, or else from its province's.
 */
export interface TimeRules {
    /** What a bare day (`15d`, "15 ngày") means; undefined when neither the procedure nor the province says. */
    readonly dayKind: 'working' | 'calendar' | undefined;
    readonly dayKindFrom: RuleSource;
    /** Working minutes in a working day ("tính mỗi ngày 08 giờ làm việc"). */
    readonly minutesPerDay: number;
    /** The reception cut-off (`15:00`): dossiers received later are forwarded at the start of the next working day. */
    readonly cutOff: string | undefined;
    /** How fast paper dossiers go from reception to the processing unit. */
    readonly forwardPaperWithin: string | undefined;
    /** The province's target for stated cuts, in percent (`cut-target 20%`). */
    readonly cutTarget: number | undefined;
}

/**
 * The province whose catalogue a procedure uses: the one holding its authority, or else the unit of
 * its first step whose performer resolves. Found through references, so it is the catalogue of the
 * procedure's own project.
 */
export function provinceOf(procedure: Procedure): Province | undefined {
    const authority = procedure.authority?.ref;
    if (authority && isProvince(authority.$container)) return authority.$container;
    for (const step of procedure.steps) {
        const unit = unitOf(stepPerformer(step));
        if (unit && isProvince(unit.$container)) return unit.$container;
    }
    return undefined;
}

// `8h` or `480min`: working minutes; anything else (a day, a calendar day) is not a length of a day.
function minutesOfDay(text: string | undefined): number | undefined {
    const match = text === undefined ? null : /^([0-9]+(?:\.[0-9]+)?)(h|min)$/.exec(text);
    if (!match) return undefined;
    const minutes = Number(match[1]) * (match[2] === 'h' ? 60 : 1);
    return minutes > 0 && minutes <= 24 * 60 ? minutes : undefined;
}

/** Whether `working-day` is written as hours or minutes of at most 24 hours (`8h`). */
export function isValidWorkingDay(text: string): boolean {
    return minutesOfDay(text) !== undefined;
}

/** The time rules of a procedure, of a province on its own, or the defaults (nothing stated). */
export function timeRulesOf(owner: Procedure | Province | undefined): TimeRules {
    const procedure = isProcedure(owner) ? owner : undefined;
    const province = procedure ? provinceOf(procedure) : isProvince(owner) ? owner : undefined;
    const dayKind = procedure?.dayKind ?? province?.dayKind;
    return {
        dayKind: dayKind as TimeRules['dayKind'],
        dayKindFrom: procedure?.dayKind ? 'procedure' : province?.dayKind ? 'province' : undefined,
        minutesPerDay: minutesOfDay(procedure?.workingDay) ?? minutesOfDay(province?.workingDay) ?? DEFAULT_MINUTES_PER_DAY,
        cutOff: procedure?.cutOff ?? province?.cutOff,
        forwardPaperWithin: procedure?.forwardPaperWithin ?? province?.forwardPaperWithin,
        cutTarget: province?.cutTarget !== undefined ? Number(province.cutTarget.replace('%', '')) : undefined
    };
}

/** The time rules that apply where a node is written (its procedure's, or its province's). */
export function timeRulesAt(node: AstNode): TimeRules {
    const procedure = AstUtils.getContainerOfType(node, isProcedure);
    if (procedure) return timeRulesOf(procedure);
    return timeRulesOf(AstUtils.getContainerOfType(node, isProvince));
}

/** A key that changes whenever the rules do: cached time models are recomputed then. */
export function rulesKey(rules: TimeRules): string {
    return `${rules.dayKind ?? '-'}|${rules.minutesPerDay}|${rules.cutTarget ?? '-'}`;
}
