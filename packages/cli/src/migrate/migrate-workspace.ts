import { isProvince, isUnit, type TthcFile, type Unit } from '@tthc/language';
import { createTthcLspServices } from '@tthc/language/lsp';
import { AstUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { cliLanguage } from '../cli-language.js';
import { readSource } from '../workspace/read-source.js';
import { planProcedure, type ProcedurePlan, type TextEdit } from './plan-migration.js';

/** One file's migration: its procedures' plans and the district units removed from its catalogue. */
export interface FileMigration {
    readonly path: string;
    readonly procedures: readonly ProcedurePlan[];
    readonly removedUnits: readonly string[];
    /** District units kept because something still refers to them (a pending decision). */
    readonly keptUnits: readonly string[];
}

/** The texts before and after, per file (only the files that were read as text), and what was done. */
export interface WorkspaceMigration {
    readonly before: ReadonlyMap<string, string>;
    readonly after: ReadonlyMap<string, string>;
    readonly files: readonly FileMigration[];
    /** The titles of the safe quick fixes applied after the procedures were migrated, per file. */
    readonly fixes: ReadonlyMap<string, readonly string[]>;
}

/** What runs between the procedures' migration and the catalogue's clean-up: `tthc fix`'s engine, in the CLI. */
export type AfterProcedures = (texts: ReadonlyMap<string, string>) => Promise<{
    texts: ReadonlyMap<string, string>;
    fixes: ReadonlyMap<string, readonly string[]>;
    /** The workspace's documents, linked, holding `texts`: the catalogue's clean-up reads them instead of building again. */
    documents: readonly LangiumDocument[];
}>;

const FORMATTING = { tabSize: 4, insertSpaces: true };

/**
 * Migrates the `.tthc` files `editable` (the others of `loaded` are read for their references only), in
 * memory: the procedures first (planProcedure), then `afterProcedures` (the safe fixes), then the catalogue
 * loses the district units nothing refers to any more, then every changed file is formatted by the language's
 * formatter. Files with syntax errors are left alone. Nothing is written here.
 */
export async function migrateWorkspace(loaded: readonly string[], editable: readonly string[], afterProcedures?: AfterProcedures): Promise<WorkspaceMigration> {
    const before = new Map<string, string>();
    for (const path of loaded) {
        const source = readSource(path);
        if (source.kind === 'text') before.set(path, source.text);
    }
    const mayEdit = new Set(editable);
    const plans = new Map<string, ProcedurePlan[]>();
    // 1. Procedures: levels, authorities, performers, partners, citations.
    let texts = new Map(before);
    {
        const documents = await build(texts);
        for (const document of documents) {
            const path = document.uri.fsPath;
            if (!mayEdit.has(path) || hasSyntaxErrors(document)) continue;
            const root = document.parseResult.value as TthcFile;
            const filePlans = root.procedures.map(procedure => planProcedure(procedure, texts.get(path)!));
            plans.set(path, filePlans);
            const edits = filePlans.flatMap(plan => plan.edits);
            if (edits.length > 0) texts.set(path, applyEdits(texts.get(path)!, edits));
        }
    }
    // 2. The safe fixes, which may resolve more (a reception at the level's one one-stop unit).
    let fixes: ReadonlyMap<string, readonly string[]> = new Map();
    let built: readonly LangiumDocument[] | undefined;
    if (afterProcedures) {
        const fixed = await afterProcedures(texts);
        texts = new Map(fixed.texts);
        fixes = fixed.fixes;
        built = fixed.documents;
    }
    // 3. The catalogue: district units that nothing refers to any more are removed.
    const removed = new Map<string, string[]>();
    const kept = new Map<string, string[]>();
    {
        const documents = built ?? await build(texts);
        const referenced = referencedUnits(documents);
        for (const document of documents) {
            const path = document.uri.fsPath;
            if (!mayEdit.has(path) || hasSyntaxErrors(document)) continue;
            const root = document.parseResult.value as TthcFile;
            const edits: TextEdit[] = [];
            for (const province of root.provinces) {
                for (const unit of province.units.filter(u => u.level === 'district')) {
                    if (referenced.has(unit)) {
                        (kept.get(path) ?? kept.set(path, []).get(path)!).push(unit.name);
                    } else if (unit.$cstNode) {
                        edits.push(unitRemoval(texts.get(path)!, unit));
                        (removed.get(path) ?? removed.set(path, []).get(path)!).push(unit.name);
                    }
                }
            }
            if (edits.length > 0) texts.set(path, applyEdits(texts.get(path)!, edits));
        }
    }
    // 4. Every changed file through the formatter, so that formatting it again changes nothing.
    texts = await formatChanged(before, texts);
    const files = [...new Set([...plans.keys(), ...removed.keys(), ...kept.keys()])].sort().map(path => ({
        path, procedures: plans.get(path) ?? [], removedUnits: removed.get(path) ?? [], keptUnits: kept.get(path) ?? []
    }));
    return { before, after: texts, files, fixes };
}

async function build(texts: ReadonlyMap<string, string>): Promise<LangiumDocument[]> {
    const { shared } = createTthcLspServices(NodeFileSystem, { language: cliLanguage() });
    const documents = [...texts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return documents;
}

/** Formats the texts that differ from `before` with the language's formatter (a no-op on formatted text). */
export async function formatChanged(before: ReadonlyMap<string, string>, texts: ReadonlyMap<string, string>): Promise<Map<string, string>> {
    const changed = [...texts.entries()].filter(([path, text]) => before.get(path) !== text);
    if (changed.length === 0) return new Map(texts);
    const { shared, Tthc } = createTthcLspServices(NodeFileSystem, { language: cliLanguage() });
    const formatter = Tthc.lsp.Formatter!;
    const result = new Map(texts);
    for (const [path, text] of changed) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: FORMATTING });
        result.set(path, applyEdits(text, edits.map(edit => ({
            start: document.textDocument.offsetAt(edit.range.start), end: document.textDocument.offsetAt(edit.range.end), text: edit.newText
        }))));
    }
    return result;
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

