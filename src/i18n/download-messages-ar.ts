import type { DownloadMessages } from './download-messages-fr';

export const downloadMessagesAr: DownloadMessages = {
  exportColumnId: 'المعرف',
  exportColumnArea: 'المجال',
  exportColumnTheme: 'الموضوع',
  exportColumnNew: 'جديد في خطة {plan}',
  exportColumnEvidence: 'مستوى الإثبات',
  exportColumnNote: 'طريقة الاستنتاج (إن كان مستنتجا)',
  exportColumnSources: 'عنوان المصدر',
  exportYes: 'نعم',
  exportNo: 'لا',
  exportUnknown: 'غير موثق',
  chartSourcesTitle:
    '{count, plural, zero {المصادر:} one {المصدر:} two {المصدران:} few {المصادر:} many {المصادر:} other {المصادر:}}',
  chartSourceLine: '[{number}] «{title}»، {publisher}، {date}',
  chartDataLine: 'البيانات: {dataset}.',
  chartDateLine: 'تم التنزيل في {date} من {url}',
};
