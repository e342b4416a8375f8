import { css } from 'lit';

export const eventHeaderStyles = css`
  :host {
    container-type: inline-size;
  }
  .header {
    display: grid;
    gap: calc(var(--_ct-space) * 0.75);
    padding: calc(var(--_ct-space) * 1.5);
    border-radius: var(--_ct-radius);
    background: var(--ct-event-header-background, var(--_ct-surface-raised));
    border-block-start: 0.375em solid var(--_ct-accent);
  }
  p {
    margin: 0;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    font-size: 0.9375em;
  }
  .edition {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_ct-accent-strong);
  }
  .base:lang(ar) .edition,
  .base:lang(zh) .edition {
    letter-spacing: normal;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 700;
    color: var(--_ct-accent-strong);
  }
  /* Shape as well as colour tells the statuses apart: a dot for live, a line through for cancelled. */
  .status[data-status='live'] {
    color: var(--ct-event-header-live-color, var(--_ct-error));
  }
  .status[data-status='live']::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: currentColor;
    animation: ct-live 1.6s ease-in-out infinite alternate;
  }
  .status[data-status='ended'],
  .status[data-status='cancelled'],
  .status[data-status='postponed'] {
    color: var(--_ct-muted);
  }
  .status[data-status='cancelled'] {
    text-decoration: line-through;
  }
  @keyframes ct-live {
    to {
      opacity: 0.35;
    }
  }
  .countdown {
    color: var(--_ct-muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-size: var(--ct-event-header-title-size, 2em);
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
    max-inline-size: 40ch;
  }
  .theme {
    font-size: 1.125em;
    font-style: italic;
    max-inline-size: 60ch;
  }
  .base:lang(ar) .theme,
  .base:lang(zh) .theme {
    font-style: normal;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
    margin: 0;
  }
  dt {
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_ct-muted);
  }
  dd {
    margin: 0;
    font-weight: 500;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .actions:not(:has(> :not(slot))) {
    display: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border-radius: var(--_ct-radius);
    border: 2px solid var(--_ct-accent);
    color: var(--_ct-accent-strong);
    text-decoration: none;
    font-weight: 500;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button.primary {
    background: var(--_ct-accent-strong);
    border-color: var(--_ct-accent-strong);
    color: var(--_ct-on-accent);
  }
  .hashtag {
    font-weight: 700;
    color: var(--_ct-muted);
  }
  /* The loading state is the header's own layout (class "header") holding filler, see renderPlaceholder. */
  .placeholder {
    border-block-start-color: var(--_ct-border);
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .status {
    border-color: transparent;
  }
  @container (max-width: 30em) {
    .header {
      padding: var(--_ct-space);
    }
    /* Smaller still on a phone (5.5% of the host's width, not under 1em): the longest word of a title
       ("контртеррористических" at 320 px) must fit its line whole where the browser cannot hyphenate. */
    .title {
      font-size: max(1em, min(calc(var(--ct-event-header-title-size, 2em) * 0.75), 5.5cqi));
    }
  }
  @media (forced-colors: active) {
    .button.primary {
      border-color: ButtonText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .header {
      background: none;
    }
  }
`;
