import { AstUtils, DefaultLinker, type Cancellation, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo, type ScopeProvider } from 'langium';
import { closestName } from './did-you-mean.js';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import type { TthcAddedServices } from '../tthc-module.js';

// How each reference type is named in a message.
const referenceKinds: Record<string, string> = {
    Performer: 'unit or position',
    Unit: 'unit',
    Step: 'step in this procedure',
    Form: 'form',
    Case: 'case in this procedure',
    Part: 'part in this procedure'
};

/**
 * How many names in scope the suggestions of one document may compare with, each time it is linked.
 * A suggestion compares the unknown name with every name in scope, so a pasted file of thousands of
 * steps that all lead to unknown names would cost steps² comparisons; past this budget (about a
 * thousand unknown names in a full province's scope) the messages go on without a suggestion.
 */
export const SUGGESTION_BUDGET = 1_000_000;

/** The linker, with messages that name what is missing and suggest the closest declared name. */
export class TthcLinker extends DefaultLinker {
    protected readonly scopes: ScopeProvider;
    // What is left of each document's budget; reset when the document is linked again.
    private readonly budgets = new WeakMap<LangiumDocument, { remaining: number }>();
    protected readonly locale: TthcLocale;

    constructor(services: LangiumCoreServices & TthcAddedServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.locale = services.i18n.Locale;
    }

    override async link(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.budgets.set(document, { remaining: SUGGESTION_BUDGET });
        return super.link(document, cancelToken);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        return { ...error, message: this.locale.message('unknown-reference', { kind: referenceKinds[type] ?? type, name, suggestion: this.suggest(refInfo, name) }) };
    }

    private suggest(refInfo: ReferenceInfo, name: string): string | undefined {
        const document = AstUtils.getDocument(refInfo.container);
        let budget = this.budgets.get(document);
        if (!budget) {
            budget = { remaining: SUGGESTION_BUDGET };
            this.budgets.set(document, budget);
        }
        if (budget.remaining <= 0) {
            return undefined;
        }
        try {
            const candidates = this.scopes.getScope(refInfo).getAllElements().map(d => d.name).toArray();
            budget.remaining -= candidates.length;
            return closestName(name, candidates);
        } catch {
            // A scope that cannot be computed yet just means no suggestion.
            return undefined;
        }
    }
}
