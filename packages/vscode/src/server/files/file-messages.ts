import type { URI } from 'langium';

// The server's answers about files it will not read, in one place for a later translation.

/** Why a URI outside the workspace folders is not read. */
export function fileOutsideWorkspace(uri: URI): string {
    return `The language server reads only .tthc files inside the workspace folders and documents open in the editor, not '${shown(uri)}': open the file in the editor, or add its folder to the workspace.`;
}

/** A file of the workspace that cannot be read (it does not exist, or is not a readable file). */
export function fileNotReadable(uri: URI): string {
    return `'${shown(uri)}' is not a readable .tthc file of the workspace: it may have been moved or deleted; open it again from the workspace.`;
}

// The path of a `file:` URI, the whole URI otherwise; at most 300 characters.
function shown(uri: URI): string {
    const text = uri.scheme === 'file' ? uri.fsPath : uri.toString();
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
