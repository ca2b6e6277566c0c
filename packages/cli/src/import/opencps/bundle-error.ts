/** A place in a document of the bundle: its path inside the bundle and, when known, a 1-based line and column. */
export interface BundlePlace {
    readonly file: string;
    readonly line?: number;
    readonly column?: number;
}

/** `services/1.001193.xml:12:5`, or the path alone. */
export function placeText(place: BundlePlace): string {
    return place.line === undefined ? place.file : `${place.file}:${place.line}:${place.column ?? 1}`;
}

/**
 * What stops a document (or the whole bundle) from being read: a corrupt archive, a document that is not XML,
 * one that breaks the import schema. `message` is one sentence in the run's language, what is wrong then what to do.
 */
export class BundleError extends Error {
    constructor(readonly place: BundlePlace, message: string) {
        super(message);
    }

    /** `file:line:col: message`, one line. */
    get line(): string {
        return `${placeText(this.place)}: ${this.message}`;
    }
}
