import type { DatasetErrorMessages } from './dataset-error-messages-fr';

export const datasetErrorMessagesRu: DatasetErrorMessages = {
  errorTitle: 'Не удалось загрузить данные',
  errorHttp: 'Сервер вернул код {status} для {url}.',
  errorNetwork: 'Сеть не отвечает ({url}).',
  errorTimeout: 'Сервер слишком долго не отвечал ({url}).',
  errorNotJson: 'Файл {url} не содержит корректного JSON.',
  errorSchema: 'Файл {url} не соответствует ожидаемому формату:',
  errorSchemaIssue: '{path}: {message}',
  issueMissing: 'отсутствует значение',
  issueType: 'ожидаемый тип: {expected}, получено: {received}',
  issueTooSmall: 'слишком мало или слишком коротко (минимум: {minimum})',
  issueTooBig: 'слишком велико или слишком длинно (максимум: {maximum})',
  issueFormat: 'недопустимый формат ({format})',
  issueUrl: 'адрес отклонен: принимаются только адреса http:// и https://',
  issueValue: 'непредвиденное значение (ожидается: {values})',
  issueUnknownSource: 'неизвестный источник «{value}»',
  issueUnknownTheme: 'неизвестная тема «{value}»',
  issueUnknownPerson: 'неизвестное лицо «{value}»',
  issueUnknownOrganization: 'неизвестная организация «{value}»',
  issueUnknownPlan: 'неизвестный план «{value}»',
  issueDuplicate: 'повторяющийся идентификатор «{value}»',
  issueEndBeforeStart: 'год окончания предшествует году начала',
  issuePartsAndText:
    'цитата задается либо частями (parts), либо целиком (text), но не тем и другим одновременно',
  issueBeforeFirstPart:
    'первая часть ни за чем не следует: слова перед ней не являются частью цитаты',
  issueUnsupportedVersion: 'версия {value} не поддерживается (поддерживаемые версии: {supported})',
  // zod's message is English: as on the French page, it is not shown.
  issueOther: 'недопустимое значение',
  issueMore:
    '{count, plural, one {… и еще # проблема} few {… и еще # проблемы} many {… и еще # проблем} other {… и еще # проблемы}}',
  errorTooLarge: 'Файл {url} слишком велик ({size}; предел: {limit}).',
  errorRead: 'Не удалось прочитать файл {url}.',
};
