// The TTHC language server: Langium's LSP layer over the language's services, plus the requests the
// extension's views need. Runs over stdio (`--stdio`, e.g. Neovim) or Node IPC (VS Code).
import { createTthcLspServices } from '@tthc/language/lsp';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DIAGRAM_REQUEST, PROJECTS_REQUEST, PUBLICATION_TABLE_REQUEST, TIME_SUMMARIES_REQUEST, type ProcedureAtParams } from '../protocol.js';
import { timeSummariesOf } from './time-summaries-request.js';
import { projectsOf } from './projects-request.js';
import { diagramOf } from './diagram-request.js';
import { rulesDocumentUri } from './rules-document.js';
import { languageOfInitialize } from './server-language.js';
import { publicationTableOf } from './table-request.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Tthc } = createTthcLspServices({ connection, ...NodeFileSystem });
Tthc.documentation.RuleLinks.base = rulesDocumentUri(process.argv[1] ?? process.cwd());
// The client says its language at `initialize`, before the workspace is first built.
shared.lsp.LanguageServer.onInitialize(params => {
    Tthc.i18n.Locale.language = languageOfInitialize(params);
});

connection.onRequest(DIAGRAM_REQUEST, (params: ProcedureAtParams, token) => diagramOf(shared, params, token));
connection.onRequest(PUBLICATION_TABLE_REQUEST, (params: ProcedureAtParams, token) => publicationTableOf(shared, Tthc, params, token));
connection.onRequest(PROJECTS_REQUEST, (_params: object, token) => projectsOf(shared, token));
connection.onRequest(TIME_SUMMARIES_REQUEST, (params: { uri: string }, token) => timeSummariesOf(shared, params, token));

startLanguageServer(shared);
