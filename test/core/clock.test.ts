import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CtElement } from '../../src/core/element/base-element.js';
import { ClockController } from '../../src/core/time/clock.js';
import { until } from '../helpers/feeds.js';

/** A real element with a clock: counts its renders and the time each one saw. */
class ClockProbe extends CtElement {
  static override properties = { now: {} };
  now: string | undefined;
  boundary = 0;
  tick = 0;
  renders: number[] = [];
  clock = new ClockController(this, { nextChange: () => this.boundary || undefined, tickMs: () => this.tick });
  override render() {
    this.renders.push(this.clock.value);
    return html``;
  }
}
ClockProbe.define('clock-probe');

describe('ClockController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('renders again on its own at the next boundary', async () => {
    const el = await fixture<ClockProbe>(html`<clock-probe></clock-probe>`);
    el.boundary = Date.now() + 300;
    el.requestUpdate();
    await el.updateComplete;
    const before = el.renders.length;
    await until(() => el.renders.length > before, 'a render after the boundary', 2000);
    expect(el.renders.at(-1)!).to.be.at.least(el.boundary);
  });

  it('ticks at the interval asked for, and stops under reduced motion', async () => {
    const el = await fixture<ClockProbe>(html`<clock-probe></clock-probe>`);
    el.tick = 100;
    el.requestUpdate();
    await el.updateComplete;
    const start = el.renders.length;
    await new Promise((resolve) => setTimeout(resolve, 650));
    expect(el.renders.length - start).to.be.within(4, 7);
    await emulateMedia({ reducedMotion: 'reduce' });
    await new Promise((resolve) => setTimeout(resolve, 150)); // the media change itself renders once
    const paused = el.renders.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.renders.length).to.equal(paused);
  });

  it('uses a fixed now without any timer', async () => {
    const el = await fixture<ClockProbe>(html`<clock-probe now="2023-06-19T12:00:00Z"></clock-probe>`);
    el.tick = 50;
    el.requestUpdate();
    await el.updateComplete;
    const count = el.renders.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.renders.length).to.equal(count);
    expect(el.renders.at(-1)).to.equal(Date.UTC(2023, 5, 19, 12));
  });

  it('stops its timers when disconnected', async () => {
    const el = await fixture<ClockProbe>(html`<clock-probe></clock-probe>`);
    el.tick = 50;
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    const count = el.renders.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.renders.length).to.equal(count);
  });
});
