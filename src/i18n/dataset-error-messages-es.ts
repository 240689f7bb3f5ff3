import type { DatasetErrorMessages } from './dataset-error-messages-fr';

export const datasetErrorMessagesEs: DatasetErrorMessages = {
  errorTitle: 'No se han podido cargar los datos',
  errorHttp: 'El servidor respondió {status} para {url}.',
  errorNetwork: 'La red no responde ({url}).',
  errorTimeout: 'El servidor tardó demasiado en responder ({url}).',
  errorNotJson: 'El archivo {url} no es JSON válido.',
  errorSchema: 'El archivo {url} no sigue el formato esperado:',
  errorSchemaIssue: '{path}: {message}',
  issueMissing: 'falta el valor',
  issueType: 'tipo esperado: {expected}, recibido: {received}',
  issueTooSmall: 'demasiado pequeño o demasiado corto (mínimo: {minimum})',
  issueTooBig: 'demasiado grande o demasiado largo (máximo: {maximum})',
  issueFormat: 'formato no válido ({format})',
  issueUrl: 'dirección rechazada: solo se aceptan direcciones http:// y https://',
  issueValue: 'valor inesperado (se esperaba: {values})',
  issueUnknownSource: 'fuente desconocida «{value}»',
  issueUnknownTheme: 'tema desconocido «{value}»',
  issueUnknownPerson: 'persona desconocida «{value}»',
  issueUnknownOrganization: 'organización desconocida «{value}»',
  issueUnknownPlan: 'plan desconocido «{value}»',
  issueDuplicate: 'identificador duplicado «{value}»',
  issueEndBeforeStart: 'el año de finalización es anterior al año de inicio',
  issuePartsAndText:
    'la cita se da en partes (parts) o de una sola pieza (text), no de ambas formas',
  issueBeforeFirstPart:
    'la primera parte no sigue a nada: las palabras anteriores a ella no forman parte de la cita',
  issueUnsupportedVersion:
    'la versión {value} no es compatible (versiones compatibles: {supported})',
  // zod's message is English: a Spanish page does not show it, as in French.
  issueOther: 'valor no válido',
  issueMore: '{count, plural, one {… y # problema más} other {… y # problemas más}}',
  errorTooLarge: 'El archivo {url} es demasiado grande ({size}; límite: {limit}).',
  errorRead: 'No se ha podido leer el archivo {url}.',
};
