import { css } from 'lit';

export const keyMessagesStyles = css`
  :host {
    container-type: inline-size;
  }
  .list {
    display: grid;
    gap: calc(var(--_ct-space) * 1.25);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_ct-space);
    align-items: start;
  }
  .number {
    display: grid;
    place-items: center;
    min-inline-size: 1.75em;
    block-size: 1.75em;
    padding-inline: 0.25em;
    border-radius: 999px;
    background: var(--ct-key-messages-number-color, var(--_ct-accent-strong));
    color: var(--_ct-on-accent);
    font-size: var(--ct-key-messages-number-size, 1.5em);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .heading {
    margin: 0.2em 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .text {
    margin: 0;
    max-inline-size: 70ch;
  }
  .quote {
    margin-block: 0.75em 0;
    margin-inline: 0;
    padding-block: 0.75em;
    padding-inline: 1em;
    border-inline-start: var(--ct-key-messages-quote-border, 0.25em solid var(--_ct-accent));
    background: var(--ct-key-messages-quote-background, var(--_ct-surface-raised));
    border-start-end-radius: var(--_ct-radius);
    border-end-end-radius: var(--_ct-radius);
    max-inline-size: 70ch;
  }
  .speaker-role {
    color: var(--_ct-muted);
  }
  .placeholder .number {
    background: var(--_ct-border);
  }
  .placeholder .body {
    display: block;
    min-block-size: 4.5em;
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface-raised);
  }
  .placeholder .message {
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  @container (max-width: 22em) {
    .message {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.5em;
    }
    .number {
      justify-self: start;
    }
  }
  @media print {
    .quote {
      background: none;
    }
    .message {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .number {
      border: 1px solid CanvasText;
    }
  }
`;
