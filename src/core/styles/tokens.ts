import { css } from 'lit';

/**
 * Design tokens. Pages theme the widgets with the public `--ct-*` custom properties; each has a built-in
 * fallback so an element looks right with no theme CSS at all. Light and dark values come from
 * `light-dark()`, so they follow the page's `color-scheme` (or the `theme` attribute) rather than the
 * operating system: a light page never gets a dark widget by surprise.
 *
 * Elements use only the private `--_ct-*` names below, so the fallbacks are written once. Sizes are in
 * `em` of the host, whose font size defaults to `medium` (the reader's chosen default size): `rem` would
 * follow a theme's `html { font-size }` instead, which CMS themes set to anything.
 */
export const tokens = css`
  :host {
    --_ct-font: var(--ct-font-family, Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', system-ui, sans-serif);
    --_ct-text: var(--ct-color-text, light-dark(#1b1b1b, #f1f1f1));
    --_ct-muted: var(--ct-color-text-muted, light-dark(#4d4d4d, #c4c4c4));
    --_ct-surface: var(--ct-color-surface, light-dark(#ffffff, #16191d));
    --_ct-surface-raised: var(--ct-color-surface-raised, light-dark(#f2f7fb, #23282e));
    --_ct-border: var(--ct-color-border, light-dark(#c9d3dc, #4a535c));
    /* UN blue, darkened on light surfaces to keep 4.5:1 for text. */
    --_ct-accent: var(--ct-color-accent, light-dark(#00689d, #4cc3f5));
    --_ct-accent-strong: var(--ct-color-accent-strong, light-dark(#004f7a, #8fdcff));
    --_ct-on-accent: var(--ct-color-on-accent, light-dark(#ffffff, #0b1a24));
    --_ct-error: var(--ct-color-error, light-dark(#b3261e, #ffb4ab));
    --_ct-error-surface: var(--ct-color-error-surface, light-dark(#fdecea, #3b1210));
    --_ct-focus: var(--ct-color-focus, light-dark(#1a5fb4, #9fd0ff));
    --_ct-radius: var(--ct-radius, 0.5em);
    --_ct-space: var(--ct-space, 1em);
    --_ct-font-size: var(--ct-font-size, medium);
    --_ct-line-height: var(--ct-line-height, 1.5);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* A theme chosen against the page's (a dark widget on a light page) brings its own surface, or its
     light text would sit on the page's white. */
  :host([theme]) {
    background: var(--_ct-surface);
  }
  /* Paper is white and browsers leave out backgrounds when printing: light colours, whatever the theme. */
  @media print {
    :host,
    :host([theme='dark']) {
      color-scheme: light;
    }
  }
`;

/**
 * Host styles every element shares. `all: initial` cuts off inherited page styles (a hostile
 * `body { letter-spacing: 1em }` or `font-size: 30px !important`), then we set our own; `color-scheme`
 * and custom properties are put back to inherit so the page can still theme us on purpose.
 */
export const hostStyles = css`
  :host {
    all: initial;
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    font-family: var(--_ct-font);
    /* Font size on the host too: container queries and the host's own em lengths read it. Marked
       important because a page's "* { font-size: 13px !important }" matches the host; in the cascade an
       important declaration from inside a shadow tree beats an important one from the page. */
    font-size: var(--_ct-font-size) !important;
    line-height: var(--_ct-line-height);
    color: var(--_ct-text);
    contain: layout style;
  }
  /*
   * A site theme's "*" rule (font, line height, spacing, colour, "text-align: left", text-transform…)
   * matches the host, which loses to it in the cascade, and everything the host inherits reaches inside.
   * So the wrapper every element renders first (class "base") sets every inherited text property again
   * from the tokens, and such a theme changes nothing inside. Only the documented --ct-* properties and
   * ::part() theme the widgets. Alignment is by start/end, so Arabic reads from the right. Visibility and
   * pointer events are left to the page: hiding or disabling a widget is the page's call.
   */
  .base {
    box-sizing: border-box;
    /* The shorthand resets every font property, kerning and feature settings included. */
    font: 1em/var(--_ct-line-height) var(--_ct-font);
    letter-spacing: normal;
    word-spacing: normal;
    color: var(--_ct-text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    /* Long words (Russian "заинтересованных", French, Spanish compounds) break at a hyphen where the
       browser has a hyphenation dictionary for the text's lang attribute (every text carries the right one);
       where it has none, they stay whole rather than break without a hyphen. */
    hyphens: auto;
    cursor: auto;
    writing-mode: horizontal-tb;
    border-collapse: separate;
    border-spacing: 0;
  }
  :host([hidden]) {
    display: none;
  }
  /* Identifiers, paths and URLs must be copied as written: no hyphen may be added to them. */
  code,
  kbd,
  samp {
    hyphens: manual;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_ct-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border-radius: var(--_ct-radius);
    border: 2px solid var(--_ct-accent);
    background: var(--_ct-surface);
    color: var(--_ct-accent-strong);
    cursor: pointer;
  }
  button:hover {
    background: var(--_ct-surface-raised);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
