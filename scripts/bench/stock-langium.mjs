// The same-run reference for `tthc check`: stock Langium 4.4 on the same files with the same grammar
// (grammars/tthc.langium, interpreted at run time), Langium's default services, only the exports that
// cross-file references need, and three simple checks; no projects, no workspace-wide checks, none of
// our service replacements. Prints one JSON line: how long the grammar took to set up, how long the
// build took, and how many diagnostics it found (the workspace is clean, so only the three checks
// and linking could report anything).
//
// Usage: node scripts/bench/stock-langium.mjs <workspace-folder>
import { DefaultScopeComputation, URI } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';
import { readdirSync, readFileSync } from 'node:fs';
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

function tthcFiles(folder) {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : tthcFiles(path);
        return entry.name.endsWith('.tthc') ? [path] : [];
    });
}

const started = performance.now();
const services = await createServicesForGrammar({
    grammar: readFileSync(join(root, 'grammars/tthc.langium'), 'utf8'),
    languageMetaData: { languageId: 'tthc', fileExtensions: ['.tthc'], caseInsensitive: false, mode: 'production' },
    module: { references: { ScopeComputation: s => new ExportReferencedNames(s) } },
    sharedModule: { workspace: { FileSystemProvider: () => NodeFileSystem.fileSystemProvider() } }
});
services.validation.ValidationRegistry.register({
    Procedure: (node, accept) => { if (!/^[0-9]\.[0-9]{6}/.test(node.code ?? '')) accept('error', 'code', { node, property: 'code' }); },
    Step: (node, accept) => { if (!node.performer) accept('error', 'performer', { node, property: 'name' }); },
    Unit: (node, accept) => { if (!node.title?.trim()) accept('error', 'title', { node, property: 'title' }); }
});
const setupMs = performance.now() - started;

const buildStarted = performance.now();
const shared = services.shared;
const documents = tthcFiles(process.argv[2]).map(path => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.file(path));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
});
await shared.workspace.DocumentBuilder.build(documents, { validation: true });
const buildMs = performance.now() - buildStarted;
const diagnostics = documents.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0);
process.stdout.write(JSON.stringify({ setupMs, buildMs, files: documents.length, diagnostics }) + '\n');
