import type { ProvinceBuild, SourceRef } from '../model/procedure-model.js';

/**
 * A file a target produces: a path relative to the target's folder (`/`-separated) and its text, or for
 * a binary file (a Word document) its bytes, with an empty `content`.
 */
export interface OutputFile {
    readonly path: string;
    readonly content: string;
    /** The file's bytes when it is not text; written as they are instead of `content`. */
    readonly bytes?: Uint8Array;
}

/**
 * An output format. `compile` is a pure function of the model: the same build gives the same files,
 * byte for byte (stable order, no timestamps, `\n` line ends, NFC text). Paths must be built with
 * `safeFileName` from codes and names, never from raw text.
 */
export interface Target {
    /** The name used with `--target` and as the output folder: lower case, no spaces. */
    readonly name: string;
    /** One line for `tthc build --help`. */
    readonly description: string;
    /** May be asynchronous. */
    compile(build: ProvinceBuild): OutputFile[] | Promise<OutputFile[]>;
}

/** A source reference as output shows it: the file relative to the project root, and the line. */
export function relativeSource(build: ProvinceBuild, source: SourceRef): { file: string; line: number; column: number } {
    const file = source.uri.startsWith(build.rootUri) ? decodeURIComponent(source.uri.slice(build.rootUri.length)) : decodeURIComponent(source.uri.replace(/^.*\//, ''));
    // File systems may store names decomposed (macOS does): the output is NFC like everything else.
    return { file: file.normalize('NFC'), line: source.line, column: source.column };
}
