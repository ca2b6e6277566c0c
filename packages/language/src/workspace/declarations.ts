import { AstUtils, DocumentState, URI, type AstNode, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isTthcFile, type Member, type Procedure } from '../generated/ast.js';
import type { TthcProjects } from './projects.js';

/** A declaration visible across files: a province, unit, position, catalogue form or procedure. */
export interface GlobalDeclaration {
    /** The name by which other files refer to it (`Unit.Position` for a position). */
    readonly name: string;
    readonly node: AstNode & { name: string };
}

/** The declarations of one document that workspace-wide checks compare across files. */
export function globalDeclarationsOf(document: LangiumDocument): GlobalDeclaration[] {
    const root = document.parseResult?.value;
    if (!isTthcFile(root)) {
        return [];
    }
    const result: GlobalDeclaration[] = [];
    for (const province of root.provinces) {
        if (province.name) result.push({ name: province.name, node: province });
        for (const unit of province.units) {
            if (!unit.name) continue;
            result.push({ name: unit.name, node: unit });
            for (const position of unit.positions) {
                if (position.name) result.push({ name: `${unit.name}.${position.name}`, node: position });
            }
        }
        for (const form of province.forms) {
            if (form.name) result.push({ name: form.name, node: form });
        }
    }
    for (const procedure of root.procedures) {
        if (procedure.name) result.push({ name: procedure.name, node: procedure });
    }
    return result;
}

/**
 * The procedure codes a document declares, normalised for comparison: the procedures' and those of
 * the members of groups of procedures, each of which has its own record.
 */
export function procedureCodesOf(document: LangiumDocument): Array<{ code: string; procedure: Procedure | Member }> {
    const root = document.parseResult?.value;
    if (!isTthcFile(root)) {
        return [];
    }
    return root.procedures
        .flatMap(procedure => [procedure, ...procedure.members])
        .filter(record => record.code)
        .map(procedure => ({ code: normaliseCode(procedure.code!), procedure }));
}

/** Codes compare without case or surrounding space. */
export function normaliseCode(code: string): string {
    return code.trim().toUpperCase();
}

interface ProjectDeclarations {
    readonly names: Map<string, AstNode[]>;
    readonly codes: Map<string, AstNode[]>;
}

/** What one document put into the index, to take it out again when the document changes. */
interface DocumentEntry {
    readonly root: unknown;
    readonly project: string;
    readonly names: ReadonlyArray<readonly [string, AstNode]>;
    readonly codes: ReadonlyArray<readonly [string, AstNode]>;
}

/**
 * Every global name and procedure code of each project, so that duplicate checks cost a map look-up
 * per declaration instead of a scan of the workspace. Kept up to date document by document: after an
 * edit only the changed documents' entries are replaced (the whole index is rebuilt only when the
 * projects change), which keeps a keystroke's cost independent of the province's size.
 */
export class TthcDeclarations {
    protected readonly documents: LangiumDocuments;
    protected readonly projects: TthcProjects;
    protected readonly index = new Map<string, ProjectDeclarations>();
    protected readonly entries = new Map<string, DocumentEntry>();
    protected readonly pending = new Set<string>();
    protected generation = -1;

    constructor(shared: LangiumSharedCoreServices, projects: TthcProjects) {
        this.documents = shared.workspace.LangiumDocuments;
        this.projects = projects;
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.pending.add(uri.toString());
        });
    }

    /** All nodes declaring `name` in the project. */
    withName(project: string, name: string): readonly AstNode[] {
        return this.all().get(project)?.names.get(name) ?? [];
    }

    /** All procedures and members of groups with `code` (normalised) in the project. */
    withCode(project: string, code: string): readonly AstNode[] {
        return this.all().get(project)?.codes.get(code) ?? [];
    }

    /** The documents, in any project, that declare one of `names` or one of `codes` (normalised). */
    documentsDeclaring(names: Iterable<string>, codes: Iterable<string>): Set<LangiumDocument> {
        const found = new Set<LangiumDocument>();
        const index = this.all();
        for (const declarations of index.values()) {
            for (const [keys, map] of [[names, declarations.names], [codes, declarations.codes]] as const) {
                for (const key of keys) {
                    for (const node of map.get(key) ?? []) found.add(AstUtils.getDocument(node));
                }
            }
        }
        return found;
    }

    protected all(): Map<string, ProjectDeclarations> {
        // Reading the projects first may make them anew (a catalogue came or went): then everything moves.
        const generation = this.projects.currentGeneration();
        if (this.generation !== generation) {
            this.generation = generation;
            this.index.clear();
            this.entries.clear();
            this.pending.clear();
            for (const document of this.documents.all) this.add(document);
        } else if (this.pending.size > 0) {
            for (const uri of [...this.pending]) {
                const document = this.documents.getDocument(URI.parse(uri));
                const entry = this.entries.get(uri);
                if (entry && entry.root === document?.parseResult?.value) {
                    // Not parsed again yet: the same AST, so the same entry; look again later.
                    if (document && document.state < DocumentState.Parsed) continue;
                } else {
                    if (entry) this.remove(uri, entry);
                    if (document) this.add(document);
                }
                this.pending.delete(uri);
            }
        }
        return this.index;
    }

    protected add(document: LangiumDocument): void {
        const uri = document.uri.toString();
        const entry: DocumentEntry = {
            root: document.parseResult?.value,
            project: this.projects.projectOf(uri),
            names: globalDeclarationsOf(document).map(d => [d.name, d.node] as const),
            codes: procedureCodesOf(document).map(c => [c.code, c.procedure] as const)
        };
        this.entries.set(uri, entry);
        let declarations = this.index.get(entry.project);
        if (!declarations) {
            declarations = { names: new Map(), codes: new Map() };
            this.index.set(entry.project, declarations);
        }
        for (const [name, node] of entry.names) push(declarations.names, name, node);
        for (const [code, node] of entry.codes) push(declarations.codes, code, node);
    }

    protected remove(uri: string, entry: DocumentEntry): void {
        this.entries.delete(uri);
        const declarations = this.index.get(entry.project);
        if (!declarations) return;
        for (const [name, node] of entry.names) pull(declarations.names, name, node);
        for (const [code, node] of entry.codes) pull(declarations.codes, code, node);
    }
}

function push(map: Map<string, AstNode[]>, key: string, node: AstNode): void {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
}

function pull(map: Map<string, AstNode[]>, key: string, node: AstNode): void {
    const list = map.get(key);
    if (!list) return;
    const kept = list.filter(n => n !== node);
    if (kept.length > 0) map.set(key, kept);
    else map.delete(key);
}
