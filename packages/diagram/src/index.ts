export { procedureMermaid } from './mermaid/procedure-mermaid.js';
