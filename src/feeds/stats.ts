import * as v from 'valibot';
import { isoDate, localizedText, safeUrl, sectionIntro } from './common.js';

/** How a figure relates to the true number: "more than 1000", "over 95", "about 40". */
export const FIGURE_QUALIFIERS = ['exact', 'more-than', 'over', 'at-least', 'about', 'up-to'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export const statsFigure = v.object({
  id: v.optional(v.string()),
  value: v.pipe(v.number('expected a number'), v.finite('expected a finite number')),
  qualifier: v.optional(
    v.picklist(FIGURE_QUALIFIERS, `expected one of ${FIGURE_QUALIFIERS.map((q) => `"${q}"`).join(', ')}`),
  ),
  label: localizedText,
  source: v.optional(localizedText),
  sourceUrl: v.optional(safeUrl),
  date: v.optional(isoDate),
});

/** The `stats` section: the key figures of an event. */
export const statsSection = v.object({
  ...sectionIntro,
  figures: v.pipe(v.array(statsFigure, 'expected an array of figures'), v.maxLength(500, 'at most 500 figures')),
});

export type { StatsFigure, StatsSection } from './types.js';
