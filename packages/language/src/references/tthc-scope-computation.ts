import { DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';
import { globalDeclarationsOf } from '../workspace/declarations.js';

/**
 * Exports what other files refer to: the province, its units, positions (as `Unit.Position`),
 * catalogue forms, and procedures. Steps and a procedure's own forms stay local to the procedure
 * (the default local scopes handle them).
 */
export class TthcScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        return globalDeclarationsOf(document).map(({ name, node }) => this.descriptions.createDescription(node, name, document));
    }
}
