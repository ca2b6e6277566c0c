import type { AstNode, AstNodeDescription, GrammarAST, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem } from 'langium/lsp';
import { isForm, isPosition, isStep, isUnit } from '../../generated/ast.js';
import { hoverMarkdown } from '../hover/tthc-hover.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { candidateFilter } from './reference-candidates.js';
import { snippetItem, snippets } from './snippets.js';

/**
 * Completion that knows the domain. References are taken from the scope provider (so only what
 * links is proposed) and then filtered by the two-level rules (`reference-candidates.ts`): after
 * `by`, units and positions of the procedure's level only; never a district unit. Each item shows
 * the declaration's title. Keywords stay as Langium proposes them, and the keywords that start a
 * procedure, a step, a unit or a position also come as snippets.
 */
export class TthcCompletionProvider extends DefaultCompletionProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const accepts = candidateFilter(refInfo);
        // A description without its node cannot be judged: propose it rather than hide it.
        return super.getReferenceCandidates(refInfo, context).filter(description => description.node === undefined || accepts(description.node));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (!node) {
            return item;
        }
        const markdown = hoverMarkdown(node);
        return {
            ...item,
            detail: detailOf(node) ?? item.detail,
            documentation: markdown ? { kind: 'markdown', value: markdown } : item.documentation
        };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const result = super.completionForKeyword(context, keyword, acceptor);
        const snippet = snippets.find(s => s.keyword === keyword.value);
        if (snippet && this.filterKeyword(context, keyword)) {
            acceptor(context, snippetItem(snippet));
        }
        return result;
    }
}

// The title, and for a position the unit it belongs to: what a designer recognises.
function detailOf(node: AstNode): string | undefined {
    if (isPosition(node)) {
        const unit = isUnit(node.$container) ? node.$container.title : undefined;
        return unit ? `${node.title} — ${unit}` : node.title;
    }
    if (isUnit(node)) {
        return node.level ? `${node.title} (${node.level})` : node.title;
    }
    if (isStep(node) || isForm(node)) {
        return node.title;
    }
    return undefined;
}
