import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesRu: DownloadMessages = {
  exportColumnId: 'идентификатор',
  exportColumnArea: 'область',
  exportColumnTheme: 'тема',
  exportColumnNew: 'новая в плане {plan}',
  exportColumnEvidence: 'степень достоверности',
  exportColumnNote: 'как установлено (если косвенно)',
  exportColumnSources: 'адрес источника',
  exportYes: 'да',
  exportNo: 'нет',
  exportUnknown: 'не задокументировано',
  chartSourcesTitle: '{count, plural, =1 {Источник:} other {Источники:}}',
  chartSourceLine: '[{number}] «{title}», {publisher}, {date}',
  chartDataLine: 'Данные: {dataset}.',
  chartDateLine: 'Скачано {date} с адреса {url}',
};
