import { msg } from '@lit/localize';
import { upperCase } from './intl.js';
import type { SpeakerRole } from '../../feeds/speakers.js';

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

/**
 * The grammatical gender a role label may take, read from the form of address the feed gives with the
 * name ("Ms. Amina J. Mohammed", "M. Vladimir Voronkov", "السيدة …", "古特雷斯先生"); `undefined` when the
 * name carries none (or only "H.E.", "Dr."), and then the label is the gender-neutral one.
 */
export type AddressGender = 'feminine' | 'masculine';

const FEMININE = new Set(['ms', 'mrs', 'miss', 'madam', 'dame', 'lady', 'mme', 'mlle', 'madame', 'sra', 'srta', 'señora', 'г-жа', 'госпожа', 'السيدة']);
const MASCULINE = new Set(['mr', 'sir', 'lord', 'm', 'monsieur', 'sr', 'señor', 'г-н', 'господин', 'السيد']);

export function addressGender(name: string | undefined): AddressGender | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  // Chinese puts the form of address after the name.
  if (trimmed.endsWith('女士')) return 'feminine';
  if (trimmed.endsWith('先生')) return 'masculine';
  // "H.E. Ms. …": look past a leading excellency.
  for (const word of trimmed.split(/[\s\u00a0]+/u).slice(0, 3)) {
    const key = word.replace(/[.,]/g, '').toLowerCase();
    if (FEMININE.has(key)) return 'feminine';
    if (MASCULINE.has(key)) return 'masculine';
    if (!HONORIFICS.has(key)) return undefined;
  }
  return undefined;
}

/**
 * "Chair" in the UI language: "Présidente" for "Mme …", "Président" for "M. …", and a form that assumes
 * no gender when the feed gives no form of address ("Présidence", "Presidencia", "الرئاسة"). The English
 * source is the same for the three; each language's translators choose the forms. Render paths only.
 */
export function speakerRoleLabel(role: SpeakerRole, name?: string): string {
  const gender = addressGender(name);
  switch (role) {
    case 'chair':
      return gender === 'feminine'
        ? msg('Chair', { id: 'role.chair.feminine' })
        : gender === 'masculine'
          ? msg('Chair', { id: 'role.chair.masculine' })
          : msg('Chair');
    case 'moderator':
      return gender === 'feminine'
        ? msg('Moderator', { id: 'role.moderator.feminine' })
        : gender === 'masculine'
          ? msg('Moderator', { id: 'role.moderator.masculine' })
          : msg('Moderator');
    case 'speaker':
      return gender === 'feminine'
        ? msg('Speaker', { id: 'role.speaker.feminine' })
        : gender === 'masculine'
          ? msg('Speaker', { id: 'role.speaker.masculine' })
          : msg('Speaker');
  }
}
