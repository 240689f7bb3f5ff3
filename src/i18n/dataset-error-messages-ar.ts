import type { DatasetErrorMessages } from './dataset-error-messages-fr';

export const datasetErrorMessagesAr: DatasetErrorMessages = {
  errorTitle: 'تعذر تحميل البيانات',
  errorHttp: 'أعاد الخادم الرمز {status} للعنوان {url}.',
  errorNetwork: 'الشبكة لا تستجيب ({url}).',
  errorTimeout: 'استغرق الخادم وقتا طويلا للرد ({url}).',
  errorNotJson: 'الملف {url} ليس بصيغة JSON صالحة.',
  errorSchema: 'الملف {url} لا يتبع الصيغة المتوقعة:',
  errorSchemaIssue: '{path}: {message}',
  issueMissing: 'قيمة مفقودة',
  issueType: 'النوع المتوقع: {expected}، النوع الوارد: {received}',
  issueTooSmall: 'صغير جدا أو قصير جدا (الحد الأدنى: {minimum})',
  issueTooBig: 'كبير جدا أو طويل جدا (الحد الأقصى: {maximum})',
  issueFormat: 'صيغة غير صالحة ({format})',
  issueUrl: 'عنوان مرفوض: لا تقبل إلا العناوين التي تبدأ بـ http:// أو https://',
  issueValue: 'قيمة غير متوقعة (المتوقع: {values})',
  issueUnknownSource: 'مصدر غير معروف «{value}»',
  issueUnknownTheme: 'موضوع غير معروف «{value}»',
  issueUnknownPerson: 'شخص غير معروف «{value}»',
  issueUnknownOrganization: 'منظمة غير معروفة «{value}»',
  issueUnknownPlan: 'خطة غير معروفة «{value}»',
  issueDuplicate: 'معرف مكرر «{value}»',
  issueEndBeforeStart: 'سنة الانتهاء تسبق سنة البدء',
  issuePartsAndText: 'يقدم الاقتباس إما في أجزاء (parts) وإما نصا واحدا (text)، لا بالطريقتين معا',
  issueBeforeFirstPart: 'الجزء الأول لا يلي شيئا: الكلمات التي تسبقه ليست جزءا من الاقتباس',
  issueUnsupportedVersion: 'الإصدار {value} غير مدعوم (الإصدارات المدعومة: {supported})',
  // zod's message is English: as on the French page, it is not shown.
  issueOther: 'قيمة غير صالحة',
  issueMore:
    '{count, plural, zero {…} one {… ومشكلة أخرى} two {… ومشكلتان أخريان} few {… و# مشكلات أخرى} many {… و# مشكلة أخرى} other {… و# مشكلة أخرى}}',
  errorTooLarge: 'الملف {url} كبير جدا ({size}؛ الحد: {limit}).',
  errorRead: 'تعذرت قراءة الملف {url}.',
};
