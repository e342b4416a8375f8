import { css } from 'lit';

export const pressReleaseStyles = css`
  :host {
    --_pr-measure: var(--ct-press-release-measure, 70ch);
    container-type: inline-size;
  }
  .release {
    max-inline-size: var(--_pr-measure);
    overflow-wrap: break-word;
  }
  p {
    margin: 0 0 1em;
  }
  .masthead {
    margin-block-end: 1.25em;
    padding-block: 0.75em;
    padding-inline: 1em;
    border-block-start: 0.3em solid var(--_ct-accent);
    background: var(--_ct-surface-raised);
    text-align: center;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-weight: 700;
    color: var(--_ct-accent-strong);
  }
  .masthead p {
    margin: 0;
  }
  .masthead p:first-child {
    font-size: 0.875em;
    text-transform: none;
    letter-spacing: 0;
  }
  .masthead:lang(ar) {
    letter-spacing: 0;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_ct-muted);
  }
  .kicker:lang(ar) {
    letter-spacing: 0;
  }
  .symbol {
    font-variant-numeric: tabular-nums;
    text-transform: none;
  }
  .office {
    margin-block-end: 0.5em;
    color: var(--_ct-muted);
  }
  .headline {
    margin-block-end: 0.5em;
    font-size: var(--ct-press-release-headline-size, 1.75em);
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .subheading {
    font-size: 1.125em;
    color: var(--_ct-muted);
  }
  .dateline {
    font-weight: 700;
  }
  /* Meetings coverage, statements and notes: place and date on a line of their own above the text. */
  .dateline.standalone {
    margin-block-end: 0.5em;
  }
  .meeting {
    text-transform: none;
  }
  .as-delivered {
    margin-block: 0 0.5em;
    font-style: italic;
    color: var(--_ct-muted);
  }
  /* Embargo, correction and reissue: set apart, never hidden, so no one publishes or quotes the wrong text. */
  .notice {
    margin-block: 0 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border-inline-start: 0.25em solid var(--_ct-accent);
    background: var(--_ct-surface-raised);
  }
  .embargo {
    font-weight: 700;
  }
  .end-mark {
    margin-block: 1.5em;
    text-align: center;
    letter-spacing: 0.25em;
  }
  /* Reported speech or a speech as delivered: the text carries its own quotation marks, or none. */
  .narrative blockquote p::before,
  .narrative blockquote p::after {
    content: none;
  }
  .narrative blockquote {
    font-style: normal;
  }
  .heading,
  .point-heading {
    margin-block: 1.25em 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .point-heading {
    margin-block-start: 0;
    font-size: 1.0625em;
  }
  ul,
  ol {
    margin: 0 0 1em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  a {
    color: var(--_ct-accent-strong);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .key-points .points {
    padding: 0;
    list-style: none;
  }
  .point {
    display: grid;
    grid-template-columns: 2.25em 1fr;
    gap: 0.75em;
    margin-block: 0 1em;
  }
  .number {
    display: grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    border-radius: 50%;
    background: var(--_ct-accent);
    color: var(--_ct-on-accent);
    font-weight: 700;
  }
  .point-body {
    min-inline-size: 0;
  }
  .quote {
    margin-block: 0 1em;
    margin-inline: 0;
    padding-block: 0.75em;
    padding-inline: 1em;
    border-inline-start: var(--ct-press-release-quote-border, 0.25em solid var(--_ct-accent));
    background: var(--_ct-surface-raised);
  }
  .role {
    color: var(--_ct-muted);
  }
  .image {
    margin: 0 0 1em;
  }
  .image img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_ct-radius);
  }
  .image figcaption {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-block-start: 0.375em;
    font-size: 0.875em;
    color: var(--_ct-muted);
  }
  .html-content {
    margin-block-end: 1em;
  }
  .html-content table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .html-content th,
  .html-content td {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_ct-border);
    text-align: start;
  }
  .more-info {
    margin-block-start: 1.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_ct-border);
  }
  .more-info .heading {
    margin-block-start: 0.5em;
    font-size: 1em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .more-info .heading:lang(ar) {
    letter-spacing: 0;
  }
  .more-info a {
    /* Link text is words ("UN Web TV") or a URL: break-word breaks a URL too long for a line, never a word that fits. */
    overflow-wrap: break-word;
  }
  .note {
    font-size: 0.875em;
    font-style: italic;
    color: var(--_ct-muted);
  }
  .languages,
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 1em;
  }
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .languages li + li {
    margin: 0;
  }
  .languages a {
    display: inline-block;
    padding-block: 0.25em;
    min-block-size: 1.5em;
  }
  .label {
    font-weight: 700;
  }
  .share-button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_ct-accent);
    border-radius: var(--_ct-radius);
    background: var(--_ct-surface);
    color: var(--_ct-accent-strong);
    font: inherit;
    text-decoration: none;
  }
  a.share-button:hover {
    background: var(--_ct-surface-raised);
  }
  .share-status:empty {
    display: none;
  }
  .placeholder .line {
    margin-block-end: 0.75em;
  }
  .placeholder .headline-line {
    block-size: 2.5em;
  }
  @container (max-width: 24em) {
    .headline {
      font-size: calc(var(--ct-press-release-headline-size, 1.75em) * 0.8);
    }
    .point {
      grid-template-columns: 1fr;
      gap: 0.25em;
    }
    .quote {
      padding-inline: 0.75em;
    }
  }
  /* One release per sheet, black on white, no buttons; link targets written out. */
  @media print {
    :host {
      color: #000;
    }
    .release {
      max-inline-size: none;
      break-after: page;
    }
    .share,
    .ct-error button {
      display: none;
    }
    .masthead,
    .quote {
      background: none;
      color: #000;
    }
    .number {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
    a {
      color: #000;
    }
    .body a[href^='http']::after,
    .more-info a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .point,
    .quote,
    .image {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .number {
      border: 1px solid CanvasText;
    }
    .share-button {
      border-color: ButtonText;
    }
  }
`;
