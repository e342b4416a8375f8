/**
 * The plain-DOM baseline: what a page would write by hand to show the same programme, with the same work
 * the agenda does and nothing more clever — read the feed (ours or a frab export), parse the times, sort by
 * start, group by day in the event's zone, build the same card for each session (time range, title as a
 * heading, type/room/track, the three buttons and the permalink, an empty details box) with createElement,
 * and for search normalise the text once and toggle `hidden` on the cards and days that do not match.
 * No validation, no framework, no slicing: the physical limit the agenda is measured against.
 */
interface Card {
  id: string;
  title: string;
  start: number;
  end: number;
  startIso: string;
  endIso: string;
  type: string;
  room: string | undefined;
  track: string | undefined;
  searchText: string;
  day: string;
}

const TYPE_LABELS: Record<string, string> = {
  opening: 'Opening',
  plenary: 'Plenary',
  thematic: 'Thematic discussion',
  panel: 'Panel',
  'side-event': 'Side event',
  'general-debate': 'General debate',
  closing: 'Closing',
  break: 'Break',
  other: 'Other',
};

const normalize = (value: string) => value.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase();

type Raw = Omit<Card, 'day' | 'start' | 'end'>;

/** The fields a hand-written page reads, of our feed and of a frab v1 export: trusted as they come. */
interface OwnFeed {
  agenda: {
    timeZone: string;
    rooms: { id: string; name: string }[];
    tracks: { id: string; name: string }[];
    sessions: { id: string; title: string; start: string; end: string; type?: string; room: string; track: string; description?: string; speakers?: { name: string }[] }[];
  };
}
interface FrabEvent {
  id: number;
  title: string;
  date: string;
  duration: string;
  room?: string;
  track?: string;
  abstract?: string;
  description?: string;
  persons: { public_name: string }[];
}
interface FrabExport {
  schedule: { conference: { time_zone_name: string; days: { rooms: Record<string, FrabEvent[]> }[] } };
}

/** Our feed: `agenda.sessions` with room and track ids resolved to names. */
function readOwn(json: OwnFeed): { timeZone: string; sessions: Raw[] } {
  const agenda = json.agenda;
  const rooms = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const tracks = new Map(agenda.tracks.map((t) => [t.id, t.name]));
  const sessions = agenda.sessions.map((s) => ({
    id: s.id,
    title: s.title,
    startIso: s.start,
    endIso: s.end,
    type: s.type ?? 'other',
    room: rooms.get(s.room),
    track: tracks.get(s.track),
    searchText: normalize([s.title, s.description ?? '', ...(s.speakers ?? []).map((p) => p.name)].join(' ')),
  }));
  return { timeZone: agenda.timeZone, sessions };
}

/** frab v1: days → rooms → events, `date` with offset and an `HH:MM` duration. */
function readFrab(json: FrabExport): { timeZone: string; sessions: Raw[] } {
  const conference = json.schedule.conference;
  const sessions: Raw[] = [];
  for (const day of conference.days) {
    for (const [room, events] of Object.entries(day.rooms)) {
      for (const e of events) {
        const [h = 0, m = 0] = e.duration.split(':').map(Number);
        const start = Date.parse(e.date);
        sessions.push({
          id: String(e.id),
          title: e.title,
          startIso: e.date,
          endIso: new Date(start + (h * 60 + m) * 60_000).toISOString(),
          type: 'other',
          room: e.room ?? room,
          track: e.track ?? undefined,
          searchText: normalize([e.title, e.abstract ?? '', e.description ?? '', ...e.persons.map((p) => p.public_name)].join(' ')),
        });
      }
    }
  }
  return { timeZone: conference.time_zone_name, sessions };
}

export class BaselineAgenda {
  readonly element = document.createElement('div');
  #cards: { card: Card; node: HTMLElement }[] = [];
  #days = new Map<string, HTMLElement>();
  #summary = document.createElement('p');
  #total = 0;

