import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { renderLeftOutNote } from '../../src/core/element/feed-states.js';
import { leftOutText } from '../../src/core/i18n/counts.js';
import { moreReleasesText, sessionsShownText } from '../../src/core/i18n/list-counts.js';
import { squash } from '../helpers/dom.js';

/**
 * Plural forms in the six UN languages, through the real translation modules. The expected forms are
 * worked out by hand from the CLDR cardinal rules (cldr.unicode.org, "Language Plural Rules"), not from
 * `Intl.PluralRules`:
 *   ar: zero n=0; one n=1; two n=2; few n%100=3..10; many n%100=11..99; other (100, 101, 102…)
 *   ru: one n%10=1 and n%100≠11; few n%10=2..4 and n%100∉12..14; many the other integers
 *   fr: one i=0,1 (so 0 is singular); es, en: one n=1; zh: no plural
 * and from the grammar of each language (Arabic: 3–10 take the plural, 11–99 the accusative singular,
 * 100 and up the genitive singular; 1 and 2 are written as words, without a numeral).
 * Numbers are formatted with `Intl.NumberFormat` (digits are not what is under test).
 */
const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 100, 101] as const;
type Expect = (n: number, N: string) => string;
const among = (n: number, list: number[]) => list.includes(n);

const LEFT_OUT: Record<string, Expect> = {
  en: (n, N) => (n === 1 ? '1 item not shown because of an error in the feed' : `${N} items not shown because of errors in the feed`),
  fr: (n, N) =>
    among(n, [0, 1]) ? `${N} élément non affiché en raison d’une erreur dans le flux` : `${N} éléments non affichés en raison d’erreurs dans le flux`,
  es: (n, N) =>
    n === 1 ? `${N} elemento no se muestra por un error en la fuente de datos` : `${N} elementos no se muestran por errores en la fuente de datos`,
  ru: (n, N) =>
    among(n, [1, 21, 101])
      ? `${N} элемент не показан из-за ошибки в данных`
      : among(n, [2, 3])
        ? `${N} элемента не показаны из-за ошибок в данных`
        : `${N} элементов не показано из-за ошибок в данных`,
  ar: (n, N) =>
    n === 0
      ? 'لا توجد عناصر لم تُعرض بسبب أخطاء في البيانات'
      : n === 1
        ? 'عنصر واحد لم يُعرض بسبب خطأ في البيانات'
        : n === 2
          ? 'عنصران لم يُعرضا بسبب أخطاء في البيانات'
          : among(n, [3, 5])
            ? `${N} عناصر لم تُعرض بسبب أخطاء في البيانات`
            : among(n, [11, 21])
              ? `${N} عنصرًا لم يُعرض بسبب أخطاء في البيانات`
              : `${N} عنصر لم يُعرض بسبب أخطاء في البيانات`,
  zh: (_, N) => `因数据源有误，${N} 个条目未显示`,
};

/** "N of N sessions": the number the noun follows chooses the form (the shown count in French, "3 séances sur 20"). */
const SESSIONS: Record<string, Expect> = {
  en: (n, N) => (n === 1 ? '1 of 1 session' : `${N} of ${N} sessions`),
  fr: (n, N) => (among(n, [0, 1]) ? `${N} séance sur ${N}` : `${N} séances sur ${N}`),
  es: (n, N) => (n === 1 ? '1 de 1 sesión' : `${N} de ${N} sesiones`),
  // "из" takes the genitive: из одного заседания, из двух/пяти заседаний, из двадцати одного заседания.
  ru: (n, N) => (among(n, [1, 21, 101]) ? `${N} из ${N} заседания` : `${N} из ${N} заседаний`),
  ar: (n, N) =>
    n === 1
      ? `${N} من أصل جلسة واحدة`
      : n === 2
        ? `${N} من أصل جلستين`
        : among(n, [3, 5])
          ? `${N} من أصل ${N} جلسات`
          : `${N} من أصل ${N} جلسة`,
  zh: (_, N) => `共 ${N} 场会议，显示 ${N} 场`,
};

const RELEASES: Record<string, Expect> = {
  en: (n, N) => (n === 1 ? 'Show more (1 more release)' : `Show more (${N} more releases)`),
  fr: (n, N) => (among(n, [0, 1]) ? `Afficher plus (${N} autre communiqué)` : `Afficher plus (${N} autres communiqués)`),
  es: (n, N) => (n === 1 ? 'Mostrar más (1 comunicado más)' : `Mostrar más (${N} comunicados más)`),
  ru: (n, N) =>
    among(n, [1, 21, 101]) ? `Показать ещё (${N} пресс-релиз)` : among(n, [2, 3]) ? `Показать ещё (${N} пресс-релиза)` : `Показать ещё (${N} пресс-релизов)`,
  ar: (n, N) =>
    n === 0
      ? 'عرض المزيد'
      : n === 1
        ? 'عرض المزيد (نشرة صحفية واحدة أخرى)'
        : n === 2
          ? 'عرض المزيد (نشرتان صحفيتان أخريان)'
          : among(n, [3, 5])
            ? `عرض المزيد (${N} نشرات صحفية أخرى)`
            : among(n, [11, 21])
              ? `عرض المزيد (${N} نشرةً صحفية أخرى)`
              : `عرض المزيد (${N} نشرة صحفية أخرى)`,
  zh: (_, N) => `显示更多（还有 ${N} 篇新闻稿）`,
};


