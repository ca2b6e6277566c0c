import { AstUtils, CstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import type { CompletionItem, Position as LspPosition, InsertReplaceEdit, MarkupContent, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isBody, isCase, isForm, isPart, isPerformerRef, isPerformers, isPosition, isStep, isUnit } from '../../generated/ast.js';
import { foldText } from '../../references/text-folding.js';
import { hoverMarkdown } from '../hover/tthc-hover.js';
import { isLevelWord, lspTexts, type LspTexts, type LspTextKey } from '../texts.js';
import { foldedTitles, titleMatcher, titlesOf } from '../symbols/declaration-titles.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { declarationNamed, type CompletionItemResolver, type DeclarationAt } from './completion-resolve.js';
import { candidateFilter } from './reference-candidates.js';
import { ReferenceOwners } from './reference-owner.js';
import { snippetItem, snippets } from './snippets.js';
import { typedWordStarts } from './typed-title.js';

/**
 * Completion that knows the domain. References are taken from the scope provider (so only what
 * links is proposed) and then filtered by the two-level rules (`reference-candidates.ts`): after
 * `by`, units and positions of the procedure's level only; never a district unit. What is typed is
 * matched against the name and against the titles, without case or diacritics (`tu phap` finds
 * `VanPhongXa.TuPhap`, "Công chức Tư pháp - Hộ tịch"), and the item replaces the typed words. Each
 * item shows the declaration's title, and as documentation what its hover shows: in the list, or when
 * the client asks for it (`completionItem/resolve`) if it says it can (VS Code). Keywords stay as
 * Langium proposes them, and the keywords that start a procedure, a step, a unit or a position also
 * come as snippets.
 */
export class TthcCompletionProvider extends DefaultCompletionProvider implements CompletionItemResolver {
    protected readonly referenceOwners: ReferenceOwners;

    constructor(protected readonly tthcServices: TthcLspServices) {
        super(tthcServices);
        this.referenceOwners = new ReferenceOwners(this.grammar, this.astReflection);
    }

    // A reference is completed in the node that owns it (a step's `produces`, a new transition's targets),
    // not in the duration or performer written before it: see `ReferenceOwners`.
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isCrossReference(next.feature) && context.node) {
            const owner = this.referenceOwners.ownerOf(context.node, next.feature, next.type);
            if (owner) return super.completionFor({ ...context, node: this.inPerformerList(context, owner) }, { feature: next.feature }, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * A performer being completed in the list of `by` that the text says (`by A or B with C, D`): the last
     * of `by`, `or` and `with` before it. The grammar alone cannot tell (`main`, `alternatives` and
     * `partners` are all performers), and the parser may have dropped the unfinished performer.
     */
    protected inPerformerList(context: CompletionContext, owner: AstNode): AstNode {
        if (!isPerformerRef(owner) || !isPerformers(owner.$container)) return owner;
        const step = AstUtils.getContainerOfType(owner, isStep)?.$cstNode;
        const text = context.textDocument.getText();
        const start = step && step.offset < context.tokenOffset ? step.offset : text.lastIndexOf('\n', context.tokenOffset - 1) + 1;
        const leads = this.lexer.tokenize(text.substring(start, context.tokenOffset)).tokens.map(token => token.image).filter(image => image === 'by' || image === 'or' || image === 'with');
        const list = ({ by: 'main', or: 'alternatives', with: 'partners' } as const)[leads[leads.length - 1] as 'by' | 'or' | 'with'] ?? 'main';
        if (owner.$containerProperty === list) return owner;
        const moved: AstNode = { $type: owner.$type, $container: owner.$container, $containerProperty: list };
        AstUtils.assignMandatoryProperties(this.astReflection, moved);
        return moved;
    }

    /**
     * After a document's paper kind or medium (`original |`), Langium's parse of what comes before the
     * cursor has taken the word for the document's own and never offers the `for` of a channel clause
     * (`original for in-person`) that starts with the same word: add it where a document goes on.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const features = super.findFeaturesAt(document, offset);
        const inDocument = features.some(next => GrammarAST.isKeyword(next.feature) && next.feature.value === 'quantity');
        if (!inDocument || !this.channelFor) return features;
        const text = document.getText();
        const line = text.substring(text.lastIndexOf('\n', offset - 1) + 1, offset);
        const words = this.lexer.tokenize(line).tokens.map(token => token.image);
        // The word before the cursor, or before the word being typed.
        const before = /[\p{L}\p{M}\p{N}_-]$/u.test(line) ? words.at(-2) : words.at(-1);
        return before !== undefined && CLAUSE_WORDS.has(before) ? [...features, { feature: this.channelFor, type: 'ChannelSubmission' }] : features;
    }

    /** The `for` keyword of a document's channel clause, from the grammar. */
    protected get channelFor(): GrammarAST.Keyword | undefined {
        const rule = this.grammar.rules.find(r => GrammarAST.isParserRule(r) && r.name === 'ChannelSubmission');
        return rule ? AstUtils.streamAllContents(rule).find((node): node is GrammarAST.Keyword => GrammarAST.isKeyword(node) && node.value === 'for') : undefined;
    }

    // Langium's contexts start at the token at the cursor: in `by tu phap|` they see `phap` after the
    // reference `tu`, where no reference fits. A title typed as several words gets a context of its own,
    // starting at its first word, ahead of Langium's (which run only if it offers nothing).
    protected override *buildContexts(document: LangiumDocument, position: LspPosition): IterableIterator<CompletionContext> {
        const title = this.typedTitleContext(document, position);
        if (title) yield title;
        yield* super.buildContexts(document, position);
    }

    /** The context of several words typed where a reference goes, if the cursor ends such words. */
    protected typedTitleContext(document: LangiumDocument, position: LspPosition): CompletionContext | undefined {
        const cst = document.parseResult.value.$cstNode;
        if (!cst) return undefined;
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offset = textDocument.offsetAt(position);
        const line = text.substring(text.lastIndexOf('\n', offset - 1) + 1, offset);
        const lastWord = offset - (/[\p{L}\p{M}\p{N}_]*$/u.exec(line)?.[0].length ?? 0);
        const starts = typedWordStarts(this.lexer, text, offset);
        if (starts.length === 0 || (starts.length === 1 && starts[0] === lastWord)) return undefined;
        for (const start of starts) {
            const features = this.findFeaturesAt(textDocument, start);
            if (!features.some(next => GrammarAST.isCrossReference(next.feature))) continue;
            // One word is Langium's own case (its context starts at the token at the cursor).
            if (start === lastWord) return undefined;
            const rest = /[\p{L}\p{M}\p{N}_]*/uy;
            rest.lastIndex = offset;
            const wordEnd = offset + (rest.exec(text)?.[0].length ?? 0);
            return {
                document, textDocument, offset, position, features,
                // As Langium does for one word: the node of the leaf at (or before) the first typed word.
                node: CstUtils.findLeafNodeBeforeOffset(cst, start)?.astNode,
                tokenOffset: start,
                tokenEndOffset: wordEnd
            };
        }
        return undefined;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const accepts = candidateFilter(refInfo);
        const offers = this.offers(typedText(context));
        // A description without its node cannot be judged: propose it rather than hide it. A declaration
        // that holds the cursor is the text being written (an unfinished `part` at the end of a step is
        // parsed as a part declared with the next step's name): never a candidate.
        return super.getReferenceCandidates(refInfo, context)
            .filter(description => description.node === undefined || (accepts(description.node) && !holds(description, context)))
            .filter(offers);
    }

    /** Which candidates what is typed finds: by name (Langium's fuzzy match) or by title. */
    protected offers(typed: string): (description: AstNodeDescription) => boolean {
        // Titles are searched by words; `UBNDXa.Ch` is a name being typed.
        const byTitle = /^[\p{L}\p{M}\p{N}_\s]+$/u.test(typed) ? titleMatcher(typed) : () => false;
        return description => typed.length === 0 || this.fuzzyMatcher.match(typed, description.name)
            || (description.node !== undefined && byTitle(description.node));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const node = description.node;
        if (!node) {
            return super.createReferenceCompletionItem(description, refInfo, context);
        }
        // The texts of the locale at this request: a change of language needs no restart.
        const texts = lspTexts(this.tthcServices.i18n.Locale);
        const typed = typedText(context);
        const title = titlesOf(node)[0];
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: detailOf(node, texts) ?? description.type,
            sortText: '0',
            labelDetails: title ? { description: title } : undefined,
            // The client filters again on the text of the edit's range, which may be title words: the
            // folded titles are there for it. It cannot fold what is typed, so words typed with
            // diacritics (which the server matched, folded) are there as typed.
            filterText: [description.name, foldText(typed) === typed.toLowerCase() ? '' : typed, foldedTitles(node)].filter(part => part.length > 0).join(' '),
            // The documentation is the larger part of an item, and after `by` a province has thousands of
            // them: a client that can ask for it later (VS Code) gets where the declaration is instead.
            ...(this.resolvesDocumentation
                ? { data: { uri: description.documentUri.toString(), path: description.path } satisfies DeclarationAt }
                : { documentation: this.documentationOf(node) }),
            // Langium would drop an item whose name does not fuzzy-match what is typed: this one may
            // have been found by its title. The edit replaces every typed word, as Langium's would.
            textEdit: this.replacingEdit(context, description.name)
        };
    }

    /** Whether the client asks for an item's documentation when it shows it (`completionItem/resolve`). */
    protected get resolvesDocumentation(): boolean {
        return this.clientCapabilities?.completionItem?.resolveSupport?.properties.includes('documentation') === true;
    }

    /**
     * A declaration's documentation: what its hover shows, in the locale's language at this request; for
     * what has no hover of its own, its documentation comment (Langium's).
     */
    protected documentationOf(node: AstNode): MarkupContent | undefined {
        const markdown = hoverMarkdown(node, lspTexts(this.tthcServices.i18n.Locale)) ?? this.documentationProvider.getDocumentation(node);
        return markdown ? { kind: 'markdown', value: markdown } : undefined;
    }

    /** `completionItem/resolve`: the documentation of the item's declaration, if the item still names it. */
    resolveCompletionItem(item: CompletionItem, document: LangiumDocument, place: DeclarationAt): CompletionItem {
        const node = declarationNamed(this.tthcServices, document, place, item.label);
        const documentation = node ? this.documentationOf(node) : undefined;
        return documentation ? { ...item, documentation } : item;
    }

    /** The edit that puts `newText` in place of what is typed from the context's start. */
    protected replacingEdit(context: CompletionContext, newText: string): TextEdit | InsertReplaceEdit {
        const start = context.textDocument.positionAt(context.tokenOffset);
        if (this.clientCapabilities?.completionItem?.insertReplaceSupport) {
            return { newText, insert: { start, end: context.position }, replace: { start, end: context.textDocument.positionAt(context.tokenEndOffset) } };
        }
        return { newText, range: { start, end: context.position } };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const result = super.completionForKeyword(context, keyword, acceptor);
        if (!this.filterKeyword(context, keyword)) return result;
        // Langium offers a keyword once, from the first rule that allows it here (`part` of a step before
        // `part` of a procedure); a snippet for a declaration that may start here is offered where a
        // declaration is written, at the start of a line.
        const text = context.textDocument.getText();
        const startsLine = text.substring(text.lastIndexOf('\n', context.tokenOffset - 1) + 1, context.tokenOffset).trim() === '';
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        for (const snippet of snippets.filter(s => s.keyword === keyword.value && (s.rule === undefined || s.rule === rule || startsLine))) {
            const name = snippet.name ?? snippet.keyword;
            acceptor(context, snippetItem(snippet, lspTexts(this.tthcServices.i18n.Locale).text(snippetKeys[name] ?? 'snippet.procedure')));
        }
        return result;
    }
}

// The words a document's channel clause starts with: its paper kinds and media.
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['original', 'copy', 'certified-copy', 'electronic', 'paper']);

