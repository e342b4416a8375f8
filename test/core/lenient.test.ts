import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { parseLeniently } from '../../src/core/feed/lenient.js';
import { describeIssue } from '../../src/core/feed/read-section.js';

/**
 * A rule across items (here: ids unique within the list) that points into the item breaking it: the
 * reader leaves that item out like one that fails its own rules, and checks the rule again on the rest.
 */
const item = v.object({ id: v.string(), value: v.number() });
const section = v.pipe(
  v.object({ title: v.optional(v.string()), items: v.pipe(v.array(item), v.maxLength(3)) }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.items.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        addIssue({
          message: `duplicate id "${entry.id}"`,
          path: [
            { type: 'object', origin: 'value', input: dataset.value, key: 'items', value: dataset.value.items },
            { type: 'array', origin: 'value', input: dataset.value.items, key: index, value: entry },
          ],
        });
      }
      seen.add(entry.id);
    });
  }),
);

describe('parseLeniently', () => {
  it('leaves out an item that breaks a rule across items, after those that break their own', () => {
    const input = { items: [{ id: 'a', value: 1 }, { id: 'b', value: 'x' }, { id: 'a', value: 2 }, { id: 'c', value: 3 }] };
    const result = parseLeniently(section, input, '$.s', describeIssue);
    if (!result.success) throw new Error('expected a lenient success');
    expect(result.output.items).to.deep.equal([{ id: 'a', value: 1 }, { id: 'c', value: 3 }]);
    expect(result.leftOut.count).to.equal(2);
    expect(result.leftOut.details[0]).to.match(/^\$\.s\.items\[1\]\.value: /);
    // The duplicate is found on the second look, among what was left, and named by its place in the input.
    expect(result.leftOut.details[1]).to.equal('$.s.items[2]: duplicate id "a"');
  });

  it('fails as a whole on a fault outside the item lists, naming that fault first', () => {
    const result = parseLeniently(section, { title: 7, items: [{ id: 'a', value: 'x' }] }, '$.s', describeIssue);
    expect(result.success).to.equal(false);
    if (!result.success) expect(result.issues[0]!.path!.map((step) => step.key)).to.deep.equal(['title']);
  });
});
