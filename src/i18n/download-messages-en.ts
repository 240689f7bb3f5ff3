import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesEn: DownloadMessages = {
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
  chartSourceLine: 'Source: {sources}. Data: {dataset}.',
  chartDateLine: 'Downloaded on {date} from {url}',
};
