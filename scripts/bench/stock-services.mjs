// Stock Langium 4.4 services for the TTHC grammar (interpreted at run time): Langium's default
// services, only the exports that cross-file references need, and three simple checks. The
// same-run reference of the benchmark, for `tthc check` (stock-langium.mjs) and for the language
// server (lsp/stock-server.mjs).
import { DefaultScopeComputation } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Units, `Unit.Position`, catalogue forms and procedures are referred to from other files.
class ExportReferencedNames extends DefaultScopeComputation {
    async collectExportedSymbols(document) {
        const exports = [];
        const add = (node, name) => exports.push(this.descriptions.createDescription(node, name, document));
        for (const province of document.parseResult.value.provinces ?? []) {
            for (const unit of province.units) {
                add(unit, unit.name);
                for (const position of unit.positions) add(position, `${unit.name}.${position.name}`);
            }
            for (const form of province.forms) add(form, form.name);
        }
        for (const procedure of document.parseResult.value.procedures ?? []) add(procedure, procedure.name);
        return exports;
    }
}

/**
 * Creates the stock services; `sharedModule` adds to the shared ones (e.g. an LSP connection).
 * @param {object} [sharedModule]
 */
export async function createStockServices(sharedModule = {}) {
    const services = await createServicesForGrammar({
        grammar: readFileSync(join(root, 'grammars/tthc.langium'), 'utf8'),
        languageMetaData: { languageId: 'tthc', fileExtensions: ['.tthc'], caseInsensitive: false, mode: 'production' },
        module: { references: { ScopeComputation: s => new ExportReferencedNames(s) } },
        sharedModule: { ...sharedModule, workspace: { FileSystemProvider: () => NodeFileSystem.fileSystemProvider() } }
    });
    services.validation.ValidationRegistry.register({
        Procedure: (node, accept) => { if (!/^[0-9]\.[0-9]{6}/.test(node.code ?? '')) accept('error', 'code', { node, property: 'code' }); },
        // A step names who performs it after `by` (the grammar's `Performers`).
        Step: (node, accept) => { if (!node.by) accept('error', 'performer', { node, property: 'name' }); },
        Unit: (node, accept) => { if (!node.title?.trim()) accept('error', 'title', { node, property: 'title' }); }
    });
    return services;
}
