import { css } from 'lit';

export const languageBarStyles = css`
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ct-language-bar-gap, 0.25em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: var(--ct-language-bar-gap, 0.25em);
  }
  /* The separator is decoration: the alt text after the slash keeps it out of the accessible name. */
  li + li::before {
    content: var(--ct-language-bar-separator, '·') / '';
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
