import { createImportFormatter } from '../format-imported.js';
import type { WorkspaceFile } from './map-bundle.js';

/** The files run through the language's formatter (`createImportFormatter`), so that formatting them changes nothing. */
export function formatFiles(files: readonly WorkspaceFile[]): WorkspaceFile[] {
    const format = createImportFormatter();
    return files.map(file => ({ path: file.path, text: format(file.text, file.path) }));
}
