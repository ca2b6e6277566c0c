import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { strong, text, type Block, type Page } from './blocks.js';
import { procedurePage } from './procedure-page.js';
import { totalText } from './published-text.js';
import { flowTotalText } from './rows.js';

/**
 * The page of a procedure as the Word document shows it: the page of the Markdown and HTML, with the
 * header block of an annexed table under the name: `Tổng thời gian giải quyết: …` (the published total
 * with its stated cut, or the total of the internal procedure when none is published). The record that
 * follows starts with the code and, for a group of procedures, lists the members.
 */
export function procedureDocxPage(build: ProvinceBuild, procedure: ProcedureModel): Page {
    const page = procedurePage(build, procedure);
    const total = procedure.total
        ? totalText(procedure.total)
        : flowTotalText(procedure, procedure.timing.planned, procedure.timing.uncounted);
    const header: Block = { kind: 'paragraph', line: [strong('Tổng thời gian giải quyết:'), text(` ${total}`)] };
    // After the title and the subtitle, before the record.
    return { title: page.title, blocks: [...page.blocks.slice(0, 2), header, ...page.blocks.slice(2)] };
}