  /**
   * Reads, sorts, groups and builds; `onlyDay` builds that day alone (the day view), else every day;
   * `limit` builds that many cards of it (a first screen), else all.
   */
  render(json: unknown, onlyDay?: string, limit = Infinity): void {
    const { timeZone, sessions } = 'schedule' in (json as object) ? readFrab(json as FrabExport) : readOwn(json as OwnFeed);
    const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const timeFormat = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });
    const headingFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    // Many sessions share a start: format each instant once, as any careful page would.
    const days = new Map<number, string>();
    const times = new Map<number, string>();
    const dayOf = (t: number) => days.get(t) ?? days.set(t, dayFormat.format(t)).get(t)!;
    const timeOf = (t: number) => times.get(t) ?? times.set(t, timeFormat.format(t)).get(t)!;
    const cards: Card[] = sessions
      .map((s) => {
        const start = Date.parse(s.startIso);
        return { ...s, start, end: Date.parse(s.endIso), day: dayOf(start) };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.#total = cards.length;
    const shown = (onlyDay ? cards.filter((c) => c.day === onlyDay) : cards).slice(0, limit);
    this.#summary.textContent = `${shown.length} of ${cards.length} sessions`;
    const list = document.createElement('div');
    let section: HTMLElement | undefined;
    let items: HTMLElement | undefined;
    for (const card of shown) {
      if (!section || section.dataset['day'] !== card.day) {
        section = document.createElement('section');
        section.className = 'day';
        section.dataset['day'] = card.day;
        const heading = document.createElement('div');
        heading.className = 'day-title';
        heading.setAttribute('role', 'heading');
        heading.setAttribute('aria-level', '3');
        heading.textContent = headingFormat.format(Date.parse(card.day));
        items = document.createElement('div');
        items.className = 'day-sessions';
        items.setAttribute('role', 'list');
        section.append(heading, items);
        list.append(section);
        this.#days.set(card.day, section);
      }
      const node = build(card, timeOf);
      this.#cards.push({ card, node });
      items!.append(node);
    }
    this.element.replaceChildren(this.#summary, list);
  }

  /** Hides what does not match (and days left empty); an empty query shows everything again. */
  search(query: string): number {
    const words = normalize(query).split(/\s+/).filter(Boolean);
    const daysShown = new Set<string>();
    let count = 0;
    for (const { card, node } of this.#cards) {
      const match = words.every((word) => card.searchText.includes(word));
      node.hidden = !match;
      if (match) {
        daysShown.add(card.day);
        count++;
      }
    }
    for (const [day, section] of this.#days) section.hidden = !daysShown.has(day);
    this.#summary.textContent = `${count} of ${this.#total} sessions`;
    return count;
  }
}

function build(card: Card, timeOf: (t: number) => string): HTMLElement {
  const item = document.createElement('div');
  item.setAttribute('role', 'listitem');
  item.className = `session type-${card.type}`;
  item.id = `session-${card.id}`;
  const article = document.createElement('article');
  article.setAttribute('aria-labelledby', `title-${card.id}`);
  const when = document.createElement('p');
  when.className = 'when';
  const from = document.createElement('time');
  from.dateTime = card.startIso;
  from.textContent = timeOf(card.start);
  const to = document.createElement('time');
  to.dateTime = card.endIso;
  to.textContent = timeOf(card.end);
  when.append(from, '–', to);
  const title = document.createElement('div');
  title.className = 'title';
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', '4');
  title.id = `title-${card.id}`;
  title.textContent = card.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  for (const text of [TYPE_LABELS[card.type], card.room, card.track]) {
    if (!text) continue;
    const span = document.createElement('span');
    span.textContent = text;
    meta.append(span, ' ');
  }
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const label of ['Details', '☆ My agenda', 'Add to calendar']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    actions.append(button);
  }
  const link = document.createElement('a');
  link.className = 'permalink';
  link.href = `#session-${card.id}`;
  link.textContent = 'Link to this session';
  actions.append(link);
  const details = document.createElement('div');
  details.className = 'details';
  details.hidden = true;
  article.append(when, title, meta, actions, details);
  item.append(article);
  return item;
}
