import { expect } from '@open-wc/testing';
import { makeWellFormed, wellFormedString } from '../../src/core/feed/well-formed.js';

/** Expected values from the ECMAScript definition of `toWellFormed` (ES2024, §22.1.3.32): each lone surrogate → U+FFFD. */
describe('well-formed feed text', () => {
  it('replaces lone surrogates, keeps pairs', () => {
    expect(wellFormedString('a\uD83D')).to.equal('a\uFFFD');
    expect(wellFormedString('\uDE00b')).to.equal('\uFFFDb');
    expect(wellFormedString('\uDE00\uD83D')).to.equal('\uFFFD\uFFFD'); // low before high is no pair
    expect(wellFormedString('😀')).to.equal('😀');
    expect(wellFormedString('\uD83D\uD83D\uDE00')).to.equal('\uFFFD😀');
  });

  it('copies only what changed and never changes the input', () => {
    const clean = { a: ['x', { b: 'y' }], c: 1, d: null, e: true };
    expect(makeWellFormed(clean)).to.equal(clean);
    const input = { keep: { deep: 'ok' }, cut: ['fine', 'cut\uD83D'], ['k\uDC00']: 'v' };
    const frozen = JSON.stringify(input);
    const output = makeWellFormed(input);
    expect(JSON.stringify(input)).to.equal(frozen);
    expect(output).to.deep.equal({ keep: { deep: 'ok' }, cut: ['fine', 'cut\uFFFD'], ['k\uFFFD']: 'v' });
    expect(output.keep).to.equal(input.keep);
  });
});
