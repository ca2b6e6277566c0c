import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isTthcFile } from '../generated/ast.js';
import { globalDeclarationsOf } from '../workspace/declarations.js';

/**
 * Exports what other files refer to: the province, its units, positions (as `Unit.Position`),
 * catalogue forms, and procedures. Steps, a procedure's own forms, cases, parts and bodies are
 * local: they are visible inside their procedure, which is all that refers to them.
 */
export class TthcScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        return globalDeclarationsOf(document).map(({ name, node }) => this.descriptions.createDescription(node, name, document));
    }

    // The default walks every node and scopes each named one in its container; catalogues hold
    // thousands of positions that nothing refers to locally, so only procedures' contents are scoped.
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        if (isTthcFile(root)) {
            for (const procedure of root.procedures) {
                // Cases, parts and bodies are referred to from the procedure's own steps, transitions and fees.
                const named = [...procedure.steps, ...procedure.forms, ...procedure.cases, ...procedure.parts, ...procedure.bodies];
                for (const node of named) {
                    if (node.name) symbols.add(procedure, this.descriptions.createDescription(node, node.name, document));
                }
            }
        }
        return symbols;
    }
}
