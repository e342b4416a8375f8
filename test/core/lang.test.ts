import { expect, fixture, html } from '@open-wc/testing';
import { resolveDir, resolveLang } from '../../src/core/language/element-language.js';
import { resolveLocalizedText } from '../../src/core/i18n/localized-text.js';

describe('language and direction resolution', () => {
  it('finds the nearest lang across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"><span></span></div>`);
    const inner = host.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p><b></b></p>';
    const deep = inner.querySelector('b')!;
    expect(resolveLang(deep)).to.equal('ar');
    expect(resolveDir(deep)).to.equal('rtl');
  });

  it('lets an element’s own language decide its direction on a page of another', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="en" dir="ltr"><p lang="ar"></p></div>`);
    expect(resolveDir(el.querySelector('p')!)).to.equal('rtl');
  });

  it('lets an explicit dir win over the language', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="ar"><p dir="ltr"></p></div>`);
    expect(resolveDir(el.querySelector('p')!)).to.equal('ltr');
    expect(resolveLang(el.querySelector('p')!)).to.equal('ar');
  });
});

describe('resolveLocalizedText', () => {
  const text = { en: 'Member States', fr: 'États Membres', 'zh-Hans': '会员国' };

  it('uses a plain string as it is', () => {
    expect(resolveLocalizedText('Plain', 'ar')).to.deep.equal({ text: 'Plain' });
  });
  it('picks the exact language, then the same base language', () => {
    expect(resolveLocalizedText(text, 'fr')).to.deep.equal({ text: 'États Membres' });
    expect(resolveLocalizedText(text, 'fr-CA')).to.deep.equal({ text: 'États Membres' });
    expect(resolveLocalizedText(text, 'zh')).to.deep.equal({ text: '会员国' });
  });
  it('falls back to English, then to the first language, and says which', () => {
    expect(resolveLocalizedText(text, 'ru')).to.deep.equal({ text: 'Member States', lang: 'en' });
    expect(resolveLocalizedText({ es: 'Estados Miembros' }, 'ru')).to.deep.equal({ text: 'Estados Miembros', lang: 'es' });
  });
  it('gives nothing for an empty map', () => {
    expect(resolveLocalizedText({}, 'en')).to.equal(undefined);
  });
});
