/**
 * An element whose `.data` is typed as what it is at run time: anything. `.data` is typed as a valid feed
 * for apps; these tests hand it loosely built or deliberately wrong feeds, which the element must check
 * at run time like any fetched feed.
 */
export const untrusted = (element: { data?: unknown }): { data?: unknown } => element;
