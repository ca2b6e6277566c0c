import type { ValidationAcceptor } from 'langium';
import { isMember, type DossierComponent } from '../../generated/ast.js';
import type { ChannelKindName } from '../../semantics/document-channels.js';
import { report } from '../report.js';

/**
 * A document's `… for <channel>` clause names a channel its procedure (or its member of a group, which may declare
 * channels of its own) does not declare: what it says there applies to no dossier, which is most often a slip
 * (`for postal` where the record offers no postal filing). Nothing is reported while no channel is declared at all:
 * the missing channels are reported on their own.
 */
export function checkDocumentChannels(document: DossierComponent, accept: ValidationAcceptor): void {
    const owner = document.$container;
    const channels = isMember(owner) && owner.channels.length > 0 ? owner.channels : isMember(owner) ? owner.$container.channels : owner.channels;
    if (channels.length === 0) return;
    const declared = new Set(channels.map(channel => channel.kind));
    for (const clause of document.byChannel) {
        clause.channels.forEach((channel, index) => {
            if (!declared.has(channel)) {
                report(accept, 'document-channel-undeclared', { name: document.title, channel: channel as ChannelKindName, declared: [...declared] as ChannelKindName[] },
                    { node: clause, property: 'channels', index });
            }
        });
    }
}
