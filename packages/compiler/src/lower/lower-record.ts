import { documentOn, parseAmount, statedChannels, type Channel, type DossierComponent, type Fee } from '@tthc/language';
import type { ChannelModel, DocumentModel, FeeModel } from '../model/procedure-model.js';
import { lowerStatutory } from './lower-duration.js';
import { lowerForm } from './lower-province.js';
import { sourceOf } from './source-ref.js';

// The parts of a procedure's record that the National Portal lists: channels with their fees, and documents.

/** A channel, its statutory time (none when the law sets none) and its fees. */
export function lowerChannel(channel: Channel): ChannelModel {
    const statutory = lowerStatutory(channel.time);
    return {
        kind: channel.kind as ChannelModel['kind'],
        ...(statutory ? { statutoryTime: statutory } : {}),
        notRegulated: channel.time.notRegulated,
        ...(channel.time.sameDayCutOff !== undefined ? { sameDayCutOff: channel.time.sameDayCutOff } : {}),
        ...(channel.time.note !== undefined ? { note: channel.time.note } : {}),
        fees: channel.fees.map(lowerFee),
        exemptions: channel.exemptions.map(e => e.reason),
        source: sourceOf(channel)
    };
}

function percent(text: string | undefined): number | undefined {
    return text === undefined ? undefined : Number(text.replace('%', ''));
}

function lowerFee(fee: Fee): FeeModel {
    const per = fee.perPage ? 'page' : fee.per;
    const caseNode = fee.case?.ref;
    const when = caseNode ? { text: caseNode.title, caseId: caseNode.name } : fee.caseText !== undefined ? { text: fee.caseText } : undefined;
    const discount = percent(fee.discount);
    const rate = percent(fee.rate);
    return {
        kind: fee.kind === 'charge' ? 'charge' : 'fee',
        amountVnd: parseAmount(fee.amount).value,
        perPage: fee.perPage,
        ...(per ? { per } : {}),
        ...(fee.fromPage !== undefined ? { fromPage: fee.fromPage } : {}),
        ...(fee.fromUnit !== undefined ? { fromUnit: fee.fromUnit } : {}),
        ...(fee.cap !== undefined ? { capVnd: parseAmount(fee.cap).value } : {}),
        ...(when ? { when } : {}),
        ...(discount !== undefined ? { discountPercent: discount } : {}),
        ...(fee.over !== undefined ? { overVnd: parseAmount(fee.over).value } : {}),
        ...(fee.upTo !== undefined ? { upToVnd: parseAmount(fee.upTo).value } : {}),
        ...(rate !== undefined ? { ratePercent: rate } : {}),
        ...(fee.basis !== undefined ? { basis: fee.basis } : {}),
        ...(fee.note !== undefined ? { note: fee.note } : {})
    };
}

/** A dossier component, with the media it may be submitted on, and what it is on the channels its clauses name. */
export function lowerDocument(document: DossierComponent): DocumentModel {
    const form = document.form?.ref;
    return {
        title: document.title,
        ...(document.paper ? { paper: document.paper as DocumentModel['paper'] } : {}),
        quantity: document.quantity ?? 1,
        // A component is required unless it says `optional`.
        required: !document.optional,
        ...(form ? { form: lowerForm(form) } : {}),
        media: [...new Set(document.media)].sort() as DocumentModel['media'][number][],
        byChannel: statedChannels(document).map(channel => {
            const on = documentOn(document, channel);
            return { channel, ...(on.paper ? { paper: on.paper } : {}), media: [...on.media] };
        }),
        source: sourceOf(document)
    };
}
