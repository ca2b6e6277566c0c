// One fresh process of the replacements benchmark (replacements.mjs): `tthc check`'s cold build
// (the services of createTthcServices, every file read with the Node file system, one build with
// validation), with ONE of the language's replacements of a Langium service put back to Langium's
// default, or none ('ours'). Then, when asked, edits of the shared catalogue (a unit's title changed
// and restored), each followed by the builder's update as the language server runs it (with a
// cancellation token): every procedure refers to the catalogue, so each edit relinks, re-indexes
// and revalidates the whole workspace.
//
// Prints one JSON line: the variant, the build's time, the time spent inside the replaced service,
// the median edit, and the number of diagnostics (they must be equal across variants).
//
// Usage: node scripts/bench/replacement-check.mjs <variant> <workspace-folder> [edits]
//   variant: ours | langium-reference-descriptions
// (The validation registry and the document validator's node loop were measured the same way, at
// commit f07b446, and removed: docs/performance.md.)
import {
    Cancellation, DefaultReferenceDescriptionProvider, URI, createDefaultCoreModule, createDefaultSharedCoreModule, inject
} from 'langium';
import { NodeFileSystem } from 'langium/node';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const languageOut = join(root, 'packages', 'language', 'out');
const { TthcModule, TthcSharedModule } = await import(join(languageOut, 'tthc-module.js'));
const { TthcGeneratedModule, TthcGeneratedSharedModule } = await import(join(languageOut, 'generated', 'module.js'));
const { registerValidationChecks } = await import(join(languageOut, 'validation', 'tthc-validator.js'));

/** CPU milliseconds of this process since `since` (a `process.cpuUsage()`). */
function cpuMs(since) {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1000;
}

/** CPU milliseconds spent inside validation and inside the reference index, summed over calls. */
const spent = { validation: 0, references: 0 };

// Times a service's method (CPU time of the process: on a shared machine, wall time also counts
// other processes' turns; the builds here run one service call at a time).
function timed(service, method, key) {
    const original = service[method].bind(service);
    service[method] = async (...args) => {
        const started = process.cpuUsage();
        try {
            return await original(...args);
        } finally {
            spent[key] += cpuMs(started);
        }
    };
    return service;
}

/** The override of each variant: Langium's own service in place of one replacement. */
const VARIANTS = {
    'ours': {},
    'langium-reference-descriptions': { workspace: { ReferenceDescriptionProvider: services => new DefaultReferenceDescriptionProvider(services) } }
};

const [variant, folder, editsText = '0'] = process.argv.slice(2);
if (!(variant in VARIANTS) || !folder || !/^[0-9]+$/.test(editsText)) {
    process.stderr.write(`usage: node scripts/bench/replacement-check.mjs <${Object.keys(VARIANTS).join('|')}> <workspace-folder> [edits]\n`);
    process.exit(2);
}

// The catalogue's text as the edits leave it; every other file comes from disk.
const overlay = new Map();
const fileSystemProvider = () => {
    const disk = NodeFileSystem.fileSystemProvider();
    return Object.assign(Object.create(Object.getPrototypeOf(disk)), disk, {
        readFile: async uri => overlay.get(uri.toString()) ?? disk.readFile(uri),
        readFileSync: uri => overlay.get(uri.toString()) ?? disk.readFileSync(uri)
    });
};

// createTthcServices, with the variant's module injected last.
const shared = inject(createDefaultSharedCoreModule({ fileSystemProvider }), TthcGeneratedSharedModule, TthcSharedModule);
const Tthc = inject(createDefaultCoreModule({ shared }), TthcGeneratedModule, TthcModule, VARIANTS[variant]);
shared.ServiceRegistry.register(Tthc);
registerValidationChecks(Tthc);
// What each variant replaces is timed in every variant, so the times compare like with like.
timed(Tthc.validation.DocumentValidator, 'validateDocument', 'validation');
timed(Tthc.workspace.ReferenceDescriptionProvider, 'createDescriptions', 'references');

function tthcFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : tthcFiles(path);
        return entry.name.endsWith('.tthc') ? [path] : [];
    }).sort();
}

const buildStarted = performance.now();
const buildCpu = process.cpuUsage();
const documents = tthcFiles(resolve(folder)).map(path => {
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.file(path));
    shared.workspace.LangiumDocuments.addDocument(document);
    return document;
});
await shared.workspace.DocumentBuilder.build(documents, { validation: true });
const buildMs = performance.now() - buildStarted;
const build = { ms: buildMs, cpuMs: cpuMs(buildCpu), validationMs: spent.validation, referencesMs: spent.references };
const diagnostics = documents.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0);

// Catalogue edits: a unit's title gets a suffix, then loses it again.
const edits = [];
const catalogue = documents.find(document => document.uri.path.endsWith('/catalogue.tthc'));
const original = catalogue ? readFileSync(catalogue.uri.fsPath, 'utf8') : '';
const titled = /^\s*unit\s+\S+\s+"[^"]*"/m.exec(original);
for (let i = 0; i < Number(editsText) && titled; i++) {
    const at = titled.index + titled[0].length - 1;
    overlay.set(catalogue.uri.toString(), i % 2 === 0 ? `${original.slice(0, at)} (đã sửa)${original.slice(at)}` : original);
    spent.validation = 0;
    spent.references = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await shared.workspace.DocumentBuilder.update([catalogue.uri], [], new Cancellation.CancellationTokenSource().token);
    edits.push({ ms: performance.now() - started, cpuMs: cpuMs(cpu), validationMs: spent.validation, referencesMs: spent.references });
}
const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length === 0 ? null : sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const editDiagnostics = documents.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0);
const edit = edits.length === 0 ? null : Object.fromEntries(['ms', 'cpuMs', 'validationMs', 'referencesMs'].map(key => [key, median(edits.map(e => e[key]))]));
process.stdout.write(JSON.stringify({ variant, files: documents.length, build, diagnostics, edits: edits.length, edit, editDiagnostics }) + '\n');
