import { AstUtils, DefaultScopeProvider, MapScope, type AstNode, type LangiumCoreServices, type LocalSymbols, type ReferenceInfo, type Scope } from 'langium';
import type { TthcProjects } from '../workspace/projects.js';
import { indexLocalDeclarations, LocalScope, type LocalDeclarations } from './local-scope.js';

/** Services this provider needs beyond Langium's. */
export interface TthcScopeServices {
    readonly workspace: { readonly Projects: TthcProjects };
}

/**
 * The default scoping (local declarations first, then the workspace), with the workspace part
 * limited to the referring document's project and cached per project and type until the next change,
 * and the local part indexed by name once per container and type (`LocalScope`).
 */
export class TthcScopeProvider extends DefaultScopeProvider {
    protected readonly projects: TthcProjects;
    // Keyed by the document's symbol table: a re-parse or a new scope computation replaces it, and the
    // index with it. Within one table, by container node and reference type.
    private readonly localIndexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, LocalDeclarations>>>();

    constructor(services: LangiumCoreServices & TthcScopeServices) {
        super(services);
        this.projects = services.workspace.Projects;
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let result = this.getGlobalScope(referenceType, context);
        if (!localSymbols) {
            return result;
        }
        // Innermost container first in Langium's loop, so the outermost scope is wrapped first here.
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) containers.push(node);
        }
        for (let i = containers.length - 1; i >= 0; i--) {
            result = new LocalScope(this.localDeclarations(localSymbols, containers[i], referenceType), result);
        }
        return result;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const project = this.projects.projectOf(AstUtils.getDocument(context.container).uri);
        return this.globalScopeCache.get(`${project}\u0000${referenceType}`, () =>
            new MapScope(this.indexManager.allElements(referenceType, new Set(this.projects.membersOf(project))))
        );
    }

    private localDeclarations(localSymbols: LocalSymbols, container: AstNode, referenceType: string): LocalDeclarations {
        let byContainer = this.localIndexes.get(localSymbols);
        if (!byContainer) {
            byContainer = new Map();
            this.localIndexes.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let declarations = byType.get(referenceType);
        if (!declarations) {
            declarations = indexLocalDeclarations(localSymbols.getStream(container).filter(d => this.reflection.isSubtype(d.type, referenceType)));
            byType.set(referenceType, declarations);
        }
        return declarations;
    }
}
