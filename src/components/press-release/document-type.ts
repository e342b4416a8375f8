import { msg } from '@lit/localize';
import type { DocumentType, PressRelease } from '../../feeds/press.js';

/** The kind of document, "press release" when the feed does not say. */
export function documentType(release: PressRelease): DocumentType {
  return release.type ?? 'press-release';
}

/**
 * The label the UN press service prints above each kind, in the UI language ("Meetings Coverage" /
 * "Couverture des réunions"). A statement is never labelled "Press release". Call inside render only.
 */
export function documentTypeLabel(type: DocumentType): string {
  switch (type) {
    case 'meetings-coverage':
      return msg('Meetings coverage');
    case 'statement':
      return msg('Statement');
    case 'note-to-correspondents':
      return msg('Note to correspondents');
    default:
      return msg('Press release');
  }
}

/** The English names the UN press site files them under: schema.org `genre` in JSON-LD, language-neutral. */
export const DOCUMENT_GENRES: Readonly<Record<DocumentType, string>> = {
  'press-release': 'Press Release',
  'meetings-coverage': 'Meetings Coverage',
  statement: 'Statement',
  'note-to-correspondents': 'Note to Correspondents',
};

/**
 * Where the dateline goes. A press release leads its first paragraph with it ("New York, 20 June 2023 –
 * The conference …"); meetings coverage, statements and notes print it on a line of its own above the text.
 */
export function datelineStandsAlone(release: PressRelease): boolean {
  const position = release.dateline.position;
  return position ? position === 'standalone' : documentType(release) !== 'press-release';
}
