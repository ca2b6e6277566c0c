import type { ChannelSubmission, DossierComponent } from '../generated/ast.js';

/** A way to file: `in-person`, `online` or `postal`. */
export type ChannelKindName = 'in-person' | 'online' | 'postal';
/** What a paper document is: `original`, `copy` or `certified-copy`. */
export type PaperKindName = 'original' | 'copy' | 'certified-copy';
/** How a document may be submitted: `electronic` or `paper`. */
export type MediumName = 'electronic' | 'paper';

/** What a document is on one channel: its paper kind and the media it may be submitted on. */
export interface DocumentOnChannel {
    readonly paper: PaperKindName | undefined;
    /** Sorted, each once. */
    readonly media: readonly MediumName[];
}

/** The channels in the order the National Portal lists them (trực tiếp, trực tuyến, bưu chính). */
export const CHANNEL_KINDS: readonly ChannelKindName[] = ['in-person', 'online', 'postal'];

/** The `… for …` clauses of a document that name `channel`, in the order written. */
export function clausesFor(document: DossierComponent, channel: ChannelKindName): ChannelSubmission[] {
    return document.byChannel.filter(clause => clause.channels.includes(channel));
}

/**
 * What a document is on `channel`: what its `… for channel` clauses say, and for what they leave out
 * (the paper kind, the media) what the document says for every channel. A clause overrides, it does
 * not add: `paper electronic for online` is paper in person and electronic online. Of two paper kinds
 * stated for one channel the last counts, as for an attribute written twice.
 */
export function documentOn(document: DossierComponent, channel: ChannelKindName): DocumentOnChannel {
    const clauses = clausesFor(document, channel);
    const papers = clauses.flatMap(clause => (clause.paper ? [clause.paper as PaperKindName] : []));
    const media = clauses.flatMap(clause => (clause.medium ? [clause.medium as MediumName] : []));
    return {
        paper: papers.at(-1) ?? (document.paper as PaperKindName | undefined),
        media: [...new Set(media.length > 0 ? media : (document.media as MediumName[]))].sort()
    };
}

/** The channels a document's clauses name, in the Portal's order. */
export function statedChannels(document: DossierComponent): ChannelKindName[] {
    const named = new Set(document.byChannel.flatMap(clause => clause.channels));
    return CHANNEL_KINDS.filter(channel => named.has(channel));
}
