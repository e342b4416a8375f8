import type { SessionView } from './agenda-model.js';
import { cardViews } from './agenda-session.js';

/**
 * List view: hides the rendered cards that search and filters leave out, and the chunks and days left
 * empty (an empty chunk not laid out yet would keep its estimated size). Asked after every render, it
 * works only when the matches or the rendered cards changed.
 */
export class UnmatchedCards {
  /** What the cards' `hidden` flags were last set for. */
  #last: { shown: readonly SessionView[] | undefined; rendered: readonly SessionView[]; count: number; filtering: boolean } | undefined;

  /** `shown`: the matches (a subset of `rendered`); `rendered`: the list the cards under `root` were made from. */
  update(root: ParentNode, shown: readonly SessionView[] | undefined, rendered: readonly SessionView[]): void {
    const filtering = shown !== undefined && shown.length !== rendered.length;
    const last = this.#last;
    // Nothing to hide, and nothing hidden on these cards before (a new list is new cards): the cards just
    // rendered are shown, as they should be. Spares a query of every card on each slice of a long list.
    if (!filtering && (!last || !last.filtering || last.rendered !== rendered)) {
      this.#last = { shown, rendered, count: -1, filtering };
      return;
    }
    const cards = root.querySelectorAll<HTMLElement>('#sessions .session');
    if (last && last.shown === shown && last.rendered === rendered && last.count === cards.length) return;
    this.#last = { shown, rendered, count: cards.length, filtering };
    // The matches are a subset of what is rendered: as many means none is left out (always so in the grid).
    // By the session each card was built for, not by its id attribute, and the chunks with a card shown
    // noted on the way, not queried again: at 10,000 cards this took ~45 of a keystroke's ~70 ms.
    const matches = shown && shown.length !== rendered.length ? new Set(shown) : undefined;
    const shownIn = new Set<Element | null>();
    for (const card of cards) {
      const view = cardViews.get(card);
      const hide = matches !== undefined && (!view || !matches.has(view));
      if (card.hidden !== hide) card.hidden = hide;
      if (!hide) shownIn.add(card.parentElement);
    }
    for (const chunk of root.querySelectorAll<HTMLElement>('#sessions .chunk')) {
      const hide = matches !== undefined && !shownIn.has(chunk);
      if (chunk.hidden !== hide) chunk.hidden = hide;
    }
    for (const day of root.querySelectorAll<HTMLElement>('#sessions .day')) {
      const hide = matches !== undefined && day.querySelector('.chunk:not([hidden])') === null;
      if (day.hidden !== hide) day.hidden = hide;
    }
  }
}
