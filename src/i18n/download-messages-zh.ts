import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesZh: DownloadMessages = {
  exportColumnId: '标识符',
  exportColumnArea: '领域',
  exportColumnTheme: '主题',
  exportColumnNew: '{plan}计划新增',
  exportColumnEvidence: '依据',
  exportColumnNote: '推断方式（如为推断）',
  exportColumnSources: '来源地址',
  exportYes: '是',
  exportNo: '否',
  exportUnknown: '无记录',
  chartSourcesTitle: '{count, plural, other {来源：}}',
  chartSourceLine: '[{number}] “{title}”，{publisher}，{date}',
  chartDataLine: '数据：{dataset}。',
  chartDateLine: '于{date}从{url}下载',
};
