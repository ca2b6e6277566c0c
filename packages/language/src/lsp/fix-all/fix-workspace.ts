import { TextDocument, URI, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Command, type TextEdit } from 'vscode-languageserver-types';
import { quickFixData } from '../code-actions/quick-fix.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { byPosition, hasSyntaxErrors, SafeEditPlan } from './safe-edit-plan.js';

/** One fix applied by `fixWorkspace`. */
export interface AppliedFix {
    /** The code of the finding it fixed (`superseded-legal-basis`). */
    readonly code: string;
    /** Where the finding was, 1-based, in the file's text as it was in the pass that fixed it. */
    readonly line: number;
    readonly column: number;
    /** The action's title, in the language of the services. */
    readonly title: string;
}

/** A document the fixes changed: its text before and after, and the fixes applied to its findings. */
export interface FixedDocument {
    /** The document's URI, as a string. */
    readonly uri: string;
    readonly original: string;
    readonly text: string;
    /**
     * The fixes of this document's findings, in the order applied. A fix of a finding elsewhere may
     * also have edited this document: it is listed with the document of its finding.
     */
    readonly fixes: readonly AppliedFix[];
}

/** What `fixWorkspace` did. */
export interface FixWorkspaceResult {
    /** The documents whose text changed, or whose findings were fixed, in URI order. */
    readonly documents: readonly FixedDocument[];
    /** The documents left alone because they do not parse (lexer or parser errors), in URI order. */
    readonly syntaxErrors: readonly string[];
    /**
     * The documents left alone because a pass of fixes would have made them unparsable (a defect of a
     * fix): that pass was undone and planned again without them. In URI order; normally empty.
     */
    readonly brokenByFixes: readonly string[];
    /** How many passes applied fixes. */
    readonly passes: number;
    /** False when the last allowed pass still found fixes to apply (see `maxPasses`). */
    readonly converged: boolean;
}

/** Options of `fixWorkspace`. */
export interface FixWorkspaceOptions {
    /** The most passes that apply fixes (10 by default); a pass after them that still finds some stops with `converged: false`. */
    readonly maxPasses?: number;
}

const DEFAULT_MAX_PASSES = 10;

/**
 * Applies every safe quick fix (`fixSafety`, marked `data.safe` by the code-action provider) to the
 * findings of `documents`, as `eslint --fix` does: one pass asks the provider for the actions of every
 * finding, takes the one safe action of each (a finding with none, or with more than one, is left),
 * applies them (an action edits every file it names, the catalogue too; an action whose edits overlap
 * an edit taken earlier in the pass waits for the next pass), then the changed documents are parsed,
 * linked and validated again; passes repeat until one finds nothing to apply, at most `maxPasses`.
 * Documents with lexer or parser errors are left alone (neither their findings nor edits in them).
 *
 * The documents must be in the services' workspace; they are built with validation first if they are
 * not. The workspace's documents hold the fixed texts afterwards (through the services' text
 * documents): nothing is written to disk. Deterministic: documents in URI order, findings in position order.
 */
