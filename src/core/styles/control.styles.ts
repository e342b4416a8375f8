import { css } from 'lit';

/**
 * Menus and text fields, as the agenda's filters and the press-release list's year menu use them: the
 * border is the muted text colour, because a control's edge needs 3:1 against the surface (WCAG 1.4.11)
 * and the light border token has only ~1.5:1; text of 16px or more keeps iOS from zooming in on focus.
 * Not `1rem`: that is the page's root font size, which site themes set to anything.
 */
export const controlStyles = css`
  select,
  input[type='search'] {
    font: inherit;
    font-size: max(1em, 16px);
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 1px solid var(--_ct-muted);
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface);
    color: var(--_ct-text);
  }
`;
