import { quoteSource } from '@tthc/language';

/**
 * Sentences the CLI itself prints about paths and workspaces (what is wrong, then what to do), in one
 * place so that a translation can cover them. Paths come from the command line or from a folder
 * listing: they are quoted with `quoteSource`, so that a control character in a file name is shown,
 * never sent to the terminal.
 */
export const cliMessages = {
    /** A path named on the command line that is a FIFO, a socket or a device. */
    notFileOrFolder: (path: string, kind: string) =>
        `${quotePath(path)} is ${kind}, not a file or a folder; name .tthc files or folders that hold them.`,
    /** A path named on the command line that is a symbolic link to nothing. */
    danglingLink: (path: string, target: string) =>
        `${quotePath(path)} is a symbolic link to ${quotePath(target)}, which does not exist; correct the link, or name the file itself.`,
    /** A `.tthc` entry of a folder that is not a regular file: left out, never opened. */
    skippedEntry: (path: string, kind: string) =>
        kind === 'a symbolic link'
            ? `skipped ${quotePath(path)}: a symbolic link, which is not followed inside folders (nor by the editor); name it on the command line to check it.`
            : `skipped ${quotePath(path)}: it is ${kind}, not a regular file; replace it with a .tthc file, or remove it.`,
    /** The named paths hold no `.tthc` file, or files that declare nothing. */
    nothingTo: (command: 'check' | 'build', paths: readonly string[], fileCount: number) => {
        const where = paths.length > 0 ? paths.map(quotePath).join(', ') : 'the current folder';
        const found = fileCount === 0
            ? 'no .tthc files found'
            : `${fileCount === 1 ? 'its .tthc file declares' : `its ${fileCount} .tthc files declare`} no province catalogue and no procedure`;
        return `nothing to ${command} in ${where}: ${found}; name the folder of a province, which holds its catalogue ('province Name "Title" { … }') and its procedures (docs/language.md).`;
    }
};

function quotePath(path: string): string {
    // A path is shown whole (cutting it would hide which file is meant), only made visible.
    return quoteSource(path, Number.POSITIVE_INFINITY);
}
