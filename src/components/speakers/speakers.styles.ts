import { css } from 'lit';

export const speakersStyles = css`
  :host {
    --_sp-photo: var(--ct-speakers-photo-size, 4.5em);
    container-type: inline-size;
  }
  :host([layout='list']) {
    --_sp-photo: calc(var(--ct-speakers-photo-size, 4.5em) / 2);
  }
  p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_ct-space);
  }
  .filters button[aria-pressed='true'] {
    background: var(--_ct-accent-strong);
    border-color: var(--_ct-accent-strong);
    color: var(--_ct-on-accent);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ct-speakers-min-column, 15em)), 1fr));
    gap: var(--_ct-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* In the grid the portrait sits above the text, so a narrow card keeps its width for the words. */
  .person {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: flex-start;
    padding: var(--_ct-space);
    border-radius: var(--_ct-radius);
    background: var(--ct-speakers-card-background, var(--_ct-surface-raised));
    min-inline-size: 0;
  }
  :host([layout='list']) .list {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  :host([layout='list']) .person {
    padding-block: 0.625em;
    padding-inline: 0;
    border-radius: 0;
    background: none;
    border-block-end: 1px solid var(--_ct-border);
    flex-direction: row;
    align-items: flex-start;
  }
  :host([layout='list']) .body {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
    align-items: baseline;
  }
  :host([layout='list']) .sessions {
    flex-basis: 100%;
  }
  .photo,
  .initials {
    flex: none;
    inline-size: var(--_sp-photo);
    block-size: var(--_sp-photo);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_ct-accent-strong);
    color: var(--_ct-on-accent);
    font-weight: 700;
    font-size: calc(var(--_sp-photo) * 0.36);
    line-height: 1;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-inline-size: 0;
  }
  .name {
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  .role {
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_ct-accent-strong);
  }
  .role:lang(ar),
  .role:lang(zh) {
    letter-spacing: normal;
  }
  .job-title,
  .organization {
    font-size: 0.9375em;
    color: var(--_ct-muted);
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  .sessions {
    margin-block: 0.375em 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .sessions a {
    display: inline-block;
    padding-block: 0.125em;
    color: var(--_ct-accent-strong);
  }
  .none {
    color: var(--_ct-muted);
  }
  .placeholder .person {
    min-block-size: 7em;
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .initials {
    background: var(--_ct-border);
  }
  @media (forced-colors: active) {
    .filters button[aria-pressed='true'] {
      border-width: 4px;
    }
    .initials {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .filters {
      display: none;
    }
    .person {
      break-inside: avoid;
      background: none;
    }
  }
`;
