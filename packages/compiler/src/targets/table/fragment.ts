import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { renderHtmlBody, TABLE_STYLE } from './html.js';
import { procedurePage } from './procedure-page.js';

export { TABLE_STYLE };

/** A procedure's publication table (steps, exception paths, totals) as an HTML fragment to embed. */
export function publicationTableHtml(build: ProvinceBuild, procedure: ProcedureModel): string {
    return renderHtmlBody(procedurePage(build, procedure));
}
