import { msg } from '@lit/localize';
import { languageDisplayName } from '../../core/i18n/intl.js';
import type { AgendaSession, SessionType } from '../../feeds/agenda.js';

/** UI names of the feed's fixed vocabularies, in the page's UI language. Call from render paths only. */
export function sessionTypeLabel(type: SessionType): string {
  switch (type) {
    case 'opening':
      return msg('Opening');
    case 'plenary':
      return msg('Plenary');
    case 'thematic':
      return msg('Thematic discussion');
    case 'panel':
      return msg('Panel');
    case 'side-event':
      return msg('Side event');
    case 'general-debate':
      return msg('General debate');
    case 'talk':
      return msg('Talk');
    case 'workshop':
      return msg('Workshop');
    case 'closing':
      return msg('Closing');
    case 'break':
      return msg('Break');
    case 'other':
      return msg('Other');
  }
}

export function formatLabel(format: NonNullable<AgendaSession['format']>): string {
  switch (format) {
    case 'in-person':
      return msg('In person');
    case 'hybrid':
      return msg('Hybrid');
    case 'virtual':
      return msg('Virtual');
  }
}


type Link = NonNullable<AgendaSession['links']>[number];
export function linkLabel(kind: Link['kind']): string {
  switch (kind) {
    case 'webcast':
      return msg('Watch on UN Web TV');
    case 'document':
      return msg('Document');
    case 'registration':
      return msg('Register');
    case 'other':
      return msg('Link');
  }
}

/** "French", "Arabic"… in the UI language, from `Intl`. */
export function languageName(tag: string, uiLang: string): string {
  return languageDisplayName(tag, uiLang);
}
