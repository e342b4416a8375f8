import { LitElement, css, html, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formatDateRange } from '../src/core/i18n/date-range.js';
import { formatIsoDate } from '../src/core/i18n/formats.js';
import { leftOutText } from '../src/core/i18n/counts.js';
import { moreReleasesText, sessionsShownText } from '../src/core/i18n/list-counts.js';
import { pluralCategory } from '../src/core/i18n/plural.js';
import { speakerRoleLabel } from '../src/core/i18n/person-names.js';
import { UN_LANGUAGES } from '../src/core/language/localization.js';
import { formatTime, formatTimeRange } from '../src/core/time/zoned-time.js';
import { currentUiLocale } from '../src/core/language/ui-language.js';

/**
 * The language rules of issue 11 side by side: UN date and time styles in the six languages (sources in
 * src/core/i18n/un-dates.ts and un-times.ts), and, in the toolbar's language, the plural forms chosen
 * by Intl.PluralRules and the role labels that follow a person's form of address.
 */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101];
const at = (hour: number, minute = 0) => Date.UTC(2023, 5, 19, hour, minute);

const tableStyles = css`
  :host {
    display: block;
    font: 14px/1.4 system-ui, sans-serif;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid #ccc;
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: #f3f3f3;
  }
`;

function cell(text: string, lang: string): TemplateResult {
  return html`<td lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${text}</td>`;
}

function range(from: number, to: number, lang: string): string {
  const text = formatTimeRange(from, to, 'UTC', lang);
  return `${text.from}${text.separator}${text.to}`;
}

/** Dates and times do not depend on the UI language: all six are shown at once. */
class DateStyles extends LitElement {
  static override styles = tableStyles;
  protected override render(): TemplateResult {
    const rows: [string, (lang: string) => string][] = [
      ['Single date', (lang) => formatIsoDate('2023-07-01', lang)],
      ['Range within a month', (lang) => formatDateRange('2023-06-19', '2023-06-20', lang)],
      ['Across months', (lang) => formatDateRange('2023-06-30', '2023-07-01', lang)],
      ['Across years', (lang) => formatDateRange('2023-12-31', '2024-01-01', lang)],
      ['Months', (lang) => formatDateRange('2022-09', '2022-12', lang)],
      ['Years', (lang) => formatDateRange('2006', '2008', lang)],
      ['10:00', (lang) => formatTime(at(10), 'UTC', lang)],
      ['15:30', (lang) => formatTime(at(15, 30), 'UTC', lang)],
      ['12:00', (lang) => formatTime(at(12), 'UTC', lang)],
      ['10:00–13:00', (lang) => range(at(10), at(13), lang)],
      ['15:00–18:00', (lang) => range(at(15), at(18), lang)],
    ];
    return html`<table>
      <tr><th></th>${UN_LANGUAGES.map((lang) => html`<th>${lang}</th>`)}</tr>
      ${rows.map(([label, format]) => html`<tr><th>${label}</th>${UN_LANGUAGES.map((lang) => cell(format(lang), lang))}</tr>`)}
    </table>`;
  }
}

/** Plurals and role labels come from the UI translations: shown in the toolbar's language. */
class CountedStrings extends LitElement {
  static override styles = tableStyles;
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  protected override render(): TemplateResult {
    const lang = currentUiLocale().lang;
    const names = ['Ana Moreno', 'Ms. Ana Moreno', 'Mr. Vladimir Voronkov'];
    return html`<table>
        <tr><th>n</th><th>CLDR category</th><th>Sessions (n of n)</th><th>Items left out</th><th>More releases</th></tr>
        ${COUNTS.map(
          (n) => html`<tr>
            <th>${n}</th>
            <td>${pluralCategory(n, lang)}</td>
            ${cell(sessionsShownText(n, n, lang), lang)} ${cell(leftOutText(n, lang), lang)} ${cell(moreReleasesText(n, lang), lang)}
          </tr>`,
        )}
      </table>
      <p></p>
      <table>
        <tr><th>Name as the feed writes it</th><th>Chair</th><th>Moderator</th><th>Speaker</th></tr>
        ${names.map(
          (name) => html`<tr>
            <th>${name}</th>
            ${(['chair', 'moderator', 'speaker'] as const).map((role) => cell(speakerRoleLabel(role, name), lang))}
          </tr>`,
        )}
      </table>`;
  }
}

// Story-only tables, never shipped: plain LitElements, not CtElement (no host styles, no feed).
// eslint-disable-next-line no-restricted-syntax
if (!customElements.get('story-date-styles')) customElements.define('story-date-styles', DateStyles);
// eslint-disable-next-line no-restricted-syntax
if (!customElements.get('story-counted-strings')) customElements.define('story-counted-strings', CountedStrings);

const meta: Meta = {
  title: 'Languages/UN styles',
  parameters: { layout: 'padded' },
};
export default meta;

/** UN date and time styles in the six languages (independent of the toolbar). */
export const DatesAndTimes: StoryObj = { render: () => html`<story-date-styles></story-date-styles>` };

/** Plural forms for 0, 1, 2, 3, 5, 11, 21, 100, 101 and role labels, in the toolbar's UI language. */
export const PluralsAndRoles: StoryObj = { render: () => html`<story-counted-strings></story-counted-strings>` };
