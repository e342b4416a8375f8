import { css } from 'lit';

export const agendaStyles = css`
  :host {
    container-type: inline-size;
  }
  .agenda-title {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .toolbar {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 2px solid var(--_ct-border);
  }
  .days [role='tab'] {
    border: 0;
    border-block-end: 0.25em solid transparent;
    border-radius: 0;
    background: none;
    color: var(--_ct-text);
  }
  .days [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_ct-accent);
    font-weight: 700;
  }
  /* A long programme: previous week, the week menu, next week; the week's day tabs follow. */
  .weeks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .week-menu {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-size: 0.875em;
    font-weight: 500;
  }
  .step {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
  }
  .step[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  /* The arrows point the way the weeks run: leftwards is back in English, forwards in Arabic. */
  .step .arrow {
    display: inline-block;
  }
  .step .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.5em 1em;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-size: 0.875em;
    font-weight: 500;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .segmented button {
    border-radius: 0;
  }
  .segmented button:first-child {
    border-start-start-radius: var(--_ct-radius);
    border-end-start-radius: var(--_ct-radius);
  }
  .segmented button:last-child {
    border-start-end-radius: var(--_ct-radius);
    border-end-end-radius: var(--_ct-radius);
  }
  button[aria-pressed='true'] {
    background: var(--_ct-accent);
    color: var(--_ct-on-accent);
  }
  .summary {
    margin: 0 0 0.5em;
    color: var(--_ct-muted);
    font-size: 0.875em;
  }
  .day {
    margin-block-end: 1.5em;
  }
  .day-title {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    margin: 0 0 0.5em;
    padding-block: 0.25em;
    background: var(--_ct-surface);
    font-size: 1.125em;
    font-weight: 700;
  }
  /* A chunk of 20 cards skips its layout while off screen until ChunkSettler lays it out, seconds later
     (chunk-settler.ts says why); the estimate is 20 cards of ~10.4em (3,334 px at 1000 px wide). */
  .chunk:not(.settled) {
    content-visibility: auto;
    contain-intrinsic-size: auto 208em;
  }
  /* Contained when laid out too (chunk-settler.ts says why); the margin keeps outlines unclipped. */
  .chunk {
    overflow-clip-margin: 0.5em;
  }
  @media screen {
    .chunk.settled {
      contain: layout paint;
    }
  }
  /* Block flow, not a flex column: a slice of cards appended to a flex column made the browser lay out
     every card already shown again, a block lays out only the new ones. */
  .session {
    margin-block-end: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_ct-border);
    border-inline-start: 0.3em solid var(--_ct-accent);
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface);
  }
  .session.type-break {
    border-inline-start-color: var(--_ct-border);
    background: var(--_ct-surface-raised);
  }
  .session.now {
    border-inline-start-color: var(--ct-agenda-now-color, light-dark(#0a7a33, #6ee79a));
  }
  .session.highlighted {
    outline: 3px solid var(--_ct-focus);
    outline-offset: 2px;
  }
  .session article > * {
    margin-block: 0 0.375em;
  }
  .when {
    font-variant-numeric: tabular-nums;
    color: var(--_ct-muted);
    font-weight: 500;
  }
  .marker {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding-inline: 0.5em;
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_ct-on-accent);
    background: var(--_ct-accent-strong);
  }
  .marker.now {
    background: var(--ct-agenda-now-color, light-dark(#0a7a33, #6ee79a));
  }
  .title {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--_ct-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .actions button {
    font-size: 0.875em;
    padding-block: 0.25em;
  }
  .permalink {
    font-size: 0.875em;
    color: var(--_ct-accent-strong);
    padding-block: 0.75em;
  }
  .details {
    max-inline-size: 70ch;
  }
  .details .label {
    font-weight: 700;
    margin-block: 0.5em 0.25em;
  }
  .people,
  .links {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .details a {
    color: var(--_ct-accent-strong);
  }
  .no-results {
    padding: 1em;
    border: 1px dashed var(--_ct-border);
    border-radius: var(--_ct-radius);
  }
  .room-headers {
    display: none;
  }
  /* The first screen of a long programme (agenda-preview.ts): the toolbar keeps its place, unseen, drawn
     as the loading placeholder is. */
  .toolbar-space {
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface-raised);
  }
  .toolbar-space > * {
    visibility: hidden;
  }
  .placeholder {
    display: grid;
    gap: 0.5em;
  }
  .placeholder div {
    block-size: 7em;
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface-raised);
  }
  /* The room grid, only where the element itself is wide enough; narrower, the same DOM is the list. */
  @container (min-width: 48em) {
    .grid .room-headers,
    .grid .day-sessions {
      display: grid;
      grid-template-columns: repeat(var(--_ct-grid-rooms), minmax(0, 1fr));
      gap: 0.5em;
    }
    .grid .room-headers {
      font-weight: 700;
      margin-block-end: 0.5em;
    }
    .grid .day-sessions {
      grid-auto-rows: minmax(2em, auto);
    }
    /* Cards are grid items of the day: in the grid the chunks are no boxes. */
    .grid .chunk {
      display: contents;
    }
    .grid .session {
      grid-column: var(--_ct-grid-column);
      grid-row: var(--_ct-grid-row);
    }
  }
  @media print {
    /* The controls cannot be used on paper; the summary stays, so a reader knows the list is filtered. */
    .toolbar,
    .actions {
      display: none;
    }
    .session {
      break-inside: avoid;
      border-color: #000;
    }
    .day-title {
      position: static;
    }
    /* Paper gets every card, laid out or not yet. */
    .chunk:not(.settled) {
      content-visibility: visible;
    }
  }
`;
