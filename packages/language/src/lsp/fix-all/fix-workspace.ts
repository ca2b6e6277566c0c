import { TextDocument, URI, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { quickFixData } from '../code-actions/quick-fix.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { overlapsAny, spanOf, type EditSpan } from './edit-spans.js';

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
    let passes = 0;
    let converged = false;
    for (;;) {
        const plan = await planPass(services, uris);
        if (plan.edits.size === 0) {
            converged = true;
            break;
        }
        if (passes === maxPasses) break;
        passes++;
        for (const [uri, applied] of plan.fixes) {
            (fixes.get(uri) ?? fixes.set(uri, []).get(uri)!).push(...applied);
        }
        const changed: URI[] = [];
        for (const [uri, edits] of plan.edits) {
            const document = documentOf(services, uri);
            const before = document.textDocument.getText();
            const after = TextDocument.applyEdits(document.textDocument, edits);
            if (after === before) continue;
            if (!originals.has(uri)) originals.set(uri, before);
            setText(services, document, after);
            changed.push(document.uri);
        }
        if (changed.length === 0) {
            // Fixes whose edits change nothing would be found again: stop rather than loop.
            converged = true;
            break;
        }
        await builder.update(changed, []);
    }
    const touched = [...new Set([...originals.keys(), ...fixes.keys()])].sort();
    return {
        documents: touched.map(uri => {
            const text = documentOf(services, uri).textDocument.getText();
            return { uri, original: originals.get(uri) ?? text, text, fixes: fixes.get(uri) ?? [] };
        }),
        syntaxErrors,
        passes,
        converged
    };
}

/** The fixes one pass takes: text edits per document, and the fixes per document of their findings. */
interface PassPlan {
    readonly edits: Map<string, TextEdit[]>;
    readonly fixes: Map<string, AppliedFix[]>;
}

async function planPass(services: TthcLspServices, uris: readonly string[]): Promise<PassPlan> {
    const provider = services.lsp.CodeActionProvider;
    const plan: PassPlan = { edits: new Map(), fixes: new Map() };
    if (!provider) return plan;
    const spans = new Map<string, EditSpan[]>();
    const taken = new Set<string>();
    for (const uri of uris) {
        const document = documentOf(services, uri);
        if (hasSyntaxErrors(document)) continue;
        for (const diagnostic of [...document.diagnostics ?? []].sort(byPosition)) {
            const actions = await provider.getCodeActions(document, {
                textDocument: { uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] }
            }) ?? [];
            const safe = actions.filter(isSafeAction);
            if (safe.length !== 1) continue;
            const action = safe[0];
            const changes = action.edit?.changes ?? {};
            const key = JSON.stringify(changes);
            // The same edit resolves several findings (a district one-stop receiving the first step).
            if (!taken.has(key)) {
                if (!canApply(services, changes, spans)) continue;
                taken.add(key);
                for (const [target, edits] of Object.entries(changes)) {
                    const targetDocument = documentOf(services, target);
                    (spans.get(target) ?? spans.set(target, []).get(target)!).push(...edits.map(edit => spanOf(targetDocument, edit)));
                    (plan.edits.get(target) ?? plan.edits.set(target, []).get(target)!).push(...edits);
                }
            }
            (plan.fixes.get(uri) ?? plan.fixes.set(uri, []).get(uri)!).push({
                code: String(diagnostic.code ?? ''),
                line: diagnostic.range.start.line + 1,
                column: diagnostic.range.start.character + 1,
                title: action.title
            });
        }
    }
    return plan;
}

// An action applies when every document it edits is loaded, parses, and has no edit of this pass
// overlapping its own.
function canApply(services: TthcLspServices, changes: Record<string, TextEdit[]>, spans: ReadonlyMap<string, EditSpan[]>): boolean {
    for (const [uri, edits] of Object.entries(changes)) {
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        if (!document || hasSyntaxErrors(document)) return false;
        const own = edits.map(edit => spanOf(document, edit));
        if (own.some(span => overlapsAny(span, spans.get(uri) ?? []))) return false;
    }
    return true;
}

function isSafeAction(action: Command | CodeAction): action is CodeAction {
    return 'title' in action && !('command' in action && typeof action.command === 'string') && quickFixData(action as CodeAction).safe === true
        && (action as CodeAction).edit?.changes !== undefined;
}

/** Whether a document has lexer or parser errors: the fixes leave such a document alone. */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
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

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
        || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character
        || String(a.code).localeCompare(String(b.code));
}