// The text of each snippet's description, by the snippet's name.
const snippetKeys: Readonly<Record<string, LspTextKey>> = {
    procedure: 'snippet.procedure', step: 'snippet.step', 'return-step': 'snippet.returnStep', unit: 'snippet.unit', position: 'snippet.position',
    handover: 'snippet.handover', case: 'snippet.case', part: 'snippet.part'
};

// Whether the declaration is in the document being completed and its text holds the cursor.
function holds(description: AstNodeDescription, context: CompletionContext): boolean {
    const cst = description.node?.$cstNode;
    return cst !== undefined && description.documentUri.toString() === context.document.uri.toString()
        && cst.offset <= context.tokenOffset && context.tokenOffset <= cst.end;
}

/** What is typed from the context's start to the cursor. */
function typedText(context: CompletionContext): string {
    return context.textDocument.getText().substring(context.tokenOffset, context.offset);
}

// The title, and for a position the unit it belongs to: what a designer recognises.
function detailOf(node: AstNode, texts: LspTexts): string | undefined {
    if (isPosition(node)) {
        const unit = isUnit(node.$container) ? node.$container.title : undefined;
        return unit ? texts.text('completion.positionOf', { position: node.title, unit }) : node.title;
    }
    if (isUnit(node)) {
        return node.level ? `${node.title} (${isLevelWord(node.level) ? texts.text(`levelName.${node.level}`) : node.level})` : node.title;
    }
    if (isStep(node) || isForm(node) || isCase(node) || isPart(node) || isBody(node)) {
        return node.title;
    }
    return undefined;
}
