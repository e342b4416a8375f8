import { msg } from '@lit/localize';
import { numberFormat } from './formats.js';
import { baseLanguage, normalizeLanguageTag } from './language-tag.js';
import { plural } from './plural.js';

/**
 * Every UI string that counts something, one `plural()` each (see plural.ts). Call from render paths
 * only; `lang` is the UI language (it picks the form and formats the numbers). The English of the
 * categories English lacks (zero, two, few, many) repeats "other": it is there for translators.
 * Each form is a literal `msg()` call because `lit-localize extract` reads ids and text from the source:
 * the six calls per message cannot come out of a helper (the repetition `duplicates` reports). `{count}`
 * is filled by `plural()` itself, in the language's digits.
 */

/**
 * Languages whose wording puts the noun after the count shown, French "3 séances sur 20" (not "3 sur 20
 * séances"): there the count shown chooses the form ("1 séance sur 20"). Elsewhere the noun follows the
 * total and agrees with it: "3 of 20 sessions", "3 de 20 sesiones", "3 из 21 заседания", "3 من أصل 20 جلسة".
 */
const NOUN_AFTER_SHOWN = new Set(['fr']);

/** "3 of 20 sessions", "3 séances sur 20": the number the noun follows chooses its form. */
export function sessionsShownText(shown: number, total: number, lang: string): string {
  const digits = numberFormat(lang);
  const values = { shown: digits.format(shown), total: digits.format(total) };
  return plural(
    NOUN_AFTER_SHOWN.has(baseLanguage(normalizeLanguageTag(lang))) ? shown : total,
    lang,
    {
      zero: () => msg('{shown} of {total} sessions', { id: 'sessions-shown.zero' }),
      one: () => msg('{shown} of {total} session', { id: 'sessions-shown.one' }),
      two: () => msg('{shown} of {total} sessions', { id: 'sessions-shown.two' }),
      few: () => msg('{shown} of {total} sessions', { id: 'sessions-shown.few' }),
      many: () => msg('{shown} of {total} sessions', { id: 'sessions-shown.many' }),
      other: () => msg('{shown} of {total} sessions', { id: 'sessions-shown.other' }),
    },
    values,
  );
}

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

/** The button under a list of releases: "Show more (4 more releases)", counting those not yet shown. */
export function moreReleasesText(count: number, lang: string): string {
  return plural(
    count,
    lang,
    {
      zero: () => msg('Show more ({count} more releases)', { id: 'more-releases.zero' }),
      one: () => msg('Show more ({count} more release)', { id: 'more-releases.one' }),
      two: () => msg('Show more ({count} more releases)', { id: 'more-releases.two' }),
      few: () => msg('Show more ({count} more releases)', { id: 'more-releases.few' }),
      many: () => msg('Show more ({count} more releases)', { id: 'more-releases.many' }),
      other: () => msg('Show more ({count} more releases)', { id: 'more-releases.other' }),
    },
  );
}
