import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo, type ScopeProvider } from 'langium';
import { closestName } from './did-you-mean.js';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import type { TthcAddedServices } from '../tthc-module.js';

// How each reference type is named in a message.
const referenceKinds: Record<string, string> = {
    Performer: 'unit or position',
    Unit: 'unit',
    Step: 'step in this procedure',
    Form: 'form'
};

/** The linker, with messages that name what is missing and suggest the closest declared name. */
export class TthcLinker extends DefaultLinker {
    protected readonly scopes: ScopeProvider;
    protected readonly locale: TthcLocale;

    constructor(services: LangiumCoreServices & TthcAddedServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.locale = services.i18n.Locale;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        let suggestion: string | undefined;
        try {
            suggestion = closestName(name, this.scopes.getScope(refInfo).getAllElements().map(d => d.name));
        } catch {
            // A scope that cannot be computed yet just means no suggestion.
        }
        return { ...error, message: this.locale.message('unknown-reference', { kind: referenceKinds[type] ?? type, name, suggestion }) };
    }
}
