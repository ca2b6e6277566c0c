// The package compiles against the ECMAScript library only, so that nothing Node- or DOM-specific
// creeps in; `console` is the one host object it uses, and every host has it.
declare const console: { error(...data: unknown[]): void };
