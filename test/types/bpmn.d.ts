// The parts of bpmn-moddle and bpmnlint that test/compiler/bpmn.test.ts uses: neither package ships declarations.

declare module 'bpmn-moddle' {
    /** An element read from BPMN XML: its type name and its properties (which depend on the type). */
    export interface ModdleElement {
        readonly $type: string;
        readonly [property: string]: unknown;
    }

    /** What `fromXML` read: the root element and the warnings (unknown elements, bad references). */
    export interface ParseResult {
        readonly rootElement: ModdleElement;
        readonly warnings: ReadonlyArray<{ readonly message: string }>;
    }

    /** The BPMN 2.0 model that bpmn-js and the Camunda Modeler load with. */
    export class BpmnModdle {
        fromXML(xml: string): Promise<ParseResult>;
    }
}

declare module 'bpmnlint' {
    import type { ModdleElement } from 'bpmn-moddle';

    /** Finds rules and configurations by package name. */
    export interface Resolver {
        resolveRule(pkg: string, ruleName: string): unknown;
        resolveConfig(pkg: string, configName: string): unknown;
    }

    /** One finding of a rule. */
    export interface Report {
        readonly id?: string;
        readonly message: string;
        readonly category: string;
    }

    /** Lints a BPMN model with the rules of a configuration (`.bpmnlintrc`). */
    export class Linter {
        constructor(options: { readonly config: object; readonly resolver: Resolver });
        /** The findings of each rule, by rule name. */
        lint(element: ModdleElement): Promise<Record<string, Report[]>>;
    }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
    import type { Resolver } from 'bpmnlint';

    /** Resolves rules and configurations with Node's module resolution from `require`. */
    export default class NodeResolver implements Resolver {
        constructor(options?: { readonly require?: NodeJS.Require });
        resolveRule(pkg: string, ruleName: string): unknown;
        resolveConfig(pkg: string, configName: string): unknown;
    }
}
