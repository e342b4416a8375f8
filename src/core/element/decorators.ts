import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * `@property()` and `@state()` for our fields. The source is compiled with `experimentalDecorators`
 * (TOOLCHAIN.md, pitfall 1), where Lit's own decorators take their legacy branch, which is only this; their
 * standard-decorator branch (accessors, setters, decorator metadata) is ~0.8 KB every page would load for
 * nothing. Same names as Lit's, so lit-analyzer and the manifest analyzer read them as Lit's.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders, no attribute. */
export const state = (): ReturnType<typeof property> => property({ state: true, attribute: false });
