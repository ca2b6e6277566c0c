import type { Target } from '@tthc/compiler';

/**
 * The targets a build can produce, by name. A province adds its vendor's format by registering one
 * more `Target` (docs/architecture.md, "Adding a target").
 */
export class TargetRegistry {
    protected readonly targets = new Map<string, Target>();
    protected readonly onRequest = new Set<string>();

    /**
     * Adds a target; its name must be new. A target registered with `byDefault: false` runs only when
     * named (`--target`): one that is slow on a whole province, say.
     */
    register(target: Target, options: { readonly byDefault: boolean }): this {
        if (!/^[a-z][a-z0-9-]*$/.test(target.name)) {
            throw new Error(`a target name is lower-case letters, digits and '-', not '${target.name}'`);
        }
        if (this.targets.has(target.name)) {
            throw new Error(`a target named '${target.name}' is already registered`);
        }
        this.targets.set(target.name, target);
        if (!options.byDefault) {
            this.onRequest.add(target.name);
        }
        return this;
    }

    /** The targets a build runs when none is named. */
    defaultNames(): string[] {
        return this.names().filter(name => !this.onRequest.has(name));
    }

    /** The target named `name`, if there is one. */
    get(name: string): Target | undefined {
        return this.targets.get(name);
    }

    /** Every registered target, in registration order. */
    all(): Target[] {
        return [...this.targets.values()];
    }

    /** Every target's name, in registration order. */
    names(): string[] {
        return [...this.targets.keys()];
    }
}
