// The TTHC language server: Langium's LSP layer over the language's services, plus the requests the
// extension's views need. Runs over stdio (`--stdio`, e.g. Neovim) or Node IPC (VS Code).
import { createTthcLspServices, lspTexts } from '@tthc/language/lsp';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DIAGRAM_REQUEST, DUE_OPTIONS_REQUEST, DUE_TIMES_REQUEST, PROJECTS_REQUEST, PUBLICATION_TABLE_REQUEST, TIME_SUMMARIES_REQUEST, type DueTimesParams, type ProcedureAtParams } from '../protocol.js';
import { dueOptionsOf, dueTimesOf } from './due-times-request.js';
import { timeSummariesOf } from './time-summaries-request.js';
import { projectsOf } from './projects-request.js';
import { diagramOf } from './diagram-request.js';
import { WorkspaceDocuments } from './files/workspace-documents.js';
import { WorkspaceFileSystemProvider } from './files/workspace-file-system.js';
import { WorkspaceFolders } from './files/workspace-folders.js';
import { rulesDocumentUri } from './rules-document.js';
import { languageOfInitialize } from './server-language.js';
import { publicationTableOf } from './table-request.js';

const connection = createConnection(ProposedFeatures.all);
// The disk is read only inside the client's workspace folders (known once `initialize` has arrived,
// before anything is read).
const folders = new WorkspaceFolders(() => shared.workspace.WorkspaceManager.workspaceFolders);
const { shared, Tthc } = createTthcLspServices(
    { connection, fileSystemProvider: () => new WorkspaceFileSystemProvider(folders) },
    { hostModule: { workspace: { LangiumDocuments: s => new WorkspaceDocuments(s) } } }
);
Tthc.documentation.RuleLinks.base = rulesDocumentUri(process.argv[1] ?? process.cwd());
// Diagnostics in Vietnamese link to the Vietnamese page (same anchors).
const vietnameseRules = rulesDocumentUri(process.argv[1] ?? process.cwd(), 'vi');
if (vietnameseRules) Tthc.documentation.RuleLinks.translated.vi = vietnameseRules;
// The client says its language at `initialize`, before the workspace is first built.
shared.lsp.LanguageServer.onInitialize(params => {
    Tthc.i18n.Locale.language = languageOfInitialize(params);
});

// Each request speaks the locale's language as it is when the request arrives.
connection.onRequest(DIAGRAM_REQUEST, (params: ProcedureAtParams, token) => diagramOf(shared, params, token, lspTexts(Tthc.i18n.Locale)));
connection.onRequest(PUBLICATION_TABLE_REQUEST, (params: ProcedureAtParams, token) => publicationTableOf(shared, Tthc, params, token, lspTexts(Tthc.i18n.Locale)));
connection.onRequest(PROJECTS_REQUEST, (_params: object, token) => projectsOf(shared, token));
connection.onRequest(TIME_SUMMARIES_REQUEST, (params: { uri: string }, token) => timeSummariesOf(shared, params, token, lspTexts(Tthc.i18n.Locale)));
connection.onRequest(DUE_OPTIONS_REQUEST, (params: ProcedureAtParams, token) => dueOptionsOf(shared, params, token, Tthc.calendar.Clock, lspTexts(Tthc.i18n.Locale)));
connection.onRequest(DUE_TIMES_REQUEST, (params: DueTimesParams, token) => dueTimesOf(shared, params, token, lspTexts(Tthc.i18n.Locale)));

startLanguageServer(shared);
