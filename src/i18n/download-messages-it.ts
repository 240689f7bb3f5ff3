import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesIt: DownloadMessages = {
  exportColumnId: 'identificativo',
  exportColumnArea: 'area',
  exportColumnTheme: 'tema',
  exportColumnNew: 'nuova nel piano {plan}',
  exportColumnEvidence: 'livello di prova',
  exportColumnNote: 'come (se dedotto)',
  exportColumnSources: 'indirizzo della fonte',
  exportYes: 'sì',
  exportNo: 'no',
  exportUnknown: 'non documentato',
  chartSourcesTitle: '{count, plural, one {Fonte:} other {Fonti:}}',
  chartSourceLine: '[{number}] «{title}», {publisher}, {date}',
  chartDataLine: 'Dati: {dataset}.',
  chartDateLine: 'Scaricato il {date} da {url}',
};
