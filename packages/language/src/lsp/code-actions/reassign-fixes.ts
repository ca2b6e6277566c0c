import { AstUtils, type Reference } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isHandover, isPerformerRef, isPosition, isProcedure, isUnit, type Performer, type Procedure } from '../../generated/ast.js';
import { performerName } from '../../semantics/units.js';
import { positionSuccessorOf, successionKeyOf, unitSuccessorOf } from '../../semantics/successors.js';
import {
    catalogueUnits, counterparts, describeUnit, levelsFrom, localLevelOf, oneStopCandidates, preferredCandidate, type Candidate
} from './catalogue-candidates.js';
import type { LspTextKey } from '../texts.js';
import { quickFix, replaceNode, type FixContext } from './quick-fix.js';

const LOCAL_LEVELS = ['commune', 'province'] as const;

/** A reference to a unit or position that a fix rewrites, and how a fix's title says so. */
interface Site {
    readonly reference: Reference<Performer>;
    readonly procedure: Procedure;
    readonly role: 'performer' | 'authority' | 'partner';
}

const titles = {
    performer: 'fix.assign',
    authority: 'fix.setAuthority',
    partner: 'fix.handOver'
} as const satisfies Record<Site['role'], LspTextKey>;

/** The reference the diagnostic points at: a step's performer, a procedure's authority, a hand-over's partner. */
function siteOf(context: FixContext): Site | undefined {
    const { node, property } = context.target;
    const procedure = AstUtils.getContainerOfType(node, isProcedure);
    if (!procedure) return undefined;
    if (isPerformerRef(node) && property === 'performer' && node.performer) return { reference: node.performer, procedure, role: 'performer' };
    if (isProcedure(node) && property === 'authority' && node.authority) return { reference: node.authority, procedure, role: 'authority' };
    if (isHandover(node) && property === 'partner' && node.partner) return { reference: node.partner, procedure, role: 'partner' };
    return undefined;
}

// `leaders of` a district unit (`district-level` on the `leadersOf` property).
function leadersSite(context: FixContext): Site | undefined {
    const { node, property } = context.target;
    const procedure = AstUtils.getContainerOfType(node, isProcedure);
    return procedure && isPerformerRef(node) && property === 'leadersOf' && node.leadersOf ? { reference: node.leadersOf, procedure, role: 'performer' } : undefined;
}

function actions(context: FixContext, site: Site, candidates: readonly Candidate[], preferred: Candidate | undefined): CodeAction[] {
    const cst = site.reference.$refNode;
    if (!cst) return [];
    return candidates.map(candidate => quickFix(
        context.texts.text(titles[site.role], { name: candidate.name, unit: describeUnit(candidate.unit, context.texts) }),
        context.diagnostic,
        [replaceNode(cst, candidate.name)],
        candidate === preferred
    ));
}

/**
 * `district-level` on a step's performer, a procedure's authority or a hand-over's partner: one fix
 * per unit of the same kind (and position of the same role) at the commune or province level, the
 * procedure's own level first and preferred. A hand-over may also go to a central (vertical) agency.
 */
export function reassignDistrictUnit(context: FixContext): CodeAction[] {
    const site = siteOf(context) ?? leadersSite(context);
    const performer = site?.reference.ref;
    if (!site || !performer) return [];
    const successor = declaredSuccessor(site, performer);
    if (successor) return [successor(context)];
    // `leaders of` a district unit: only its declared successor says whose leaders take over.
    if (site.reference.$refNode !== undefined && context.target.property === 'leadersOf') return [];
    const level = localLevelOf(site.procedure);
    const levels = site.role === 'partner' ? [...LOCAL_LEVELS, 'central'] : LOCAL_LEVELS;
    const candidates = counterparts(performer, catalogueUnits(context.services, context.document), levelsFrom(level, levels));
    return actions(context, site, candidates, preferredCandidate(candidates, level));
}

/**
 * The one fix the catalogue's successors give (`succeeded-by`): the district unit's (or position's) successor
 * for the procedure's sector and new level. Marked `successor`: unambiguous, hence safe to apply unattended.
 */
function declaredSuccessor(site: Site, performer: Performer): ((context: FixContext) => CodeAction) | undefined {
    const cst = site.reference.$refNode;
    if (!cst) return undefined;
    const key = successionKeyOf(site.procedure);
    let target: Performer | undefined;
    if (isPosition(performer)) {
        target = positionSuccessorOf(performer, key)?.position;
    } else if (isUnit(performer) && performer.level === 'district') {
        target = unitSuccessorOf(performer, key);
    }
    if (!target) return undefined;
    const name = performerName(target);
    const unit = isUnit(target) ? target : isUnit(target.$container) ? target.$container : undefined;
    if (!unit) return undefined;
    return context => quickFix(context.texts.text(titles[site.role], { name, unit: describeUnit(unit, context.texts) }), context.diagnostic,
        [replaceNode(cst, name)], true, 'successor');
}

/** `level-mismatch`: the unit of the same kind and role at the procedure's level. */
export function reassignToProcedureLevel(context: FixContext): CodeAction[] {
    const site = siteOf(context);
    const performer = site?.reference.ref;
    const level = site?.procedure.level;
    if (!site || !performer || (level !== 'commune' && level !== 'province')) return [];
    const candidates = counterparts(performer, catalogueUnits(context.services, context.document), [level]);
    return actions(context, site, candidates, preferredCandidate(candidates, level));
}

/**
 * `first-step-reception` and `last-step-return` on a performer: dossiers are received and results
 * returned at the one-stop unit of the procedure's level (for a boundary-independent procedure, at
 * any level's, the procedure's own first).
 */
export function reassignToOneStop(context: FixContext): CodeAction[] {
    const site = siteOf(context);
    if (!site || site.role !== 'performer') return [];
    const level = localLevelOf(site.procedure);
    const levels = level && !site.procedure.boundaryIndependent ? [level] : levelsFrom(level, LOCAL_LEVELS);
    const candidates = oneStopCandidates(catalogueUnits(context.services, context.document), levels, site.reference.ref);
    return actions(context, site, candidates, preferredCandidate(candidates, level));
}
