import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';

/**
 * Langium's registry, with check wrappers that stay synchronous for synchronous checks. Langium
 * wraps every check in two async functions, so each check of each node costs several promises;
 * all of this language's checks are synchronous, and the document validator awaits only what is
 * a promise. Errors are handled exactly as Langium handles them: logged, and reported on the node.
 */
export class TthcValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise ? result.catch(error => this.reportFailure(error, accept, node)) : result;
            } catch (error) {
                this.reportFailure(error, accept, node);
                return undefined;
            }
        };
    }

    protected reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        const context = 'An error occurred during validation';
        console.error(`${context}:`, error);
        if (error instanceof Error && error.stack) {
            console.error(error.stack);
        }
        accept('error', `${context}: ${error instanceof Error ? error.message : String(error)}`, { node });
    }
}
