import { expect } from '@open-wc/testing';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { addressGender, speakerRoleLabel } from '../../src/core/i18n/person-names.js';

/**
 * Role labels assume no gender unless the feed gives the person's form of address with the name
 * ("Mme", "Ms.", "Sra.", "السيدة", "女士"): then the label agrees with it. Expected forms are the
 * languages' own ("Présidente", "Presidenta", "الرئيسة"); Chinese and Russian titles have one form.
 */
describe('role labels and forms of address', () => {
  after(() => setUiLanguage('en'));

  it('reads the form of address in the six languages, past "H.E."', () => {
    expect(addressGender('Ms. Amina J. Mohammed')).to.equal('feminine');
    expect(addressGender('H.E. Mr. António Guterres')).to.equal('masculine');
    expect(addressGender('Mme Catherine Pollard')).to.equal('feminine');
    expect(addressGender('M. Vladimir Voronkov')).to.equal('masculine');
    expect(addressGender('Sra. Ana Moreno')).to.equal('feminine');
    expect(addressGender('г-жа Анна Морено')).to.equal('feminine');
    expect(addressGender('السيد فلاديمير فورونكوف')).to.equal('masculine');
    expect(addressGender('穆罕默德女士')).to.equal('feminine');
    expect(addressGender('Ana Moreno')).to.equal(undefined);
    expect(addressGender('Dr. Ana Moreno')).to.equal(undefined);
    // A name that happens to contain "M" later is not a form of address.
    expect(addressGender('Ana M. Moreno')).to.equal(undefined);
  });

  it('French: Présidente, Président, Présidence; Intervenante, Intervenant, Intervention', async () => {
    await setUiLanguage('fr');
    expect(speakerRoleLabel('chair', 'Mme Catherine Pollard')).to.equal('Présidente');
    expect(speakerRoleLabel('chair', 'M. Vladimir Voronkov')).to.equal('Président');
    expect(speakerRoleLabel('chair', 'Ana Moreno')).to.equal('Présidence');
    expect(speakerRoleLabel('moderator', 'Ms. Ana Moreno')).to.equal('Modératrice');
    expect(speakerRoleLabel('speaker', 'Ms. Ana Moreno')).to.equal('Intervenante');
    expect(speakerRoleLabel('speaker')).to.equal('Intervention');
  });

  it('Spanish and Arabic agree with the form of address; Chinese says 发言者', async () => {
    await setUiLanguage('es');
    expect(speakerRoleLabel('chair', 'Sra. Ana Moreno')).to.equal('Presidenta');
    expect(speakerRoleLabel('chair', 'Ana Moreno')).to.equal('Presidencia');
    await setUiLanguage('ar');
    expect(speakerRoleLabel('chair', 'السيدة أمينة محمد')).to.equal('الرئيسة');
    expect(speakerRoleLabel('chair', 'السيد فلاديمير فورونكوف')).to.equal('الرئيس');
    expect(speakerRoleLabel('chair', 'Ana Moreno')).to.equal('الرئاسة');
    await setUiLanguage('zh');
    expect(speakerRoleLabel('speaker', 'Ana Moreno')).to.equal('发言者');
    expect(speakerRoleLabel('speaker', '穆罕默德女士')).to.equal('发言者');
  });
});
