/**
 * The demo page's title in the page's language. The language bar sets `<html lang>`; the title follows it
 * (the page's own words in the body switch by CSS alone, but a `<title>` cannot hold six languages).
 * A file of its own because the page's policy allows no inline script.
 */
const TITLES = {
  ar: 'أسبوع الأمم المتحدة لمكافحة الإرهاب لعام 2023 — عرض توضيحي لمكتبة ct-widgets',
  zh: '2023年联合国反恐周 — ct-widgets 演示',
  en: '2023 UN Counter-Terrorism Week — ct-widgets demo',
  fr: 'Semaine de la lutte antiterroriste des Nations Unies 2023 — démonstration de ct-widgets',
  ru: 'Неделя борьбы с терроризмом Организации Объединенных Наций 2023 года — демонстрация ct-widgets',
  es: 'Semana contra el Terrorismo de las Naciones Unidas de 2023 — demostración de ct-widgets',
};

function applyTitle() {
  const lang = (document.documentElement.lang || 'en').toLowerCase().split(/[-_]/)[0];
  document.title = TITLES[lang] ?? TITLES.en;
}

new MutationObserver(applyTitle).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
applyTitle();
