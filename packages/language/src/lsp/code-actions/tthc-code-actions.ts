import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver-types';
import { isIssueCode, type IssueCode } from '../../validation/issue-codes.js';
import { lspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { removeDuplicateAttribute, removeNeedlessConversion } from './attribute-fixes.js';
import { targetOf } from './diagnostic-target.js';
import { addSupplementPath, removeRepeatedTransition } from './flow-fixes.js';
import { groupThousands, setOnlinePartial } from './format-fixes.js';
import { replaceSupersededCitation } from './legal-basis-fixes.js';
import { fixProcedureLevel, replaceDistrictLevel } from './level-fixes.js';
import type { QuickFixes } from './quick-fix.js';
import { reassignDistrictUnit, reassignToOneStop, reassignToProcedureLevel } from './reassign-fixes.js';
import { replaceUnknownReference } from './reference-fixes.js';
import { addReturnStep } from './return-step-fixes.js';
import { retitleReorganisedName } from './title-fixes.js';
import { addCaseTime, removeStepTime, stateDayKind } from './time-fixes.js';
import { assignSigner } from './signer-fixes.js';

/**
 * The quick fixes of each code. Codes without an entry have no fix whose result is unambiguous
 * (a missing code, time or partner is the user's data; see docs/vscode.md for the list).
 */
export const quickFixes: Partial<Record<IssueCode, QuickFixes>> = {
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
};

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
        if (only && !only.some(kind => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) {
            return [];
        }
        const actions: CodeAction[] = [];
        // The titles speak the locale's language at this request: a change of language needs no restart.
        const texts = lspTexts(this.services.i18n.Locale);
        for (const diagnostic of params.context.diagnostics) {
            const code: unknown = diagnostic.data?.code ?? diagnostic.code;
            const fixes = isIssueCode(code) ? quickFixes[code] : undefined;
            const target = fixes ? targetOf(document, diagnostic.range) : undefined;
            if (fixes && target) {
                actions.push(...fixes({ services: this.services, document, diagnostic, target, texts }));
            }
        }
        return merged(actions);
    }
}

// Actions with the same title and edit become one that names all their diagnostics.
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
        }
    }
    return [...byKey.values()];
}
