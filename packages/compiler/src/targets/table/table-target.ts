import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { safeFileName } from '../safe-file-name.js';
import type { OutputFile, Target } from '../target.js';
import { renderDocx } from './docx.js';
import { procedureDocxPage } from './docx-page.js';
import { renderHtml } from './html.js';
import { indexPage } from './index-page.js';
import { renderMarkdown } from './markdown.js';
import { procedurePage } from './procedure-page.js';

const FOLDER = 'tables';

// By code, then name, comparing UTF-16 code units: the same order on every machine and locale
// (`localeCompare` depends on the ICU data of the Node that runs it).
function byCode(a: ProcedureModel, b: ProcedureModel): number {
    const key = (p: ProcedureModel) => [p.code, p.id];
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
        if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    }
    return 0;
}

/**
 * Each procedure's file name (without extension): its safe code. A checked workspace has unique codes,
 * but two codes may still meet after `safeFileName`, or meet `index`: the later one then adds its name.
 */
function fileNames(procedures: readonly ProcedureModel[]): Map<ProcedureModel, string> {
    const taken = new Set<string>(['index']);
    const names = new Map<ProcedureModel, string>();
    for (const procedure of procedures) {
        const code = safeFileName(procedure.code);
        let name = code;
        if (taken.has(name.toLowerCase())) name = safeFileName(`${code}-${safeFileName(procedure.id)}`);
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = safeFileName(`${code}-${safeFileName(procedure.id)}-${n}`);
        // Compared in lower case: the folder may land on a case-insensitive file system.
        taken.add(name.toLowerCase());
        names.set(procedure, name);
    }
    return names;
}

/**
 * The publication table that the Chairman's decision annexes, in Vietnamese: for each procedure
 * `tables/<code>.md`, `tables/<code>.html` and `tables/<code>.docx` (steps, exception paths, total
 * against the statutory time per channel), and `tables/index.md` and `tables/index.html` listing them
 * all. See docs/table-target.md.
 */
export const tableTarget: Target = {
    name: 'table',
    description: 'publication tables of the internal procedures, in Vietnamese (Markdown, HTML and Word)',
    async compile(build: ProvinceBuild): Promise<OutputFile[]> {
        const procedures = [...build.procedures].sort(byCode);
        const names = fileNames(procedures);
        const files: OutputFile[] = [
            { path: `${FOLDER}/index.md`, content: renderMarkdown(indexPage(build, procedures, names, '.md')) },
            { path: `${FOLDER}/index.html`, content: renderHtml(indexPage(build, procedures, names, '.html')) }
        ];
        for (const procedure of procedures) {
            const page = procedurePage(build, procedure);
            const name = names.get(procedure)!;
            files.push({ path: `${FOLDER}/${name}.md`, content: renderMarkdown(page) });
            files.push({ path: `${FOLDER}/${name}.html`, content: renderHtml(page) });
            files.push({ path: `${FOLDER}/${name}.docx`, content: '', bytes: await renderDocx(procedureDocxPage(build, procedure)) });
        }
        return files;
    }
};
