import { css } from 'lit';

export const feedStateStyles = css`
  .ct-state {
    margin-block-end: var(--_ct-space);
  }
  .ct-error {
    padding: var(--_ct-space);
    border: 2px solid var(--_ct-error);
    border-inline-start-width: 0.5em;
    border-radius: var(--_ct-radius);
    background: var(--_ct-error-surface);
    color: var(--_ct-text);
  }
  .ct-error p {
    margin: 0 0 0.5em;
  }
  .ct-error-title {
    font-weight: 700;
  }
  .ct-error-detail code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .ct-left-out {
    margin-block-start: 0;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border-inline-start: 0.25em solid var(--_ct-border);
    color: var(--_ct-muted);
    font-size: 0.875em;
  }
  .ct-empty {
    padding: var(--_ct-space);
    color: var(--_ct-muted);
    border: 1px dashed var(--_ct-border);
    border-radius: var(--_ct-radius);
  }
  .ct-empty p {
    margin: 0;
  }
  /* Text-line skeletons inside a loading placeholder; elements adjust sizes and spacing. */
  .placeholder .line {
    display: block;
    block-size: 1.25em;
    margin-block-end: 0.5em;
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface-raised);
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .short {
    inline-size: 30%;
  }
  /* Filler text in a placeholder: typical content, invisible, drawn as a bar per line. It wraps as real
     text of that length would at the element's width, so the placeholder is about as tall as what replaces
     it and nothing below moves when the feed arrives (layout shift). */
  .placeholder .filler {
    color: transparent;
    background: var(--_ct-border);
    border-radius: 0.25em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .placeholder .filler::before {
    content: attr(data-filler);
  }
  /* Loading placeholders (class "placeholder" in each element) pulse with this, unless the reader asked
     for less motion: then they stand still, whatever an element's own rule says. */
  @keyframes ct-pulse {
    to {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder,
    .placeholder * {
      animation: none !important;
    }
  }
`;