export async function fixWorkspace(services: TthcLspServices, documents: readonly LangiumDocument[], options: FixWorkspaceOptions = {}): Promise<FixWorkspaceResult> {
    const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
    const shared = services.shared;
    const builder = shared.workspace.DocumentBuilder;
    const unbuilt = documents.filter(document => !document.diagnostics);
    if (unbuilt.length > 0) {
        await builder.build(unbuilt, { validation: true });
    }
    const uris = [...new Set(documents.map(document => document.uri.toString()))].sort();
    const originals = new Map<string, string>();
    const fixes = new Map<string, AppliedFix[]>();
    const syntaxErrors = uris.filter(uri => hasSyntaxErrors(documentOf(services, uri)));
    // Documents a pass's fixes left unparsable: that pass is undone, and they are not edited again.
    const brokenByFixes = new Set<string>();
    let passes = 0;
    let converged = false;
    for (;;) {
        const plan = await planPass(services, uris, brokenByFixes);
        if (plan.edits.size === 0) {
            converged = true;
            break;
        }
        if (passes === maxPasses) break;
        passes++;
        const passStart = new Map<string, string>();
        for (const [uri, edits] of plan.edits) {
            const document = documentOf(services, uri);
            const before = document.textDocument.getText();
            const after = TextDocument.applyEdits(document.textDocument, edits);
            if (after === before) continue;
            passStart.set(uri, before);
            setText(services, document, after);
        }
        if (passStart.size === 0) {
            // Fixes whose edits change nothing would be found again: stop rather than loop.
            converged = true;
            break;
        }
        await builder.update(urisOf(passStart), []);
        // A fix must never break a file: should one have (a defect of that fix), the whole pass is undone,
        // the file is left alone from then on, and the other fixes are planned again without it.
        const broken = [...passStart.keys()].filter(uri => hasSyntaxErrors(documentOf(services, uri)));
        if (broken.length > 0) {
            broken.forEach(uri => brokenByFixes.add(uri));
            for (const [uri, before] of passStart) setText(services, documentOf(services, uri), before);
            await builder.update(urisOf(passStart), []);
            passes--;
            continue;
        }
        for (const [uri, before] of passStart) {
            if (!originals.has(uri)) originals.set(uri, before);
        }
        for (const [uri, applied] of plan.fixes) {
            (fixes.get(uri) ?? fixes.set(uri, []).get(uri)!).push(...applied);
        }
    }
    const touched = [...new Set([...originals.keys(), ...fixes.keys()])].sort();
    return {
        documents: touched.map(uri => {
            const text = documentOf(services, uri).textDocument.getText();
            return { uri, original: originals.get(uri) ?? text, text, fixes: fixes.get(uri) ?? [] };
        }),
        brokenByFixes: [...brokenByFixes].sort(),
        syntaxErrors,
        passes,
        converged
    };
}

/** The fixes one pass takes: text edits per document, and the fixes per document of their findings. */
interface PassPlan {
    readonly edits: ReadonlyMap<string, TextEdit[]>;
    readonly fixes: Map<string, AppliedFix[]>;
}

async function planPass(services: TthcLspServices, uris: readonly string[], leftAlone: ReadonlySet<string>): Promise<PassPlan> {
    const provider = services.lsp.CodeActionProvider;
    const plan = new SafeEditPlan(services.shared.workspace.LangiumDocuments, leftAlone);
    const fixes = new Map<string, AppliedFix[]>();
    if (!provider) return { edits: plan.edits, fixes };
    for (const uri of uris) {
        const document = documentOf(services, uri);
        if (hasSyntaxErrors(document) || leftAlone.has(uri)) continue;
        for (const diagnostic of [...document.diagnostics ?? []].sort(byPosition)) {
            const actions = await provider.getCodeActions(document, {
                textDocument: { uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] }
            }) ?? [];
            const safe = actions.filter(isSafeAction);
            if (safe.length !== 1 || !plan.take(safe[0])) continue;
            (fixes.get(uri) ?? fixes.set(uri, []).get(uri)!).push({
                code: String(diagnostic.code ?? ''),
                line: diagnostic.range.start.line + 1,
                column: diagnostic.range.start.character + 1,
                title: safe[0].title
            });
        }
    }
    return { edits: plan.edits, fixes };
}

function isSafeAction(action: Command | CodeAction): action is CodeAction {
    return !('command' in action && typeof action.command === 'string') && quickFixData(action as CodeAction).safe === true
        && (action as CodeAction).edit?.changes !== undefined;
}

function urisOf(texts: ReadonlyMap<string, string>): URI[] {
    return [...texts.keys()].map(uri => URI.parse(uri));
}

function documentOf(services: TthcLspServices, uri: string): LangiumDocument {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
    if (!document) throw new Error(`fixWorkspace: ${uri} is not in the workspace.`);
    return document;
}

// The new text goes through the services' text documents, which the document factory reads on update.
function setText(services: TthcLspServices, document: LangiumDocument, text: string): void {
    const textDocuments = services.shared.workspace.TextDocuments;
    const uri = document.uri.toString();
    const version = (textDocuments.get(uri)?.version ?? document.textDocument.version) + 1;
    textDocuments.set(TextDocument.create(uri, document.textDocument.languageId || 'tthc', version, text));
}
