import type { Messages } from './messages-fr';

export const messagesAr: Messages = {
  appTitle:
    'خطط العمل المشتركة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة ومنظمة الأمن والتعاون في أوروبا',
  noScriptNotice:
    'JavaScript معطل: يمكن قراءة الصفحة كما هي، باللغة العربية، ولكن من دون عوامل تصفية أو رسم بياني أو تنزيلات.',
  appTagline:
    'لوحة معلومات خطط العمل المشتركة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة والأمانة العامة لمنظمة الأمن والتعاون في أوروبا',
  headerMenu: 'القائمة',
  skipToContent: 'الانتقال إلى المحتوى',
  switchLanguage: 'العربية',
  loading: 'جار تحميل البيانات…',
  retry: 'إعادة المحاولة',

  fileErrorTitle: 'تعذر فتح هذا الملف؛ وتبقى مجموعة البيانات المعروضة دون تغيير',
  dismiss: 'إغلاق هذه الرسالة',
  openDataset: 'فتح مجموعة بيانات…',
  dropHere: 'أفلت ملف JSON هنا لفتحه',
  localDatasetShown: 'مجموعة البيانات المعروضة: «{title}»، مفتوحة من الملف {file}.',
  localDatasetNotKept:
    'لا يستطيع هذا المتصفح الاحتفاظ بها: ستعرض مجموعة البيانات المضمنة عند إعادة تحميل الصفحة.',
  backToBundled: 'العودة إلى مجموعة البيانات المضمنة',
  copyLink: 'نسخ رابط هذا العرض',
  linkCopied: 'تم نسخ الرابط إلى الحافظة.',
  linkOpensBundledOnly: 'يفتح هذا الرابط مجموعة البيانات المضمنة، لا ملفك «{file}».',
  linkCopyFailed: 'تعذر نسخ الرابط تلقائيا؛ وإليك الرابط:',
  embedBackLink: 'فتح لوحة المعلومات كاملة',
  downloadsTitle: 'تنزيل',
  downloadAreasCsv: 'المجالات (CSV)',
  downloadAreasJson: 'المجالات (JSON)',
  downloadFilteredCsv: 'المجالات المعروضة (CSV)',
  downloadFilteredJson: 'المجالات المعروضة (JSON)',
  downloadChartSvg: 'الرسم البياني (SVG)',
  downloadChartPng: 'الرسم البياني (PNG)',
  downloadFailed: 'تعذر التنزيل: {reason}',
  downloadDone: 'تم تنزيل الملف {file}.',
  darkScheme: 'المظهر الداكن',
  present: 'بدء العرض',
  errorSectionTitle: 'تعذر عرض هذا القسم.',
  laterSectionsFailed:
    'تعذر تحميل بقية الصفحة (ربما بسبب الشبكة): يمكن قراءتها، ولكن عوامل التصفية والخيارات فيها لا تستجيب بعد.',
  errorChartTitle: 'تعذر عرض الرسم البياني.',

  keyFiguresTitle: 'الأرقام الرئيسية',
  // The figure's number is shown next to its label: the label takes the form that number calls for.
  figurePlans:
    '{count, plural, zero {خطة عمل مشتركة} one {خطة عمل مشتركة} two {خطتا عمل مشتركتان} few {خطط عمل مشتركة} many {خطة عمل مشتركة} other {خطة عمل مشتركة}}',
  figureAreas:
    '{count, plural, zero {مجال مواضيعي في خطة {plan}} one {مجال مواضيعي في خطة {plan}} two {مجالان مواضيعيان في خطة {plan}} few {مجالات مواضيعية في خطة {plan}} many {مجالا مواضيعيا في خطة {plan}} other {مجال مواضيعي في خطة {plan}}}',
  figureNewAreas:
    '{count, plural, zero {مجال جديد في خطة {plan}} one {مجال جديد في خطة {plan}} two {مجالان جديدان في خطة {plan}} few {مجالات جديدة في خطة {plan}} many {مجالا جديدا في خطة {plan}} other {مجال جديد في خطة {plan}}}',
  figureFirstYear: 'أول سنة موثقة للتعاون',
  figureSources:
    '{count, plural, zero {مصدر مستشهد به} one {مصدر مستشهد به} two {مصدران مستشهد بهما} few {مصادر مستشهد بها} many {مصدرا مستشهدا به} other {مصدر مستشهد به}}',
  // Fills {plan} in the figures above ("خطة الفترة الحالية") when the plan has no years.
  figureCurrentPlan: 'الفترة الحالية',

  timelineTitle:
    '{count, plural, zero {الخطط} one {الخطة} two {الخطتان} few {الخطط الـ#} many {الخطط الـ#} other {الخطط الـ#}}',
  timelineIntro: 'اختر خطة للاطلاع على ما تذكره المصادر عنها.',
  timelinePlansList: 'الخطط حسب الترتيب الزمني',
  timelineLegend: 'مفتاح الخط الزمني',
  legendStated: 'فترة يذكرها مصدر',
  legendInferred: 'فترة معلنة (مستنتجة)',
  legendOpenEnd: 'نهاية غير موثقة',
  legendUndocumented: 'فترة غير موثقة: في وقت ما ضمن هذا النطاق',
  legendMilestone: 'مرحلة بارزة يؤرخها مصدر',
  periodBetween: 'في وقت ما بين {from} و{to}',
  milestonesList: 'المراحل البارزة التي تؤرخها المصادر',
  planNumber: 'الخطة رقم {number}',
  periodUndocumented: 'فترة غير موثقة',
  periodUntil: 'حتى {end}',
  detailsTitle: 'التفاصيل: {title}',
  period: 'الفترة',
  endYearUndocumented: 'سنة الانتهاء غير موثقة',
  endYearUndocumentedShort: 'نهاية غير موثقة',
  signedAt: 'مكان التوقيع',
  announcedOn: 'تاريخ الإعلان',
  signatories: 'الموقعون',
  areasOfPlan: 'المجالات المواضيعية',
  areaCountSummary:
    '{count, plural, zero {لا توجد مجالات} one {مجال واحد} two {مجالان} few {# مجالات} many {# مجالا} other {# مجال}}',
  newAreaCountSummary:
    '{count, plural, zero {ليس بينها أي مجال جديد} one {منها مجال واحد جديد} two {منها مجالان جديدان} few {منها # مجالات جديدة} many {منها # مجالا جديدا} other {منها # مجال جديد}}',
  areaCountWithNew: '{count}، {new}',
  sharedAreaEvidence:
    '{count, plural, zero {لهذه المجالات:} one {لهذا المجال:} two {لهذين المجالين:} few {لهذه المجالات الـ{count}:} many {لهذه المجالات الـ{count}:} other {لهذه المجالات الـ{count}:}}',
  notDocumented: 'غير موثق',
  otherFacts: 'وقائع أخرى',

  evidence: 'مستوى الإثبات',
  evidenceWithLevel: 'الإثبات: {level}',
  evidenceStated: 'يذكره المصدر',
  evidenceInferred: 'مستنتج',
  evidenceUnknown: 'غير موثق',
  sourceLink: 'المصدر: {title}',
  sourceRef: 'المصدر {number}: {title}',

  areasTitle: 'المجالات المواضيعية في خطة {plan}',
  areasIntro:
    '{count, plural, zero {لا توجد مجالات مواضيعية} one {مجال مواضيعي واحد} two {مجالان مواضيعيان} few {# مجالات مواضيعية} many {# مجالا مواضيعيا} other {# مجال مواضيعي}}، {new, plural, zero {ليس بينها أي مجال جديد في هذه الخطة} one {منها مجال واحد جديد في هذه الخطة} two {منها مجالان جديدان في هذه الخطة} few {منها # مجالات جديدة في هذه الخطة} many {منها # مجالا جديدا في هذه الخطة} other {منها # مجال جديد في هذه الخطة}}.',
  chartTitle: 'المجالات المواضيعية حسب الموضوع',
  chartCaption: 'عدد مجالات خطة {plan} حسب الموضوع، الجديدة منها والمستمرة.',
  chartHint: 'يؤدي اختيار موضوع إلى تصفية القائمة أدناه.',
  chartNew: 'جديدة',
  chartContinuing: 'مستمرة',
  chartUnknown: 'الحالة غير موثقة',
  chartTableSummary: 'جدول بيانات الرسم البياني',
  chartTheme: 'الموضوع',
  chartTotal: 'المجموع',
  chartFilterBy: 'التصفية حسب الموضوع «{theme}»',
  chartLoading: 'جار تحميل الرسم البياني…',
  chartNeedsScript: 'يتطلب الرسم البياني JavaScript؛ ويعرض الجدول أدناه أرقامه.',

  filtersTitle: 'عوامل التصفية',
  filterThemes: 'المواضيع',
  search: 'البحث في المجالات',
  searchPlaceholder: 'مثلا: إصلاح، الجريمة السيبرانية…',
  newOnly: 'الجديدة في خطة {plan} فقط',
  clearFilters: 'مسح عوامل التصفية',
  resultCount:
    '{shown, plural, zero {لا يوجد أي مجال معروض} one {مجال واحد معروض} two {مجالان معروضان} few {# مجالات معروضة} many {# مجالا معروضا} other {# مجال معروض}} من أصل {total}',
  showMoreAreas:
    '{count, plural, zero {عرض المجالات المتبقية} one {عرض المجال المتبقي} two {عرض المجالين المتبقيين} few {عرض المجالات الـ# المتبقية} many {عرض المجالات الـ# المتبقية} other {عرض المجالات الـ# المتبقية}}',
  emptyResult: 'لا يوجد مجال يطابق عوامل التصفية هذه.',
  areaList: 'المجالات المواضيعية',
  theme: 'الموضوع',
  themeWithLabel: 'الموضوع: {theme}',
  isNew: 'جديد في خطة {plan}',
  isContinuing: 'مستمر',
  newnessUnknown: 'غير موثق ما إذا كان جديدا',
  inferredHow: 'طريقة الاستنتاج: {note}',

  quotesTitle: 'الموقعون',
  // The language names are adjectives with the article ("الإنكليزية"): "النسخة الإنكليزية", "باللغة الإنكليزية".
  quoteVersionPublished:
    'النسخة {language} الصادرة عن {publisher, select, ONUDC {مكتب الأمم المتحدة المعني بالمخدرات والجريمة} UNODC {مكتب الأمم المتحدة المعني بالمخدرات والجريمة} OSCE {منظمة الأمن والتعاون في أوروبا} other {{publisher}}} ({date})',
  quoteVersionInLanguage: 'النسخة {language}',
  quoteVersionOriginal: '{label}، وهي النص الأصلي',
  quoteShowVersion: 'عرض النسخة {language}',
  quoteDate: 'تاريخ نشر الاقتباس: {date}',
  quoteUnofficialTranslation: 'ترجمة غير رسمية للنسخة {language}',
  quotePublishedText: 'النص المنشور، باللغة {language}',

  sourcesTitle: 'المصادر',
  sourcesIntro: 'تحيل كل واقعة في لوحة المعلومات إلى أحد هذه المصادر.',
  sourceLanguage: 'اللغة: {language}',
  sourceTitleTranslated: '[ترجمة غير رسمية: {title}]',
  languageFr: 'الفرنسية',
  languageEn: 'الإنكليزية',
  chooseLanguage: 'اللغة',
  translationNotice:
    'الأصل: بالفرنسية والإنكليزية. المصادر منشورة بالفرنسية والإنكليزية، وهذه الصفحة ترجمة غير رسمية لها.',

  printHandout: 'طباعة ورقة معلومات',
  printHeaderTitle: 'ورقة معلومات مطبوعة من لوحة المعلومات',
  printLanguage: 'اللغة',
  printFilters: 'عوامل التصفية',
  printNoFilter: 'لا شيء: المجالات المواضيعية مدرجة كلها، وعددها {count}',
  printThemes: 'المواضيع: {themes}',
  printSearch: 'البحث: «{query}»',
  printPlan: 'تفاصيل الخطة',
  printPlanName: 'الخطة رقم {number} ({period}): {title}',
  printAddress: 'عنوان هذا العرض',
};
