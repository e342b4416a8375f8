import type { SessionView } from './agenda-model.js';

export type Marker = 'now' | 'next';

/** Sessions running at `now`, and the ones starting next (all sharing the earliest start after `now`). */
export function nowAndNext(sessions: readonly SessionView[], now: number): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  let nextStart = Infinity;
  for (const view of sessions) {
    if (view.start <= now && now < view.end) markers.set(view.id, 'now');
    else if (view.start > now && view.start < nextStart) nextStart = view.start;
  }
  for (const view of sessions) if (view.start === nextStart) markers.set(view.id, 'next');
  return markers;
}

/**
 * The now/next markers and the next time they can change (a session starts or ends). Both are asked for
 * on every update, the boundary after every clock tick and slice: each walks the programme only when the
 * programme or the clock moved past the last answer (a walk per slice at 20,000 sessions cost seconds),
 * and the markers stay the same map while they are the same (a new map would re-render every chunk).
 */
export class LiveMarkers {
  #boundary: { sessions: readonly SessionView[] | undefined; now: number; next: number | undefined } | undefined;
  #markers: { list: readonly SessionView[]; key: string; markers: ReadonlyMap<string, Marker>; at: number; until: number } | undefined;

  /** The next start or end after `now` among `sessions` (the whole programme). */
  nextBoundary(sessions: readonly SessionView[] | undefined, now: number): number | undefined {
    // No session starts or ends between the last answer's time and its boundary: the answer stands.
    const last = this.#boundary;
    if (last && last.sessions === sessions && now >= last.now && (last.next === undefined || now < last.next)) return last.next;
    let next: number | undefined;
    for (const view of sessions ?? []) {
      if (view.start > now && (next === undefined || view.start < next)) next = view.start;
      if (view.end > now && (next === undefined || view.end < next)) next = view.end;
    }
    this.#boundary = { sessions, now, next };
    return next;
  }

  /** The markers of `shown` at `now`; `all` is the whole programme, whose boundaries say how long they stand. */
  markersFor(shown: readonly SessionView[], all: readonly SessionView[], now: number): ReadonlyMap<string, Marker> {
    const last = this.#markers;
    if (last?.list === shown && now >= last.at && now < last.until) return last.markers;
    const markers = nowAndNext(shown, now);
    const key = [...markers].join();
    const until = this.nextBoundary(all, now) ?? Infinity;
    if (last?.list !== shown || last.key !== key) this.#markers = { list: shown, key, markers, at: now, until };
    else this.#markers = { ...last, at: now, until };
    return this.#markers.markers;
  }
}
