import { lowerProcedure, lowerProvince, publicationTableHtml, TABLE_STYLE } from '@tthc/compiler';
import { isTthcFile, TthcProjects, type Province, type TthcServices } from '@tthc/language';
import type { LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { ProcedureAtParams, PublicationTableResult } from '../protocol.js';
import { errorsWithin, procedureAt } from './procedure-at.js';

/**
 * Answers `tthc/publicationTable`: the table the table target publishes for the procedure at the
 * cursor, from the current (possibly unsaved) text, with its province's catalogue.
 */
export async function publicationTableOf(shared: LangiumSharedCoreServices, services: TthcServices, params: ProcedureAtParams, token: CancellationToken): Promise<PublicationTableResult> {
    const found = await procedureAt(shared, params, token);
    if (!found) {
        return { kind: 'unavailable', reason: 'This file declares no procedure: open a procedure file, or put the cursor in a procedure.' };
    }
    const name = found.procedure.name;
    const errors = errorsWithin(found).length;
    if (errors > 0) {
        return { kind: 'unavailable', procedure: name, reason: `'${name}' has ${errors} error${errors === 1 ? '' : 's'} (see the Problems panel): the table is published from checked procedures only.` };
    }
    const province = provinceOf(shared, services, found.document.uri.toString());
    if (!province) {
        return { kind: 'unavailable', procedure: name, reason: `No province catalogue was found for '${name}': the table names units from the catalogue of the procedure's folder or a folder above it.` };
    }
    try {
        const procedure = lowerProcedure(found.procedure);
        const build = { rootUri: services.workspace.Projects.projectOf(found.document.uri), province: lowerProvince(province), procedures: [procedure] };
        return { kind: 'table', procedure: name, title: `${procedure.code} – ${procedure.title}`, html: publicationTableHtml(build, procedure), style: TABLE_STYLE };
    } catch {
        return { kind: 'unavailable', procedure: name, reason: `'${name}' is not complete enough to publish yet: check it with the Problems panel.` };
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
