import { msg } from '@lit/localize';
import { plural } from './plural.js';

/**
 * Every UI string that counts something, one `plural()` each (see plural.ts). Call from render paths
 * only; `lang` is the UI language (it picks the form and formats the numbers). The English of the
 * categories English lacks (zero, two, few, many) repeats "other": it is there for translators.
 * Each form is a literal `msg()` call because `lit-localize extract` reads ids and text from the source:
 * the six calls per message cannot come out of a helper (the repetition `duplicates` reports). `{count}`
 * is filled by `plural()` itself, in the language's digits.
 *
 * Here the counts any feed element may show; the counts of one list (the programme's sessions, the press
 * releases) are in list-counts.ts, so a page that shows neither list does not download their messages
 * (the CDN autoloader shares this module with every element file).
 */

/** The note above a feed some of whose items were left out. */
export function leftOutText(count: number, lang: string): string {
  return plural(
    count,
    lang,
    {
      zero: () => msg('{count} items not shown because of errors in the feed', { id: 'left-out.zero' }),
      one: () => msg('{count} item not shown because of an error in the feed', { id: 'left-out.one' }),
      two: () => msg('{count} items not shown because of errors in the feed', { id: 'left-out.two' }),
      few: () => msg('{count} items not shown because of errors in the feed', { id: 'left-out.few' }),
      many: () => msg('{count} items not shown because of errors in the feed', { id: 'left-out.many' }),
      other: () => msg('{count} items not shown because of errors in the feed', { id: 'left-out.other' }),
    },
  );
}

