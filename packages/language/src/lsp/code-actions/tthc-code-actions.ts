import { AstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver-types';
import { isIssueCode, type IssueCode } from '../../validation/issue-codes.js';
import { lspTexts, type LspTexts } from '../texts.js';
import { byPosition, hasSyntaxErrors, SafeEditPlan } from '../fix-all/safe-edit-plan.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { removeDuplicateAttribute, removeNeedlessConversion } from './attribute-fixes.js';
import { targetOf } from './diagnostic-target.js';
import { addSupplementPath, removeRepeatedTransition } from './flow-fixes.js';
import { groupThousands, setOnlinePartial } from './format-fixes.js';
import { replaceSupersededCitation } from './legal-basis-fixes.js';
import { fixProcedureLevel, replaceDistrictLevel } from './level-fixes.js';
import { quickFixData, type FixContext, type QuickFixData, type QuickFixes } from './quick-fix.js';
import { isStep } from '../../generated/ast.js';
import { reassignDistrictUnit, reassignToOneStop, reassignToProcedureLevel } from './reassign-fixes.js';
import { replaceUnknownReference } from './reference-fixes.js';
import { addReturnStep } from './return-step-fixes.js';
import { retitleReorganisedName } from './title-fixes.js';
import { addCaseTime, removeStepTime, stateDayKind } from './time-fixes.js';
import { assignSigner } from './signer-fixes.js';
import { removeUnusedSuppression, suppressFinding } from './suppress-fixes.js';

/**
 * The quick fixes of each code. Codes without an entry have no fix whose result is unambiguous
 * (a missing code, time or partner is the user's data; see docs/vscode.md for the list).
 */
export const quickFixes = {
    'unknown-reference': replaceUnknownReference,
    'abolished-body-title': retitleReorganisedName,
    'merged-department': retitleReorganisedName,
    'ward-variant': retitleReorganisedName,
    'district-level': context => (context.target.property === 'level' ? replaceDistrictLevel(context) : reassignDistrictUnit(context)),
    'procedure-level': fixProcedureLevel,
    'level-mismatch': reassignToProcedureLevel,
    'invalid-duration': removeNeedlessConversion,
    'first-step-reception': reassignToOneStop,
    'last-step-return': context => (context.target.property === 'performer' ? reassignToOneStop(context) : addReturnStep(context)),
    'no-supplement-path': addSupplementPath,
    'duplicate-outcome': removeRepeatedTransition,
    'full-online-in-person': setOnlinePartial,
    'fee-invalid': groupThousands,
    'superseded-legal-basis': replaceSupersededCitation,
    'duplicate-attribute': removeDuplicateAttribute,
    'day-kind-unstated': stateDayKind,
    'case-without-limit': addCaseTime,
    'part-time-and-step-time': removeStepTime,
    'signer-not-authority': assignSigner
} satisfies Partial<Record<IssueCode, QuickFixes>>;

/** A code that has quick fixes. */
export type FixedCode = keyof typeof quickFixes;

/**
 * Whether one of the actions offered for a finding may be applied unattended (`tthc fix`, the editor's
 * "Fix all safe problems"): `offered` is every action the finding's family offered, `action` one of them.
 */
export type SafetyRule = (action: CodeAction, offered: readonly CodeAction[], context: FixContext) => boolean;

/** Never applied unattended: the fix chooses, guesses or drops something that is the author's to decide. */
const never: SafetyRule = () => false;
/**
 * Applied unattended when it is the only fix offered for the finding and its family marks it preferred
 * (the one obvious fix: a reassignment to a unit of the procedure's own level, not of an unknown one).
 */
const sole: SafetyRule = (action, offered) => offered.length === 1 && action.isPreferred === true;

/**
 * Which fixes are safe, code by code (the reasons are in docs/vscode.md, "Which fixes are safe").
 * A fix is safe when its result is unambiguous (the only one offered for the finding) and says what
 * the author meant: no invented data, nothing lost. A rule may look at the action itself, so that one
 * fix of a family is safe and another of the same code is not.
 */
export const fixSafety: { readonly [C in FixedCode]: SafetyRule } = {
    // "Did you mean": a guess at a name, which may be another unit or step than the one meant.
    'unknown-reference': never,
    // The retired name's successor from the reorganisation table; two candidates are a choice.
    'abolished-body-title': sole,
    'merged-department': sole,
    'ward-variant': sole,
    // Which commune or province body took over a district body is the province's decision: safe only when
    // the catalogue declares it (`succeeded-by`), then the one fix offered follows the declaration.
    'district-level': action => quickFixData(action).fix === 'successor',
    // Always two levels to choose from.
    'procedure-level': never,
    // The performer may be the wrong one, or the procedure's level: the author's call.
    'level-mismatch': never,
    // `4h as 3h`: the conversion drops a number the author wrote (3h), and which one was meant is unknown.
    'invalid-duration': never,
    // The law (Decree 118/2025/NĐ-CP) receives dossiers at the one-stop unit: safe for a step that says it
    // is the reception, when the level has one such unit; any other first step may be a missing reception.
    'first-step-reception': (action, offered, context) => sole(action, offered, context) && stepKindOf(context) === 'reception',
    // Lead the path to the procedure's one return step, or return at the level's one one-stop unit from a
    // step that says it hands back; adding a new return step invents its time and performer.
    'last-step-return': (action, offered, context) => sole(action, offered, context)
        && (quickFixData(action).fix === 'lead-to-return' || HANDING_BACK.has(stepKindOf(context) ?? '')),
    // The procedure's one supplement-request step; the path to it is what the rule asks for.
    'no-supplement-path': sole,
    // Removes a word-for-word repetition: nothing is lost.
    'duplicate-outcome': sole,
    // `online partial` is one of several ways out (removing the inspection, accepting a copy).
    'full-online-in-person': never,
    // `2.000` can only mean 2_000 (VND has no fractions).
    'fee-invalid': sole,
    // The replacement from the superseded-texts table, each row with its source.
    'superseded-legal-basis': sole,
    // A word-for-word repetition has one fix; different values are a choice.
    'duplicate-attribute': sole,
    // Working or calendar days is the question the rule asks the author.
    'day-kind-unstated': never,
    // The time it adds is a starting point, not the case's own.
    'case-without-limit': never,
    // Removes a time the author wrote for the step.
    'part-time-and-step-time': never,
    // Which leader signs is the province's choice.
    'signer-not-authority': never
};

// The step kinds that hand something back to the applicant (last-step-return).
const HANDING_BACK: ReadonlySet<string> = new Set(['return', 'refusal', 'supplement-request']);

// The kind of the step the finding's node belongs to (a performer reference is inside its step).
function stepKindOf(context: FixContext): string | undefined {
    return AstUtils.getContainerOfType(context.target.node, isStep)?.kind;
}

/**
 * Quick fixes for the language's diagnostics. Each diagnostic's code (`data.code`) selects a family
 * of fixes; each fix reads the AST at the diagnostic's range and returns a workspace edit. Two
 * findings on one range that the same edit resolves (a district one-stop receiving the first step
 * is both `district-level` and `first-step-reception`) share one action.
 */
export class TthcCodeActionProvider implements CodeActionProvider {
    constructor(protected readonly services: TthcLspServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const only = params.context.only;
        // The titles speak the locale's language at this request: a change of language needs no restart.
        const texts = lspTexts(this.services.i18n.Locale);
        const actions: CodeAction[] = [];
        if (!only || only.some(kind => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) {
            actions.push(...merged(params.context.diagnostics.flatMap(diagnostic => this.quickFixesOf(document, diagnostic, texts))));
            // Last, after the fixes: suppressing a finding is for when the rule is wrong here (docs/review.md).
            actions.push(...params.context.diagnostics.flatMap(diagnostic => [
                ...removeUnusedSuppression(document, diagnostic, texts),
                ...suppressFinding(document, diagnostic, texts)
            ]));
        }
        // Asked for by kind only (`source`, `source.fixAll`, `source.fixAll.tthc`), as editors do on save.
        if (only?.some(kind => kind !== CodeActionKind.Empty && (FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)))) {
            const fixAll = this.fixAll(document, texts);
            if (fixAll) actions.push(fixAll);
        }
        return actions;
    }

    /** The quick fixes of one diagnostic, the safe ones marked (`fixSafety`). */
    protected quickFixesOf(document: LangiumDocument, diagnostic: Diagnostic, texts: LspTexts): CodeAction[] {
        const code: unknown = diagnostic.data?.code ?? diagnostic.code;
        const target = isFixedCode(code) ? targetOf(document, diagnostic.range) : undefined;
        if (!isFixedCode(code) || !target) return [];
        const context: FixContext = { services: this.services, document, diagnostic, target, texts };
        const offered = quickFixes[code](context);
        const safety = fixSafety[code];
        return offered.map(action => safety(action, offered, context) ? markedSafe(action) : action);
    }

    /**
     * "Fix all safe problems" (`source.fixAll.tthc`, for `editor.codeActionsOnSave`): the one safe fix of
     * each of the document's findings, as one edit; of two fixes whose edits meet, the first. One pass, as
     * `tthc fix` makes each pass: what a fix uncovers is fixed the next time. None when nothing is safe.
     */
    protected fixAll(document: LangiumDocument, texts: LspTexts): CodeAction | undefined {
        if (hasSyntaxErrors(document)) return undefined;
        const plan = new SafeEditPlan(this.services.shared.workspace.LangiumDocuments);
        const fixed: Diagnostic[] = [];
        for (const diagnostic of [...document.diagnostics ?? []].sort(byPosition)) {
            const safe = this.quickFixesOf(document, diagnostic, texts).filter(action => quickFixData(action).safe);
            if (safe.length === 1 && plan.take(safe[0])) fixed.push(diagnostic);
        }
        if (fixed.length === 0) return undefined;
        return { title: texts.text('fix.fixAll'), kind: FIX_ALL_KIND, diagnostics: fixed, edit: { changes: Object.fromEntries(plan.edits) } };
    }
}

/** The kind of the "Fix all safe problems" action: `"editor.codeActionsOnSave": { "source.fixAll.tthc": "explicit" }`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tthc`;

function isFixedCode(code: unknown): code is FixedCode {
    return isIssueCode(code) && Object.hasOwn(quickFixes, code);
}

function markedSafe(action: CodeAction): CodeAction {
    return { ...action, data: { ...quickFixData(action), safe: true } satisfies QuickFixData };
}

// Actions with the same title and edit become one that names all their diagnostics (safe when one of
// them is: the same edit resolves them all).
function merged(actions: readonly CodeAction[]): CodeAction[] {
    const byKey = new Map<string, CodeAction>();
    for (const action of actions) {
        const key = `${action.title}\u0000${JSON.stringify(action.edit)}`;
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...action, diagnostics: [...action.diagnostics ?? []] });
        } else {
            seen.diagnostics!.push(...action.diagnostics ?? []);
            if (action.isPreferred) seen.isPreferred = true;
            if (quickFixData(action).safe) seen.data = { ...quickFixData(seen), safe: true } satisfies QuickFixData;
        }
    }
    return [...byKey.values()];
}