describe('plural forms in the six UN languages', () => {
  after(() => setUiLanguage('en'));

  for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
    it(`${lang}: items left out, sessions shown and more releases for ${NUMBERS.join(', ')}`, async () => {
      await setUiLanguage(lang);
      const format = new Intl.NumberFormat(lang);
      for (const n of NUMBERS) {
        const N = format.format(n);
        expect(leftOutText(n, lang), `left out, ${n}`).to.equal(LEFT_OUT[lang]!(n, N));
        expect(sessionsShownText(n, n, lang), `sessions, ${n}`).to.equal(SESSIONS[lang]!(n, N));
        expect(moreReleasesText(n, lang), `releases, ${n}`).to.equal(RELEASES[lang]!(n, N));
      }
    });
  }

  // Shown and total apart: French puts the noun after the shown count, the others after the total.
  it('sessions shown out of a different total: the noun agrees with the number it follows', async () => {
    const cases: Record<string, [number, number, string][]> = {
      fr: [[3, 20, '3 séances sur 20'], [1, 20, '1 séance sur 20'], [0, 5, '0 séance sur 5'], [2, 1000000, '2 séances sur 1\u202f000\u202f000']],
      en: [[1, 20, '1 of 20 sessions'], [3, 1, '3 of 1 session']],
      es: [[1, 20, '1 de 20 sesiones'], [3, 1, '3 de 1 sesión']],
      ru: [[3, 21, '3 из 21 заседания'], [21, 25, '21 из 25 заседаний']],
      ar: [[3, 20, '3 من أصل 20 جلسة'], [20, 5, '20 من أصل 5 جلسات']],
      zh: [[3, 20, '共 20 场会议，显示 3 场']],
    };
    for (const [lang, list] of Object.entries(cases)) {
      await setUiLanguage(lang);
      const digits = new Intl.NumberFormat(lang);
      const latin = (text: string) => text.replace(/\d+/g, (d) => digits.format(Number(d)));
      for (const [shown, total, text] of list) {
        expect(sessionsShownText(shown, total, lang), `${lang} ${shown}/${total}`).to.equal(lang === 'ar' ? latin(text) : text);
      }
    }
  });

  it('under tags as pages write them: the form and the digits of the language, English for an unusable tag', async () => {
    const warn = console.warn;
    console.warn = () => undefined; // x-klingon warns once, by design
    try {
      // ru_RU is Russian: 21 takes "one", 3 takes "few" (CLDR rules above).
      await setUiLanguage('ru');
      expect(leftOutText(21, 'ru_RU')).to.equal(LEFT_OUT.ru!(21, '21'));
      expect(moreReleasesText(3, 'RU')).to.equal(RELEASES.ru!(3, '3'));
      // ar_EG counts in Arabic with Egypt's digits (Arabic-Indic, "١١").
      await setUiLanguage('ar');
      const egypt = new Intl.NumberFormat('ar-EG');
      expect(leftOutText(11, 'ar_EG')).to.equal(LEFT_OUT.ar!(11, egypt.format(11)));
      expect(sessionsShownText(2, 2, 'ar_EG')).to.equal(SESSIONS.ar!(2, egypt.format(2)));
      // Traditional Chinese has no plural either.
      await setUiLanguage('zh');
      expect(sessionsShownText(5, 5, 'zh-Hant-TW')).to.equal(SESSIONS.zh!(5, '5'));
      // x-klingon cannot be used: English rules and digits, singular for 1.
      await setUiLanguage('en');
      expect(leftOutText(1, 'x-klingon')).to.equal(LEFT_OUT.en!(1, '1'));
      expect(moreReleasesText(1000, 'x-klingon')).to.equal(RELEASES.en!(1000, '1,000'));
    } finally {
      console.warn = warn;
    }
  });

  it('the left-out note elements show carries the form and the UI language', async () => {
    await setUiLanguage('ru');
    const host = document.createElement('div');
    document.body.append(host);
    render(renderLeftOutNote(21), host);
    const note = host.querySelector('[part="left-out"]')!;
    expect(note.getAttribute('lang')).to.equal('ru');
    expect(squash(note.textContent)).to.equal('21 элемент не показан из-за ошибки в данных');
    host.remove();
  });
});
