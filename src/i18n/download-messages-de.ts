import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesDe: DownloadMessages = {
  exportColumnId: 'Kennung',
  exportColumnArea: 'Bereich',
  exportColumnTheme: 'Thema',
  exportColumnNew: 'neu im Plan {plan}',
  exportColumnEvidence: 'Belegstufe',
  exportColumnNote: 'Herleitung (falls abgeleitet)',
  exportColumnSources: 'Adresse der Quelle',
  exportYes: 'ja',
  exportNo: 'nein',
  exportUnknown: 'nicht dokumentiert',
  chartSourcesTitle: '{count, plural, one {Quelle:} other {Quellen:}}',
  chartSourceLine: '[{number}] „{title}“, {publisher}, {date}',
  chartDataLine: 'Daten: {dataset}.',
  chartDateLine: 'Heruntergeladen am {date} von {url}',
};
