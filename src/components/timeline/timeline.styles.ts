import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_tl-marker: var(--ct-timeline-marker-size, 1em);
    --_tl-line: var(--ct-timeline-line-color, var(--_ct-border));
    --_tl-current: var(--ct-timeline-current-color, var(--_ct-accent));
    /* The layout answers to the element's own width (a sidebar or a full-width band), not the window's. */
    container-type: inline-size;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .milestone {
    position: relative;
    padding-inline-start: calc(var(--_tl-marker) + 1em);
    padding-block-end: 1.5em;
    min-inline-size: 0;
  }
  /* The line from this marker to the next. */
  .milestone::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_tl-marker) / 2 - 1px);
    inset-block: 0.3em 0;
    border-inline-start: 2px solid var(--_tl-line);
  }
  .milestone:last-child::before {
    display: none;
  }
  .milestone[data-status='past']::before {
    border-color: var(--_ct-muted);
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.3em;
    inline-size: var(--_tl-marker);
    block-size: var(--_tl-marker);
    border-radius: 50%;
    border: 2px solid var(--_ct-muted);
    background: var(--_ct-surface);
  }
  /* Shapes, not only colours: past is filled, current is filled and ringed, future is hollow. */
  [data-status='past'] .marker {
    background: var(--_ct-muted);
  }
  [data-status='current'] .marker {
    border-color: var(--_tl-current);
    background: var(--_tl-current);
    box-shadow: 0 0 0 0.25em var(--_ct-surface), 0 0 0 calc(0.25em + 2px) var(--_tl-current);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .date {
    font-size: 0.9375em;
    font-weight: 700;
    color: var(--_ct-accent-strong);
  }
  .state {
    align-self: flex-start;
    padding-inline: 0.5em;
    border-radius: 999px;
    background: var(--_tl-current);
    color: var(--_ct-on-accent);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .heading {
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  .heading a {
    color: var(--_ct-accent-strong);
  }
  .text {
    margin: 0;
    color: var(--_ct-muted);
    font-size: 0.9375em;
    max-inline-size: 60ch;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  [data-status='past'] .date {
    color: var(--_ct-muted);
  }
  .placeholder .body {
    min-block-size: 3.5em;
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface-raised);
  }
  .placeholder {
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  @container (min-width: 60em) {
    :host(:not([layout='vertical'])) .list {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: 1.25em;
    }
    :host(:not([layout='vertical'])) .milestone {
      padding-inline-start: 0;
      padding-block: calc(var(--_tl-marker) + 1em) 0;
    }
    :host(:not([layout='vertical'])) .milestone::before {
      inset-inline: calc(var(--_tl-marker) / 2) -1.25em;
      inset-block: calc(var(--_tl-marker) / 2 - 1px) auto;
      border-inline-start: none;
      border-block-start: 2px solid var(--_tl-line);
    }
    :host(:not([layout='vertical'])) .milestone[data-status='past']::before {
      border-color: var(--_ct-muted);
    }
    :host(:not([layout='vertical'])) .marker {
      inset-block-start: 0;
    }
  }
  @media (forced-colors: active) {
    .marker,
    [data-status='past'] .marker,
    [data-status='current'] .marker {
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    [data-status='past'] .marker,
    [data-status='current'] .marker {
      background: CanvasText;
    }
  }
  @media print {
    .milestone {
      break-inside: avoid;
    }
  }
`;
