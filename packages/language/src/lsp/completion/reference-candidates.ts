import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { isBody, isProcedure, isStep, isUnit, type Performer, type Procedure, type Unit } from '../../generated/ast.js';
import { isBeforeOnEveryPath } from '../../semantics/counted-from.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { unitOf } from '../../semantics/units.js';

/** What a reference being completed names, as far as the domain filtering is concerned. */
export type ReferenceSlot = 'performer' | 'co-performer' | 'partner' | 'authority' | 'step' | 'next-step' | 'earlier-step' | 'form' | 'signs-for' | 'successor' | 'other';

/**
 * The slot of a reference: `by …` (who performs), `or …`/`with …` (an alternative or a partner of the
 * step), `handover to …`, `authority …`, `-> …`, `clock starts after …`/`start …`, `from …` (a step's time counted
 * from an earlier step), `on form …`/`produces …`,
 * `signs-for …`, `succeeded-by …`.
 */
export function slotOf(refInfo: ReferenceInfo): ReferenceSlot {
    switch (`${refInfo.container.$type}.${refInfo.property}`) {
        case 'PerformerRef.performer':
        case 'PerformerRef.leadersOf': return refInfo.container.$containerProperty === 'alternatives' || refInfo.container.$containerProperty === 'partners' ? 'co-performer' : 'performer';
        case 'Handover.partner': return 'partner';
        case 'Procedure.authority':
        case 'Member.authority': return 'authority';
        case 'Transition.targets': return 'next-step';
        case 'Procedure.clockStartsAfter':
        case 'Case.clockStartsAfter':
        case 'Case.start': return 'step';
        case 'Duration.fromStep': return 'earlier-step';
        case 'Step.produces':
        case 'DossierComponent.form':
        case 'Result.form': return 'form';
        case 'Position.signsFor':
        case 'Unit.signsFor': return 'signs-for';
        case 'UnitSuccessor.unit':
        case 'PositionSuccessor.position': return 'successor';
        default: return 'other';
    }
}

/**
 * The levels whose units implement a procedure: its own level, or both local levels while the
 * procedure does not say yet. Never `district` (abolished on 1 July 2025) nor `central` (ministries
 * and vertical sector agencies take part only through hand-overs).
 */
export function implementingLevels(procedure: Procedure | undefined): ReadonlySet<string> {
    const level = procedure?.level;
    return new Set(level === 'province' || level === 'commune' ? [level] : ['province', 'commune']);
}

/**
 * Which candidates (units, positions, steps or forms) may be proposed for a reference. The rules
 * follow the two-level checks, so that completion never proposes what a check then reports:
 * - `by`: units and positions of the procedure's level (`level-mismatch`), no vertical sector agency
 *   (`sector-agency-step`: they take part only through hand-overs); a boundary-independent procedure
 *   may also use one-stop units of the other local level, as the check allows; the procedure's bodies
 *   (a council). `leaders of` the same units.
 * - `or …` and `with …` (an alternative performer, a partner taking part): any unit, position or body
 *   that is not at the district level; those checks apply to the one who performs.
 * - `authority`: units of the procedure's level.
 * - `handover to`: any unit that is not at the district level (`district-level`): police, social
 *   insurance, the other local level.
 * - `->`: any step of the procedure but the step itself; `clock starts after`, a case's `start`: any step.
 * - `from` on a step's time: the steps that come before it on every path (`from-step-not-before`).
 * - `signs-for`: any unit that is not at the district level.
 * - `succeeded-by`: any unit (or, on a position, any position) that is not at the district level
 *   (`successor-at-district`).
 * - forms: everything in scope (the procedure's own forms and the catalogue's).
 * The context is looked up once per reference; the returned test runs once per candidate.
 */
export function candidateFilter(refInfo: ReferenceInfo): (candidate: AstNode) => boolean {
    const procedure = AstUtils.getContainerOfType(refInfo.container, isProcedure);
    switch (slotOf(refInfo)) {
        case 'performer': {
            const levels = implementingLevels(procedure);
            const anyOneStop = procedure?.boundaryIndependent === true;
            return candidate => {
                if (isBody(candidate)) return true;
                const unit = unitOf(candidate as Performer);
                return unit !== undefined && performs(unit, levels, anyOneStop);
            };
        }
        case 'co-performer':
            return candidate => isBody(candidate) || unitOf(candidate as Performer)?.level !== 'district';
        case 'authority': {
            const levels = implementingLevels(procedure);
            return candidate => isUnit(candidate) && levels.has(candidate.level ?? '');
        }
        case 'partner':
        case 'signs-for':
            return candidate => isUnit(candidate) && candidate.level !== 'district';
        case 'successor':
            return candidate => unitOf(candidate as Performer)?.level !== 'district';
        case 'next-step': {
            const self = AstUtils.getContainerOfType(refInfo.container, isStep);
            return candidate => candidate !== self;
        }
        case 'earlier-step': {
            // Only a step's own time counts from another step (`from-step-not-on-step`).
            const self = refInfo.container.$containerProperty === 'time' ? refInfo.container.$container : undefined;
            if (!isStep(self) || !procedure) return () => false;
            const graph = stepGraphOf(procedure);
            return candidate => isStep(candidate) && isBeforeOnEveryPath(graph, candidate, self);
        }
        default:
            return () => true;
    }
}

function performs(unit: Unit, levels: ReadonlySet<string>, anyOneStop: boolean): boolean {
    if (unit.kind === 'sector-agency' || unit.level === 'district') {
        return false;
    }
    if (levels.has(unit.level ?? '')) {
        return true;
    }
    return anyOneStop && unit.kind === 'one-stop' && (unit.level === 'province' || unit.level === 'commune');
}
