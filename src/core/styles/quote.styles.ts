import { css } from 'lit';

/** Quotations with their speaker, as key messages and press releases show them. */
export const quotationStyles = css`
  blockquote {
    margin: 0;
    quotes: auto;
    font-style: italic;
  }
  /* Arabic and Chinese have no italic convention; slanting them hurts legibility. */
  blockquote:lang(ar),
  blockquote:lang(zh) {
    font-style: normal;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  /* The translation beside words quoted in their original language. */
  .quote-translation {
    margin-block: 0.5em 0;
    font-size: 0.9375em;
  }
  .translation-label {
    font-weight: 700;
  }
  .attribution {
    display: flex;
    flex-direction: column;
    margin-block-start: 0.5em;
    font-size: 0.9375em;
  }
  .speaker {
    font-style: normal;
    font-weight: 700;
  }
`;
