import { AstUtils, DefaultScopeProvider, MapScope, type LangiumCoreServices, type ReferenceInfo, type Scope } from 'langium';
import type { TthcProjects } from '../workspace/projects.js';

/** Services this provider needs beyond Langium's. */
export interface TthcScopeServices {
    readonly workspace: { readonly Projects: TthcProjects };
}

/**
 * The default scoping (local declarations first, then the workspace), with the workspace part
 * limited to the referring document's project and cached per project and type until the next change.
 */
export class TthcScopeProvider extends DefaultScopeProvider {
    protected readonly projects: TthcProjects;

    constructor(services: LangiumCoreServices & TthcScopeServices) {
        super(services);
        this.projects = services.workspace.Projects;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const project = this.projects.projectOf(AstUtils.getDocument(context.container).uri);
        return this.globalScopeCache.get(`${project}\u0000${referenceType}`, () =>
            new MapScope(this.indexManager.allElements(referenceType, new Set(this.projects.membersOf(project))))
        );
    }
}
