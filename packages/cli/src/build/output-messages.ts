// Every sentence that writing a build's output says to the user, in one place (a later catalogue
// translates them). Paths arrive already shown as the user sees them (relative to the working folder).

/**
 * A value read from disk (a manifest, a lock file), quoted for one line of a terminal: JSON string
 * quoting escapes control characters and terminal escapes; long values are cut.
 */
export function quoteUntrusted(value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    const quoted = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    return quoted;
}

/** Why a manifest cannot be trusted: the middle of `untrustedManifest`. */
export const manifestReasons = {
    notJson: 'it is not valid JSON',
    notAFile: 'it is not a regular file',
    tooLarge: (bytes: number) => `it is larger than ${bytes / 1024 / 1024} MiB`,
    notTthc: 'it was not written by tthc',
    newerVersion: (version: number) => `it was written by a newer tthc (manifest version ${version}; this tthc reads version 1)`,
    badField: (field: string) => `its '${field}' is not what tthc writes`,
    notAList: (field: string) => `its '${field}' is not a list`,
    badTarget: (name: unknown) => `the target name ${quoteUntrusted(name)} is not a plain folder name`,
    duplicateTarget: (name: string) => `the target ${quoteUntrusted(name)} is listed twice`,
    badEntry: (index: number) => `entry ${index + 1} of its 'files' has no text 'path'`,
    outsideTargets: (path: string) => `the file ${quoteUntrusted(path)} is not inside a target folder of the manifest`,
    badHash: (path: string) => `the SHA-256 of ${quoteUntrusted(path)} is not 64 hexadecimal digits`,
    duplicateFile: (path: string) => `the file ${quoteUntrusted(path)} is listed twice`
};

/** The sentences of `tthc build`'s output writing. */
export const outputMessages = {
    untrustedManifest: (manifest: string, out: string, reason: string) =>
        `'${manifest}' cannot be trusted: ${reason}; nothing was written or deleted: check '${out}', delete the manifest and the folders you do not want, and build again.`,
    notAFolder: (out: string) => `the output '${out}' exists and is not a folder; choose another --out.`,
    unsafePath: (path: string) => `refusing to write ${quoteUntrusted(path)}: a target produced an unsafe path`,
    unsafeTarget: (name: string) => `refusing to write the target ${quoteUntrusted(name)}: its name is not a plain folder name`,

    // Why a folder of an earlier build is not replaced or deleted.
    foreign: (path: string, folder: string, out: string) =>
        `'${path}' was not written by tthc, so the build will not replace or delete '${folder}': move the file out of '${out}', or choose another --out.`,
    changed: (path: string, folder: string, out: string) =>
        `'${path}' was changed after tthc wrote it, so the build will not replace or delete '${folder}': move the file out of '${out}', or delete it if the change is not wanted, and build again.`,
    unhashed: (path: string, folder: string, out: string) =>
        `the manifest records no SHA-256 for '${path}', so tthc cannot tell whether it changed and will not replace or delete '${folder}': move the file out of '${out}', or delete it, and build again.`,
    link: (path: string, folder: string, out: string) =>
        `'${path}' is a symbolic link, which tthc never writes, so the build will not replace or delete ${path === folder ? 'it' : `'${folder}'`}: remove the link (or move it out of '${out}') and build again.`,
    notFolder: (path: string, out: string) =>
        `'${path}' is not a folder, so tthc did not write it and the build will not replace or delete it: move it out of '${out}', or choose another --out.`,

    // The lock on the output folder.
    lockHeld: (holder: string, out: string, seconds: number, lock: string) =>
        `another build (${holder}) is writing into '${out}'; waited ${seconds} s for it: build again when it has finished, or, if no build is running, delete '${lock}'.`,
    holder: (pid: number, host: string, started: string) => `pid ${pid} on ${host}, started ${started}`,
    unknownHolder: 'its lock file cannot be read',
    notALock: (lock: string) => `'${lock}' is not a lock file that tthc wrote; remove it and build again.`,
    staleLockTaken: (lock: string, holder: string) => `tthc: note: took over '${lock}' from a build that is no longer running (${holder}).`,

    // Interruptions (Ctrl-C and the like).
    interrupted: (signal: string, out: string) => `interrupted (${signal}); nothing in '${out}' was changed.`,
    interruptedAfterWriting: (signal: string, out: string) => `interrupted (${signal}) after the build was written: '${out}' holds the new output.`
};
