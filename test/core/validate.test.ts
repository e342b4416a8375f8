import { expect } from '@open-wc/testing';
import { readFeedSection, validateDocument } from '../../src/core/validate.js';
import { seedFeed, statsFeed } from '../helpers/feeds.js';

describe('feed validation', () => {
  it('accepts the seed conference feed whole', async () => {
    expect(validateDocument(await seedFeed())).to.deep.equal([]);
  });

  it('names the JSON path of each problem', () => {
    const feed = statsFeed([{ value: 1, label: 'ok' }, { label: { EN: 'bad key' } }, { value: 3, label: 'x', qualifier: 'lots' }]);
    expect(validateDocument(feed)).to.deep.equal([
      '$.stats.figures[1].value: required but missing',
      '$.stats.figures[1].label.EN: expected a language tag such as "en" or "zh-Hans", got "EN"',
      '$.stats.figures[2].qualifier: expected one of "exact", "more-than", "over", "at-least", "about", "up-to", got "lots"',
    ]);
  });

  it('rejects days that do not exist and time zones the browser does not know, naming the path', () => {
    const event = { kind: 'conference', version: 1, event: { name: 'x', startDate: '2023-02-30', endDate: '2023-06-20', timeZone: 'Mars/Olympus_Mons' } };
    expect(validateDocument(event)).to.deep.equal([
      '$.event.startDate: expected a date that exists, in the years 0001 to 9999, got "2023-02-30"',
      '$.event.timeZone: expected a time zone this browser knows, such as "America/New_York", got "Mars/Olympus_Mons"',
    ]);
    const wrongForm = { ...event, event: { ...event.event, startDate: '20 June 2023', timeZone: 'UTC' } };
    expect(validateDocument(wrongForm)).to.deep.equal(['$.event.startDate: expected a date as YYYY-MM-DD, got "20 June 2023"']);
    const leap = { ...event, event: { ...event.event, startDate: '2024-02-29', endDate: '2024-03-01', timeZone: 'Europe/Vienna' } };
    expect(validateDocument(leap)).to.deep.equal([]);
    const reversed = { ...event, event: { ...event.event, startDate: '2023-06-20', endDate: '2023-06-19', timeZone: 'UTC' } };
    expect(validateDocument(reversed)).to.deep.equal(['$.event: expected endDate on or after startDate']);
  });

  it('accepts links in any letter case, and only http(s) and mailto', () => {
    const withSource = (sourceUrl: string) => statsFeed([{ value: 1, label: 'x', sourceUrl }]);
    expect(validateDocument(withSource('HTTPS://www.un.org/'))).to.deep.equal([]);
    expect(validateDocument(withSource('MailTo:press@un.org'))).to.deep.equal([]);
    expect(validateDocument(withSource('JavaScript:alert(1)'))[0]).to.match(/sourceUrl: expected an https:, http: or mailto: URL/);
  });

  it('rejects a document that is not an object, or of another version or kind', () => {
    expect(readFeedSection([], 'stats')).to.include({ ok: false });
    const wrongVersion = readFeedSection({ kind: 'stats', version: 2, stats: { figures: [] } }, 'stats');
    expect(wrongVersion.ok).to.equal(false);
    if (!wrongVersion.ok) expect(wrongVersion.error.path).to.equal('$.version');
    const wrongKind = readFeedSection({ kind: 'schedule', version: 1 }, 'stats');
    if (!wrongKind.ok) expect(wrongKind.messages[0]).to.match(/^\$\.kind: expected one of "conference", "stats", "agenda"/);
    expect(wrongKind.ok).to.equal(false);
  });

  it('checks only the section an element reads, so a broken sibling section does no harm', async () => {
    const seed = await seedFeed();
    const broken = { ...seed, event: { name: 42 } };
    expect(readFeedSection(broken, 'stats').ok).to.equal(true);
    expect(readFeedSection(broken, 'event').ok).to.equal(false);
  });

  it('validates one parsed document once per section', async () => {
    const seed = await seedFeed();
    expect(readFeedSection(seed, 'stats')).to.equal(readFeedSection(seed, 'stats'));
  });

  it('rejects links with schemes other than http(s) and mailto', () => {
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,x', ' JAVASCRIPT:x', 'vbscript:x']) {
      expect(readFeedSection(statsFeed([{ value: 1, label: 'l', sourceUrl }]), 'stats').ok, sourceUrl).to.equal(false);
    }
    expect(readFeedSection(statsFeed([{ value: 1, label: 'l', sourceUrl: 'mailto:OCT-info@un.org' }]), 'stats').ok).to.equal(true);
  });
});
