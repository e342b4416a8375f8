import { css } from 'lit';

export const languageBarStyles = css`
  /*
   * Every entry brings its separator before it, and the list is pulled back by one separator's width
   * inside a clipping box: the separator of whatever entry starts a line falls outside and is cut off,
   * so a wrapped bar never begins a line with "·". Focus rings are drawn inside the entries, where the
   * clip cannot cut them; the block padding keeps them clear at the top and bottom.
   */
  .base {
    overflow: hidden;
    padding-block: 5px;
    margin-block: -5px;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: var(--ct-language-bar-gap, 0.25em);
    margin: 0;
    margin-inline-start: -1em;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
  }
  /* The separator is decoration: the alt text after the slash keeps it out of the accessible name. */
  li::before {
    content: var(--ct-language-bar-separator, '·') / '';
    inline-size: 1em;
    text-align: center;
    color: var(--_ct-muted);
  }
  button,
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 0;
    border-radius: var(--_ct-radius);
    background: none;
    color: var(--_ct-accent-strong);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline-offset: -3px;
  }
  button:hover,
  a:hover {
    background: var(--_ct-surface-raised);
  }
  [aria-current] {
    color: var(--ct-language-bar-current-color, var(--_ct-text));
    font-weight: 700;
    text-decoration: none;
    cursor: default;
  }
  @media (forced-colors: active) {
    button {
      border: 0;
      color: LinkText;
    }
    [aria-current] {
      color: CanvasText;
    }
  }
`;
