// The words written into the downloads (the areas' columns, the chart's source and date lines):
// they load with the code that writes them (src/features/areas/build-area-download.ts), not with
// the page. French is the source of the keys, as in messages-fr.ts.
export const downloadMessagesFr = {
  exportColumnId: 'identifiant',
  exportColumnArea: 'domaine',
  exportColumnTheme: 'thème',
  exportColumnNew: 'nouveau en {plan}',
  exportColumnEvidence: 'niveau de preuve',
  exportColumnNote: 'comment (si déduit)',
  exportColumnSources: 'adresse de la source',
  exportYes: 'oui',
  exportNo: 'non',
  exportUnknown: 'non documenté',
  chartSourcesTitle: '{count, plural, one {Source\u00a0:} other {Sources\u00a0:}}',
  chartSourceLine: '[{number}] «\u00a0{title}\u00a0», {publisher}, {date}',
  chartDataLine: 'Données\u00a0: {dataset}.',
  chartDateLine: 'Téléchargé le {date} depuis {url}',
} as const;

export type DownloadMessageKey = keyof typeof downloadMessagesFr;
export type DownloadMessages = Record<DownloadMessageKey, string>;
