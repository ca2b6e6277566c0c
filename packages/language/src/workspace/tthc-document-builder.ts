import { Cancellation, DefaultDocumentBuilder, DocumentState, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { globalDeclarationsOf, procedureCodesOf } from './declarations.js';
import type { TthcServices } from '../tthc-module.js';
import { TthcProjects } from './projects.js';
import { TthcRuleSettings } from '../settings/tthc-rule-settings.js';

/**
 * Keeps workspace-wide findings right while files change. Langium revalidates a document only
 * when something it refers to changed; a duplicate is different: when `b.tthc` gains (or loses) a
 * procedure code that `a.tthc` also declares, `a.tthc` must be checked again although it refers to
 * nothing in `b.tthc`. After each update this builder revalidates exactly the documents that declare
 * a name or code that the changed documents declared before or after the change, and relinks
 * everything when a catalogue appears or disappears (which moves files between projects).
 */
export class TthcDocumentBuilder extends DefaultDocumentBuilder {
    // Keys whose documents still need revalidation; kept across cancelled updates.
    protected readonly pendingKeys = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        // A rule settings file is no document: when one changes (the language server hears of it through
        // the watched files), the settings are read again and every document below its folder revalidated.
        const settingsChanged = [...changed, ...deleted].filter(uri => TthcRuleSettings.isConfigUri(uri));
        for (const uri of settingsChanged) {
            for (const services of this.serviceRegistry.all) (services as Partial<TthcServices>).workspace?.RuleSettings?.invalidate(uri);
        }
        const touched = [...changed, ...deleted].map(uri => this.langiumDocuments.getDocument(uri)).filter((doc): doc is LangiumDocument => doc !== undefined);
        // Whether each touched document was a catalogue: only they can make catalogues come or go.
        const wasCatalogue = new Map(touched.map(doc => [doc.uri.toString(), TthcProjects.isCatalogue(doc)] as const));
        for (const doc of touched) {
            declarationKeys(doc).forEach(key => this.pendingKeys.add(key));
        }
        await super.update(changed, deleted, cancelToken);

        const present = changed.map(uri => this.langiumDocuments.getDocument(uri)).filter((doc): doc is LangiumDocument => doc !== undefined);
        present.forEach(doc => declarationKeys(doc).forEach(key => this.pendingKeys.add(key)));
        const changedUris = new Set(present.map(doc => doc.uri.toString()));
        const cataloguesMoved = deleted.some(uri => wasCatalogue.get(uri.toString()) === true)
            || present.some(doc => TthcProjects.isCatalogue(doc) !== (wasCatalogue.get(doc.uri.toString()) ?? false));

        let stale: LangiumDocument[];
        if (cataloguesMoved) {
            stale = this.langiumDocuments.all.filter(doc => !changedUris.has(doc.uri.toString())).toArray();
            stale.forEach(doc => this.resetToState(doc, DocumentState.ComputedScopes));
        } else {
            const folders = settingsChanged.map(uri => uri.toString().slice(0, uri.toString().lastIndexOf('/') + 1));
            // Only when a settings file changed: most updates are edits, and this walks every document.
            const settled = folders.length === 0 ? [] : this.langiumDocuments.all.filter(doc => folders.some(folder => doc.uri.toString().startsWith(folder))).toArray();
            stale = [...new Set([...this.documentsDeclaring(this.pendingKeys), ...settled])]
                .filter(doc => doc.state === DocumentState.Validated && !changedUris.has(doc.uri.toString()));
            stale.forEach(doc => this.resetToState(doc, DocumentState.IndexedReferences));
        }
        if (stale.length > 0) {
            await this.buildDocuments(stale, this.updateBuildOptions, cancelToken);
        }
        this.pendingKeys.clear();
    }

    /** The documents that declare one of the keys (`name:…`, `code:…`), found in the declarations index. */
    protected documentsDeclaring(keys: ReadonlySet<string>): Set<LangiumDocument> {
        const names = [...keys].filter(key => key.startsWith('name:')).map(key => key.slice(5));
        const codes = [...keys].filter(key => key.startsWith('code:')).map(key => key.slice(5));
        const found = new Set<LangiumDocument>();
        for (const services of this.serviceRegistry.all) {
            const declarations = (services as Partial<TthcServices>).workspace?.Declarations;
            declarations?.documentsDeclaring(names, codes).forEach(doc => found.add(doc));
        }
        return found;
    }

    /**
     * Builds the documents open in an editor first, then the others: after an edit of the catalogue,
     * which every procedure refers to, the editor shows the catalogue's and the open procedures'
     * diagnostics as soon as they are linked and validated, instead of after the whole workspace.
     * Names cross files, so every document is parsed and indexed before any is linked. Without
     * editors (the CLI) this is Langium's build.
     */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const open = documents.filter(doc => this.textDocuments?.get(doc.uri) !== undefined);
        if (open.length === 0 || open.length === documents.length) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        const openSet = new Set(open);
        const rest = documents.filter(doc => !openSet.has(doc));
        const unindexed = rest.filter(doc => doc.state < DocumentState.IndexedContent);
        if (unindexed.length > 0) {
            this.prepareBuild(unindexed, options);
            await this.runCancelable(unindexed, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
            await this.runCancelable(unindexed, DocumentState.IndexedContent, cancelToken, doc => this.indexManager.updateContent(doc, cancelToken));
        }
        await super.buildDocuments(open, options, cancelToken);
        await super.buildDocuments(rest, options, cancelToken);
    }
}

// Names and codes compare within a project, but a key without the project is enough to find the
// few candidate documents; the duplicate check itself compares projects.
function declarationKeys(document: LangiumDocument): string[] {
    return [
        ...globalDeclarationsOf(document).map(d => `name:${d.name}`),
        ...procedureCodesOf(document).map(c => `code:${c.code}`)
    ];
}
