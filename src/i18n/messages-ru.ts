import type { Messages } from './messages-fr';

export const messagesRu: Messages = {
  appTitle: 'Совместные планы действий УНП ООН и ОБСЕ',
  noScriptNotice:
    'JavaScript отключен: страницу можно читать в исходном виде, на русском языке, но без фильтров, диаграммы и скачивания файлов.',
  appTagline: 'Информационная панель совместных планов действий УНП ООН и Секретариата ОБСЕ',
  headerMenu: 'Меню',
  skipToContent: 'Перейти к содержанию',
  switchLanguage: 'Русский',
  loading: 'Загрузка данных…',
  retry: 'Повторить',

  fileErrorTitle: 'Этот файл не открыт; отображаемый набор данных не изменился',
  dismiss: 'Закрыть это сообщение',
  openDataset: 'Открыть набор данных…',
  dropHere: 'Перетащите сюда файл JSON, чтобы открыть его',
  localDatasetShown: 'Отображается набор данных «{title}», открытый из файла {file}.',
  localDatasetNotKept:
    'Этот браузер не может сохранить его: после перезагрузки страницы будет показан встроенный набор данных.',
  backToBundled: 'Вернуться к встроенному набору данных',
  copyLink: 'Скопировать ссылку на это представление',
  linkCopied: 'Ссылка скопирована в буфер обмена.',
  linkOpensBundledOnly: 'Эта ссылка открывает встроенный набор данных, а не ваш файл «{file}».',
  linkCopyFailed: 'Не удалось автоматически скопировать ссылку; вот она:',
  embedBackLink: 'Открыть полную версию панели',
  downloadsTitle: 'Скачать',
  downloadAreasCsv: 'Области (CSV)',
  downloadAreasJson: 'Области (JSON)',
  downloadFilteredCsv: 'Отображаемые области (CSV)',
  downloadFilteredJson: 'Отображаемые области (JSON)',
  downloadChartSvg: 'Диаграмма (SVG)',
  downloadChartPng: 'Диаграмма (PNG)',
  downloadFailed: 'Не удалось скачать файл: {reason}',
  downloadDone: 'Файл {file} скачан.',
  darkScheme: 'Темная тема',
  present: 'Начать презентацию',
  errorSectionTitle: 'Не удалось отобразить этот раздел.',
  laterSectionsFailed:
    'Не удалось загрузить остальную часть страницы (возможно, из-за сети): ее можно читать, но фильтры и элементы выбора пока не работают.',
  errorChartTitle: 'Не удалось отобразить диаграмму.',

  keyFiguresTitle: 'Ключевые показатели',
  figurePlans:
    '{count, plural, one {совместный план действий} few {совместных плана действий} many {совместных планов действий} other {совместного плана действий}}',
  figureAreas:
    '{count, plural, one {тематическая область плана {plan}} few {тематические области плана {plan}} many {тематических областей плана {plan}} other {тематической области плана {plan}}}',
  figureNewAreas:
    '{count, plural, one {новая область в плане {plan}} few {новые области в плане {plan}} many {новых областей в плане {plan}} other {новой области в плане {plan}}}',
  figureFirstYear: 'первый документально подтвержденный год сотрудничества',
  figureSources:
    '{count, plural, one {цитируемый источник} few {цитируемых источника} many {цитируемых источников} other {цитируемого источника}}',
  // Fills {plan} in the figures above ("в плане текущего периода") when the plan has no years.
  figureCurrentPlan: 'текущего периода',

  timelineTitle:
    '{count, plural, =1 {План} one {# план} few {# плана} many {# планов} other {# плана}}',
  timelineIntro: 'Выберите план, чтобы узнать, что о нем говорят источники.',
  timelinePlansList: 'Планы в хронологическом порядке',
  timelineLegend: 'Условные обозначения временной шкалы',
  legendStated: 'Период, указанный в источнике',
  legendInferred: 'Объявленный период (установлен косвенно)',
  legendOpenEnd: 'Окончание не задокументировано',
  legendUndocumented: 'Период не задокументирован: в какой-то момент в пределах этого отрезка',
  legendMilestone: 'Веха, дата которой указана в источнике',
  periodBetween: 'в какой-то момент между {from} и {to} гг.',
  milestonesList: 'Вехи, даты которых указаны в источниках',
  planNumber: 'План № {number}',
  periodUndocumented: 'Период не задокументирован',
  periodUntil: 'До {end} г.',
  detailsTitle: 'Подробнее: {title}',
  period: 'Период',
  endYearUndocumented: 'год окончания не задокументирован',
  endYearUndocumentedShort: 'Окончание не задокументировано',
  signedAt: 'Место подписания',
  announcedOn: 'Дата объявления',
  signatories: 'Подписавшие',
  areasOfPlan: 'Тематические области',
  areaCountSummary:
    '{count, plural, one {# область} few {# области} many {# областей} other {# области}}',
  newAreaCountSummary:
    '{count, plural, one {в том числе # новая} few {в том числе # новые} many {в том числе # новых} other {в том числе # новой}}',
  areaCountWithNew: '{count}, {new}',
  sharedAreaEvidence:
    '{count, plural, =1 {Для этой области:} one {Для этих {count} области:} other {Для этих {count} областей:}}',
  notDocumented: 'Не задокументировано',
  otherFacts: 'Другие факты',

  evidence: 'Степень достоверности',
  evidenceWithLevel: 'Достоверность: {level}',
  evidenceStated: 'Указано в источнике',
  evidenceInferred: 'Установлено косвенно',
  evidenceUnknown: 'Не задокументировано',
  sourceLink: 'Источник: {title}',
  sourceRef: 'Источник {number}: {title}',

  areasTitle: 'Тематические области плана {plan}',
  areasIntro:
    '{count, plural, one {# тематическая область} few {# тематические области} many {# тематических областей} other {# тематической области}}, в том числе {new, plural, one {# новая} few {# новые} many {# новых} other {# новой}} в этом плане.',
  chartTitle: 'Тематические области по темам',
  chartCaption: 'Число областей плана {plan} по темам: новые и продолжающиеся.',
  chartHint: 'При выборе темы список ниже фильтруется.',
  chartNew: 'Новые',
  chartContinuing: 'Продолжающиеся',
  chartUnknown: 'Статус не задокументирован',
  chartTableSummary: 'Таблица данных диаграммы',
  chartTheme: 'Тема',
  chartTotal: 'Всего',
  chartFilterBy: 'Отфильтровать по теме «{theme}»',
  chartLoading: 'Загрузка диаграммы…',
  chartNeedsScript:
    'Для отображения диаграммы требуется JavaScript; ее данные приведены в таблице ниже.',

  filtersTitle: 'Фильтры',
  filterThemes: 'Темы',
  search: 'Поиск по областям',
  searchPlaceholder: 'Например: реформа, киберпреступность…',
  newOnly: 'Только новые в плане {plan}',
  clearFilters: 'Сбросить фильтры',
  resultCount:
    '{shown, plural, =0 {Не показано ни одной области} one {Показана # область} few {Показаны # области} many {Показано # областей} other {Показано # области}} из {total}',
  showMoreAreas:
    '{count, plural, =1 {Показать оставшуюся область} one {Показать оставшуюся # область} few {Показать оставшиеся # области} many {Показать оставшиеся # областей} other {Показать оставшиеся # области}}',
  emptyResult: 'Ни одна область не соответствует этим фильтрам.',
  areaList: 'Тематические области',
  theme: 'Тема',
  themeWithLabel: 'Тема: {theme}',
  isNew: 'Новая в плане {plan}',
  isContinuing: 'Продолжающаяся',
  newnessUnknown: 'Новизна не задокументирована',
  inferredHow: 'Как установлено: {note}',

  quotesTitle: 'Подписавшие',
  // The language names are nominative ("английский"): the sentences name the language after a colon.
  quoteVersionPublished:
    'Версия опубликована {publisher, select, ONUDC {УНП ООН} UNODC {УНП ООН} OSCE {ОБСЕ} other {{publisher}}}, {date}; язык: {language}',
  quoteVersionInLanguage: 'Язык версии: {language}',
  quoteVersionOriginal: '{label} (текст оригинала)',
  quoteShowVersion: 'Показать версию (язык: {language})',
  quoteDate: 'Дата публикации цитаты: {date}',
  quoteUnofficialTranslation: 'Неофициальный перевод; язык исходной версии: {language}',
  quotePublishedText: 'Опубликованный текст; язык: {language}',

  sourcesTitle: 'Источники',
  sourcesIntro:
    'Каждый факт на информационной панели подкреплен ссылкой на один из этих источников.',
  sourceLanguage: 'Язык: {language}',
  sourceTitleTranslated: '[неофициальный перевод: {title}]',
  languageFr: 'французский',
  languageEn: 'английский',
  chooseLanguage: 'Язык',
  translationNotice:
    'Язык оригинала: французский и английский. Источники опубликованы на французском и английском языках; настоящая страница представляет собой их неофициальный перевод.',

  printHandout: 'Распечатать справку',
  printHeaderTitle: 'Справка, распечатанная с информационной панели',
  printLanguage: 'Язык',
  printFilters: 'Фильтры',
  printNoFilter: 'нет: перечислены все тематические области ({count})',
  printThemes: 'темы: {themes}',
  printSearch: 'поиск: «{query}»',
  printPlan: 'Подробные сведения о плане',
  printPlanName: 'План № {number} ({period}): {title}',
  printAddress: 'Адрес этого представления',
};
