/**
 * The sample conference feed every story shows, relative to iframe.html so it works in `storybook dev` and
 * in the static build alike (.storybook/main.ts serves feeds/ at /feeds).
 */
export const SEED_SRC = 'feeds/ct-week-2023/conference.json';
/** An instant during the conference (a session is on), so "now" markers look the same on every visit. */
export const DURING = '2023-06-20T11:00:00-04:00';
