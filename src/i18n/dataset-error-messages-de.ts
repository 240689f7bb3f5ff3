import type { DatasetErrorMessages } from './dataset-error-messages-fr';

export const datasetErrorMessagesDe: DatasetErrorMessages = {
  errorTitle: 'Die Daten konnten nicht geladen werden',
  errorHttp: 'Der Server antwortete mit {status} für {url}.',
  errorNetwork: 'Das Netzwerk antwortet nicht ({url}).',
  errorTimeout: 'Der Server hat zu lange für die Antwort gebraucht ({url}).',
  errorNotJson: 'Die Datei {url} ist kein gültiges JSON.',
  errorSchema: 'Die Datei {url} entspricht nicht dem erwarteten Format:',
  errorSchemaIssue: '{path}: {message}',
  issueMissing: 'fehlender Wert',
  issueType: 'erwarteter Typ: {expected}, erhalten: {received}',
  issueTooSmall: 'zu klein oder zu kurz (Minimum: {minimum})',
  issueTooBig: 'zu groß oder zu lang (Maximum: {maximum})',
  issueFormat: 'ungültiges Format ({format})',
  issueUrl: 'Adresse abgelehnt: Nur Adressen mit http:// und https:// werden akzeptiert',
  issueValue: 'unerwarteter Wert (erwartet: {values})',
  issueUnknownSource: 'unbekannte Quelle „{value}“',
  issueUnknownTheme: 'unbekanntes Thema „{value}“',
  issueUnknownPerson: 'unbekannte Person „{value}“',
  issueUnknownOrganization: 'unbekannte Organisation „{value}“',
  issueUnknownPlan: 'unbekannter Plan „{value}“',
  issueDuplicate: 'doppelte Kennung „{value}“',
  issueEndBeforeStart: 'das Endjahr liegt vor dem Anfangsjahr',
  issuePartsAndText:
    'das Zitat wird in Teilen (parts) oder als Ganzes (text) angegeben, nicht beides',
  issueBeforeFirstPart: 'der erste Teil folgt auf nichts: Wörter davor gehören nicht zum Zitat',
  issueUnsupportedVersion:
    'Version {value} wird nicht unterstützt (unterstützte Versionen: {supported})',
  // zod's message is English: a German page does not show it, as in French.
  issueOther: 'ungültiger Wert',
  issueMore: '{count, plural, one {… und # weiteres Problem} other {… und # weitere Probleme}}',
  errorTooLarge: 'Die Datei {url} ist zu groß ({size}; Grenze: {limit}).',
  errorRead: 'Die Datei {url} konnte nicht gelesen werden.',
};
