import type { ComplexAttributeConverter } from 'lit';

/**
 * A list of ids as an attribute, space-separated like `class` (`expanded="s1 s7"`): what the reader opened,
 * readable in the DOM and settable in HTML. Ids in feeds have no spaces (`[A-Za-z0-9_.-]`); an empty list
 * removes the attribute.
 */
export const idListAttribute: ComplexAttributeConverter<readonly string[]> = {
  fromAttribute: (value) => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (ids) => (ids.length ? ids.join(' ') : null),
};
