// The same-run reference for `tthc check`: stock Langium 4.4 on the same files with the same grammar
// (grammars/tthc.langium, interpreted at run time), Langium's default services, only the exports that
// cross-file references need, and three simple checks; no projects, no workspace-wide checks, none of
// our service replacements. Prints one JSON line: how long the grammar took to set up, how long the
// build took, and how many diagnostics it found (the workspace is clean, so only the three checks
// and linking could report anything).
//
// Usage: node scripts/bench/stock-langium.mjs <workspace-folder>
import { URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStockServices } from './stock-services.mjs';

function tthcFiles(folder) {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : tthcFiles(path);
        return entry.name.endsWith('.tthc') ? [path] : [];
    });
}

const started = performance.now();
const services = await createStockServices();
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
