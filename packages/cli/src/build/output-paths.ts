/**
 * Whether a path that a target produced is safe to write below the output folder: relative, `/`-
 * separated segments of ASCII letters, digits, `.`, `_` and `-`, none of them `.` or `..`. Targets
 * build paths with `safeFileName`; this is the check at the edge, in case one does not.
 */
export function isSafeRelativePath(path: string): boolean {
    if (path.length === 0 || path.length > 400 || path.startsWith('/')) {
        return false;
    }
    return path.split('/').every(segment => /^[A-Za-z0-9._-]+$/.test(segment) && segment !== '.' && segment !== '..' && segment.length <= 255);
}

/**
 * Whether a target name can be the name of its folder directly inside the output folder: one segment
 * of lower-case ASCII letters, digits and `-`, starting with a letter. The folder's own files
 * (`tthc-manifest.json`, `.tthc-lock`, `.tthc-staging-…`) can never be target folders.
 */
export function isSafeTargetName(name: string): boolean {
    return /^[a-z][a-z0-9-]{0,63}$/.test(name);
}
