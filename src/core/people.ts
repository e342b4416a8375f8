import { msg } from '@lit/localize';
import { upperCase } from './i18n/intl.js';
import type { SpeakerRole } from '../feeds/speakers.js';

/**
 * People as the UN writes them: "Mr. Vladimir Voronkov", "H.E. Ms. …". Shared by elements that show
 * people (speakers, agenda) so initials and names come out the same everywhere.
 */

/** Honorifics and courtesy titles that are not part of a name, in the six UN languages (lower case). */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'he', 'sir', 'dame', 'amb',
  'm', 'mme', 'mlle', 'se', 'sr', 'sra', 'srta', 'г-н', 'г-жа', 'сэр',
  'السيد', 'السيدة', 'الدكتور', 'سعادة', '先生', '女士',
]);

/**
 * Up to two initials for an avatar: "Mr. Vladimir Voronkov" → "VV"; "Ms. Amina J. Mohammed" → "AM".
 * Upper case follows `lang` (the element's language). Scripts without letter case or with names written without spaces (Chinese) keep their first character.
 */
export function initials(name: string, lang = 'en'): string {
  const words = name
    .split(/[\s\u00a0]+/u)
    // "H.E." and "S.E." lose their dots and match "he" / "se".
    .map((word) => word.replace(/[.,]/g, ''))
    .filter((word) => word && !HONORIFICS.has(word.toLowerCase()));
  if (words.length === 0) return '';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return upperCase(first + last, lang);
}

/** "Chair", "Président(e)"… in the UI language; call from render paths only. */
export function speakerRoleLabel(role: SpeakerRole): string {
  switch (role) {
    case 'chair':
      return msg('Chair');
    case 'moderator':
      return msg('Moderator');
    case 'speaker':
      return msg('Speaker');
  }
}
