import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstReflection } from 'langium';

/** A rule's assignment of another rule's node: `transitions+=Transition` in `Step`. */
interface Containment {
    /** The node types that hold the property (several when the assignment is in a fragment). */
    readonly ownerTypes: ReadonlySet<string>;
    readonly property: string;
}

/** How far a reference may be from an existing node: `by leaders of X` is a `PerformerRef` in a `Performers` in a `Step`. */
const MAX_DEPTH = 3;

/**
 * Finds the node that owns a reference being completed. Langium completes a reference with the node of
 * the last token before it as its container; since durations and performers are nodes of their own
 * (`2h`, `by A`), that node is often a `Duration` or a `PerformerRef`, not the `Step` whose `produces`
 * or the (not yet parsed) `Transition` whose targets are being completed, and the scope provider then
 * rejects the property ("Property targets of type Duration is not a reference"). The owner is the
 * nearest enclosing node of the rule that declares the reference, or else a new node of that rule (and
 * of the rules between, for `leaders of` in a step without a performer yet) placed under the nearest
 * enclosing node that may contain it, as Langium does for a reference at the start of a new node.
 */
export class ReferenceOwners {
    // For each rule type: where a node of that type may be contained.
    private readonly containments = new Map<string, Containment[]>();
    // For each fragment: the types of the rules that call it (a fragment's properties are theirs).
    private readonly fragmentOwners = new Map<GrammarAST.ParserRule, Set<string>>();

    constructor(private readonly grammar: GrammarAST.Grammar, private readonly reflection: AstReflection) {
        for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
            for (const assignment of AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment)) {
                const called = GrammarAST.isRuleCall(assignment.terminal) ? assignment.terminal.rule.ref : undefined;
                if (!GrammarAST.isParserRule(called) || called.fragment || GrammarUtils.isDataTypeRule(called)) continue;
                const type = typeOf(called);
                const list = this.containments.get(type) ?? [];
                list.push({ ownerTypes: this.typesHolding(rule), property: assignment.feature });
                this.containments.set(type, list);
            }
        }
    }

    /**
     * The owner of a reference: `node` (the node before the cursor) or one of its containers when one is of
     * a type that holds the reference's property, else a new node (of `newType` when Langium says a new node
     * starts here). Undefined when nothing in the grammar relates them: Langium's own guess then stands.
     */
    ownerOf(node: AstNode, reference: GrammarAST.CrossReference, newType?: string): AstNode | undefined {
        const assignment = AstUtils.getContainerOfType(reference, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(reference, GrammarAST.isParserRule);
        if (!assignment || !rule) return undefined;
        if (newType === undefined) {
            const holders = this.typesHolding(rule);
            const existing = ancestors(node).find(n => [...holders].some(type => this.reflection.isInstance(n, type)));
            if (existing) return existing;
        }
        const targetTypes = newType !== undefined ? [newType] : rule.fragment ? [] : [typeOf(rule)];
        return this.newNodeIn(node, targetTypes);
    }

    // A new node of one of `types` under the nearest container of `node` that may hold it, through at most
    // MAX_DEPTH new nodes; nearer containers first, then shorter chains.
    private newNodeIn(node: AstNode, types: readonly string[]): AstNode | undefined {
        const containers = ancestors(node);
        let chains: Array<Array<{ type: string; property: string }>> = types.map(type => [{ type, property: '' }]);
        for (let depth = 0; depth < MAX_DEPTH && chains.length > 0; depth++) {
            const longer: typeof chains = [];
            for (const container of containers) {
                for (const chain of chains) {
                    for (const containment of this.containments.get(chain[0].type) ?? []) {
                        if ([...containment.ownerTypes].some(type => this.reflection.isInstance(container, type))) {
                            return this.build(container, [{ ...chain[0], property: containment.property }, ...chain.slice(1)]);
                        }
                    }
                }
            }
            for (const chain of chains) {
                for (const containment of this.containments.get(chain[0].type) ?? []) {
                    for (const owner of containment.ownerTypes) {
                        longer.push([{ type: owner, property: '' }, { ...chain[0], property: containment.property }, ...chain.slice(1)]);
                    }
                }
            }
            chains = longer;
        }
        return undefined;
    }

    // New nodes from the outermost to the innermost, each with the mandatory properties of its type (empty
    // lists, false booleans), as Langium makes the node of a reference at the start of a new node.
    private build(container: AstNode, chain: ReadonlyArray<{ type: string; property: string }>): AstNode {
        let parent = container;
        for (const { type, property } of chain) {
            const child: AstNode = { $type: type, $container: parent, $containerProperty: property };
            AstUtils.assignMandatoryProperties(this.reflection, child);
            parent = child;
        }
        return parent;
    }

    // The node types that hold the properties a rule assigns: the rule's own, or for a fragment the types
    // of the rules that call it.
    private typesHolding(rule: GrammarAST.ParserRule): Set<string> {
        if (!rule.fragment) return new Set([typeOf(rule)]);
        let owners = this.fragmentOwners.get(rule);
        if (!owners) {
            owners = new Set();
            this.fragmentOwners.set(rule, owners);
            for (const caller of this.grammar.rules.filter(GrammarAST.isParserRule)) {
                const calls = AstUtils.streamAllContents(caller).some(n => GrammarAST.isRuleCall(n) && n.rule.ref === rule);
                if (calls) for (const type of this.typesHolding(caller)) owners.add(type);
            }
        }
        return owners;
    }
}

function typeOf(rule: GrammarAST.ParserRule): string {
    return GrammarUtils.getExplicitRuleType(rule) ?? rule.name;
}

function ancestors(node: AstNode): AstNode[] {
    const result: AstNode[] = [];
    for (let current: AstNode | undefined = node; current; current = current.$container) result.push(current);
    return result;
}