// The district units something still refers to, outside the district units themselves (their
// successor declarations and positions do not keep them).
function referencedUnits(documents: readonly LangiumDocument[]): Set<Unit> {
    const referenced = new Set<Unit>();
    for (const document of documents) {
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (insideDistrictUnit(node)) continue;
            for (const reference of AstUtils.streamReferences(node)) {
                const target = 'ref' in reference.reference ? reference.reference.ref : undefined;
                const unit = isUnit(target) ? target : isUnit(target?.$container) ? target.$container : undefined;
                if (unit?.level === 'district') referenced.add(unit);
            }
        }
    }
    return referenced;
}

function insideDistrictUnit(node: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isUnit(current)) return current.level === 'district';
        if (isProvince(current)) return false;
    }
    return false;
}

// A unit's lines, with the comment lines right above it (its explanation goes with it).
function unitRemoval(text: string, unit: Unit): TextEdit {
    const cst = unit.$cstNode!;
    let start = text.lastIndexOf('\n', cst.offset - 1) + 1;
    for (;;) {
        if (start === 0) break;
        const previousStart = text.lastIndexOf('\n', start - 2) + 1;
        if (!text.slice(previousStart, start).trim().startsWith('//')) break;
        start = previousStart;
    }
    const newline = text.indexOf('\n', cst.end);
    return { start, end: newline < 0 ? text.length : newline + 1, text: '' };
}

/** Applies non-overlapping edits to a text (in any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    let limit = Infinity;
    for (const edit of sorted) {
        // Two edits of one place (a reference rewritten twice) cannot happen; skip rather than corrupt.
        if (edit.end > limit) continue;
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        limit = edit.start;
    }
    return result;
}
