import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesEs: DownloadMessages = {
  exportColumnId: 'identificador',
  exportColumnArea: 'área',
  exportColumnTheme: 'tema',
  exportColumnNew: 'nueva en {plan}',
  exportColumnEvidence: 'nivel de prueba',
  exportColumnNote: 'cómo (si se ha deducido)',
  exportColumnSources: 'dirección de la fuente',
  exportYes: 'sí',
  exportNo: 'no',
  exportUnknown: 'no documentado',
  chartSourcesTitle: '{count, plural, one {Fuente:} other {Fuentes:}}',
  chartSourceLine: '[{number}] «{title}», {publisher}, {date}',
  chartDataLine: 'Datos: {dataset}.',
  chartDateLine: 'Descargado el {date} desde {url}',
};
