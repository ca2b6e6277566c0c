import { DocumentState, URI, UriUtils, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
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
    protected current: { map: ProjectMap; catalogues: ReadonlySet<string> } | undefined;
    // Documents changed or deleted since the map was made: only they can change it.
    protected readonly pending = new Set<string>();
    /** Counts the times the map was made anew: caches derived from it compare this. */
    generation = 0;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.pending.add(uri.toString());
        });
    }

    /** The project (its root folder URI, or `''`) that a document belongs to. */
    projectOf(uri: URI | string): string {
        const key = uri.toString();
        return this.map().projectOf.get(key) ?? this.locate(key, this.catalogueFolders());
    }

    /** The generation of the current map (made anew first if the workspace's structure changed). */
    currentGeneration(): number {
        this.map();
        return this.generation;
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

    /**
     * The map of projects. An edit that neither adds nor removes a file nor makes or unmakes a
     * catalogue leaves it as it is: recomputing it means a string comparison per file and folder,
     * which at thousands of files would cost every keystroke milliseconds.
     */
    protected map(): ProjectMap {
        if (this.current && this.pending.size > 0 && !this.structureChanged(this.current)) {
            for (const uri of [...this.pending]) {
                // A document not parsed yet may still turn into a catalogue: look again later.
                if ((this.documents.getDocument(URI.parse(uri))?.state ?? DocumentState.Parsed) >= DocumentState.Parsed) this.pending.delete(uri);
            }
        } else if (!this.current || this.pending.size > 0) {
            this.pending.clear();
            this.current = this.compute();
            this.generation++;
        }
        return this.current.map;
    }

    protected structureChanged(current: { map: ProjectMap; catalogues: ReadonlySet<string> }): boolean {
        for (const uri of this.pending) {
            const document = this.documents.getDocument(URI.parse(uri));
            if (!document || !current.map.projectOf.has(uri) || TthcProjects.isCatalogue(document) !== current.catalogues.has(uri)) return true;
        }
        return false;
    }

    protected compute(): { map: ProjectMap; catalogues: ReadonlySet<string> } {
        {
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
            const catalogues = new Set(this.documents.all.filter(doc => TthcProjects.isCatalogue(doc)).map(doc => doc.uri.toString()));
            return { map: { projectOf, members }, catalogues };
        }
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
