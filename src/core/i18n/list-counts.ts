import { msg } from '@lit/localize';
import { numberFormat } from './formats.js';
import { baseLanguage, normalizeLanguageTag } from './language-tag.js';
import { plural } from './plural.js';

/**
 * The counts of one list each: the programme's sessions shown, the press releases not yet shown. Written
 * as counts.ts writes every count (one `plural()` each, a literal `msg()` per form); apart from it so that
 * a page with neither list does not download these messages.
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
