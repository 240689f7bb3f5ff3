import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesIt: DownloadMessages = {
  exportColumnId: 'id',
  exportColumnArea: 'area',
  exportColumnTheme: 'theme',
  exportColumnNew: 'new in {plan}',
  exportColumnEvidence: 'evidence',
  exportColumnNote: 'how (if inferred)',
  exportColumnSources: 'source address',
  exportYes: 'yes',
  exportNo: 'no',
  exportUnknown: 'not documented',
  chartSourcesTitle: '{count, plural, one {Source:} other {Sources:}}',
  chartSourceLine: '[{number}] “{title}”, {publisher}, {date}',
  chartDataLine: 'Data: {dataset}.',
  chartDateLine: 'Downloaded on {date} from {url}',
};
