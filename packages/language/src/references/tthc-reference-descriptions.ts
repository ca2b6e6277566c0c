import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription
} from 'langium';

// How many references to index between two looks at the cancellation token.
const REFERENCES_PER_INTERRUPT_CHECK = 256;

/**
 * The index of what each document refers to (for find-references and for deciding what to relink),
 * built from the references the parser already collected in `document.references` instead of a walk
 * over every node with a cancellation check at each.
 */
export class TthcReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let count = 0;
        for (const reference of document.references) {
            if (++count % REFERENCES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            // The CST node of a reference belongs to the AST node that holds the reference.
            const container = reference.$refNode?.astNode;
            if (container && !reference.error) {
                descriptions.push(...this.createInfoDescriptions({ reference, container, property: '' }));
            }
        }
        return descriptions;
    }
}
