/**
 * The plain-DOM baseline: the same cards built with createElement and kept in a keyed map, the fastest
 * straightforward code a page could write by hand. Filtering re-appends the kept nodes that match.
 */
interface Session {
  id: string;
  title: string;
  start: string;
  end: string;
  room?: string;
  track?: string;
  type?: string;
}

const time = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' });

function card(session: Session): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `session-${session.id}`;
  const when = document.createElement('p');
  when.textContent = `${time.format(Date.parse(session.start))}–${time.format(Date.parse(session.end))}`;
  const title = document.createElement('div');
  title.setAttribute('role', 'heading');
  title.textContent = session.title;
  const meta = document.createElement('p');
  meta.textContent = [session.type, session.room, session.track].filter(Boolean).join(' · ');
  const actions = document.createElement('div');
  for (const label of ['Details', 'My agenda', 'Add to calendar']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    actions.append(button);
  }
  const link = document.createElement('a');
  link.href = `#session-${session.id}`;
  link.textContent = 'Link to this session';
  actions.append(link);
  li.append(when, title, meta, actions);
  return li;
}

export class BaselineAgenda {
  readonly element = document.createElement('ol');
  readonly #nodes = new Map<string, HTMLLIElement>();

  constructor(private readonly sessions: readonly Session[]) {}

  render(): void {
    for (const session of this.sessions) {
      const node = card(session);
      this.#nodes.set(session.id, node);
      this.element.append(node);
    }
  }

  filter(predicate: (session: Session) => boolean): void {
    this.element.replaceChildren(...this.sessions.filter(predicate).map((s) => this.#nodes.get(s.id)!));
  }
}
