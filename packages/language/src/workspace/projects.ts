import { UriUtils, WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices, type URI } from 'langium';
import { isTthcFile } from '../generated/ast.js';

interface ProjectMap {
    readonly projectOf: ReadonlyMap<string, string>;
    readonly members: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Splits the workspace into projects. A folder holding a province catalogue is the root of a
 * project; every `.tthc` file belongs to the project of the nearest catalogue folder above it (or
 * beside it), or to the unrooted project `''` when there is none. Names, references and duplicate
 * checks never cross projects, so `examples/` can hold a province and a legacy workspace at once.
 */
export class TthcProjects {
    protected readonly documents: LangiumDocuments;
    protected readonly cache: WorkspaceCache<'map', ProjectMap>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    /** The project (its root folder URI, or `''`) that a document belongs to. */
    projectOf(uri: URI | string): string {
        const key = uri.toString();
        return this.map().projectOf.get(key) ?? this.locate(key, this.catalogueFolders());
    }

    /** The URIs of the documents in a project. */
    membersOf(project: string): ReadonlySet<string> {
        return this.map().members.get(project) ?? new Set();
    }

    /** Whether a document declares a province catalogue. */
    static isCatalogue(document: LangiumDocument): boolean {
        const root = document.parseResult?.value;
        return isTthcFile(root) && root.provinces.length > 0;
    }

    /** The folders that hold a catalogue, as URI strings ending in `/`. */
    catalogueFolders(): string[] {
        return this.documents.all
            .filter(doc => TthcProjects.isCatalogue(doc))
            .map(doc => folderOf(doc.uri))
            .distinct()
            .toArray();
    }

    protected map(): ProjectMap {
        return this.cache.get('map', () => {
            const folders = this.catalogueFolders();
            const projectOf = new Map<string, string>();
            const members = new Map<string, Set<string>>();
            for (const doc of this.documents.all) {
                const uri = doc.uri.toString();
                const project = this.locate(uri, folders);
                projectOf.set(uri, project);
                let set = members.get(project);
                if (!set) {
                    set = new Set();
                    members.set(project, set);
                }
                set.add(uri);
            }
            return { projectOf, members };
        });
    }

    protected locate(uri: string, folders: readonly string[]): string {
        let best = '';
        for (const folder of folders) {
            if (uri.startsWith(folder) && folder.length > best.length) {
                best = folder;
            }
        }
        return best;
    }
}

function folderOf(uri: URI): string {
    const folder = UriUtils.dirname(uri).toString();
    return folder.endsWith('/') ? folder : folder + '/';
}
