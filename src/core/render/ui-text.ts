import { currentUiLocale } from '../language/ui-language.js';
import { baseLanguage, directionOf, type Direction } from '../i18n/language-tag.js';

/**
 * UI strings ("Details", "Add to calendar") are in the page's one UI language (`@lit/localize` holds one
 * locale per page); content follows each element's `lang`. The two differ on an Arabic page showing an
 * English release, or with `<ct-agenda lang="ar">` on an English page. Then every element holding UI
 * strings carries the UI language's `lang` and `dir`: `dir` isolates it (HTML gives `[dir]` elements
 * `unicode-bidi: isolate`), so "20 of 20 sessions" reads left to right inside a right-to-left agenda.
 */
export interface UiMark {
  lang: string | undefined;
  dir: Direction | undefined;
}

/**
 * The `lang` and `dir` for an element of UI text inside content in `contentLang`; both `undefined` when
 * the UI and the content agree, so that pages in one language (and agendas of 10,000 cards) gain nothing.
 */
export function uiMark(contentLang: string): UiMark {
  const ui = currentUiLocale();
  return baseLanguage(ui.lang) === baseLanguage(contentLang) && ui.dir === directionOf(contentLang)
    ? { lang: undefined, dir: undefined }
    : ui;
}
