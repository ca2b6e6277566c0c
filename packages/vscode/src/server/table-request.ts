import { lowerProcedure, lowerProvince, publicationTableHtml, TABLE_STYLE } from '@tthc/compiler';
import { isTthcFile, TthcProjects, type Province, type TthcServices } from '@tthc/language';
import { lspTexts, type LspTexts } from '@tthc/language/lsp';
import type { LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { ProcedureAtParams, PublicationTableResult } from '../protocol.js';
import { errorsWithin, procedureAt } from './procedure-at.js';

/**
 * Answers `tthc/publicationTable`: the table the table target publishes for the procedure at the
 * cursor, from the current (possibly unsaved) text, with its province's catalogue.
 */
export async function publicationTableOf(shared: LangiumSharedCoreServices, services: TthcServices, params: ProcedureAtParams, token: CancellationToken, texts: LspTexts = lspTexts('en')): Promise<PublicationTableResult> {
    const found = await procedureAt(shared, params, token);
    if (!found) {
        return { kind: 'unavailable', reason: texts.text('request.noProcedure') };
    }
    const name = found.procedure.name;
    const quoted = `'${name}'`;
    const errors = errorsWithin(found).length;
    if (errors > 0) {
        return { kind: 'unavailable', procedure: name, reason: texts.text(errors === 1 ? 'request.tableError' : 'request.tableErrors', { name: quoted, count: errors }) };
    }
    const province = provinceOf(shared, services, found.document.uri.toString());
    if (!province) {
        return { kind: 'unavailable', procedure: name, reason: texts.text('request.noCatalogue', { name: quoted }) };
    }
    try {
        const procedure = lowerProcedure(found.procedure);
        const build = { rootUri: services.workspace.Projects.projectOf(found.document.uri), province: lowerProvince(province), procedures: [procedure] };
        return { kind: 'table', procedure: name, title: `${procedure.code} – ${procedure.title}`, html: publicationTableHtml(build, procedure), style: TABLE_STYLE };
    } catch {
        return { kind: 'unavailable', procedure: name, reason: texts.text('request.notPublishable', { name: quoted }) };
    }
}

/** The catalogue of the document's project. */
function provinceOf(shared: LangiumSharedCoreServices, services: TthcServices, uri: string): Province | undefined {
    const projects = services.workspace.Projects;
    const project = projects.projectOf(uri);
    const catalogue = shared.workspace.LangiumDocuments.all.find(doc => TthcProjects.isCatalogue(doc) && projects.projectOf(doc.uri) === project);
    const root = catalogue?.parseResult.value;
    return isTthcFile(root) ? root.provinces[0] : undefined;
}
