// The same-run reference for the language-server figures: stock Langium 4.4's language server over
// the stock services of stock-services.mjs (the TTHC grammar, default services, three checks).
//
// Usage: node scripts/bench/lsp/stock-server.mjs --stdio
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createStockServices } from '../stock-services.mjs';

const connection = createConnection(ProposedFeatures.all);
const services = await createStockServices({ lsp: { Connection: () => connection } });
startLanguageServer(services.shared);
