import { WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isTthcFile, type Procedure } from '../generated/ast.js';
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

/** The procedure codes a document declares, normalised for comparison. */
export function procedureCodesOf(document: LangiumDocument): Array<{ code: string; procedure: Procedure }> {
    const root = document.parseResult?.value;
    if (!isTthcFile(root)) {
        return [];
    }
    return root.procedures.filter(p => p.code).map(procedure => ({ code: normaliseCode(procedure.code!), procedure }));
}

/** Codes compare without case or surrounding space. */
export function normaliseCode(code: string): string {
    return code.trim().toUpperCase();
}

interface ProjectDeclarations {
    readonly names: Map<string, AstNode[]>;
    readonly codes: Map<string, AstNode[]>;
}

/**
 * Every global name and procedure code of each project, rebuilt once after any change in the
 * workspace (one linear pass over the ASTs), so that duplicate checks cost a map look-up per
 * declaration instead of a scan of the workspace.
 */
export class TthcDeclarations {
    protected readonly documents: LangiumDocuments;
    protected readonly projects: TthcProjects;
    protected readonly cache: WorkspaceCache<'all', Map<string, ProjectDeclarations>>;

    constructor(shared: LangiumSharedCoreServices, projects: TthcProjects) {
        this.documents = shared.workspace.LangiumDocuments;
        this.projects = projects;
        this.cache = new WorkspaceCache(shared);
    }

    /** All nodes declaring `name` in the project. */
    withName(project: string, name: string): readonly AstNode[] {
        return this.all().get(project)?.names.get(name) ?? [];
    }

    /** All procedures with `code` (normalised) in the project. */
    withCode(project: string, code: string): readonly AstNode[] {
        return this.all().get(project)?.codes.get(code) ?? [];
    }

    protected all(): Map<string, ProjectDeclarations> {
        return this.cache.get('all', () => {
            const result = new Map<string, ProjectDeclarations>();
            for (const document of this.documents.all) {
                const project = this.projects.projectOf(document.uri);
                let declarations = result.get(project);
                if (!declarations) {
                    declarations = { names: new Map(), codes: new Map() };
                    result.set(project, declarations);
                }
                for (const { name, node } of globalDeclarationsOf(document)) {
                    push(declarations.names, name, node);
                }
                for (const { code, procedure } of procedureCodesOf(document)) {
                    push(declarations.codes, code, procedure);
                }
            }
            return result;
        });
    }
}

function push(map: Map<string, AstNode[]>, key: string, node: AstNode): void {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
}
