import type { DatasetErrorMessages } from './dataset-error-messages-fr';

export const datasetErrorMessagesIt: DatasetErrorMessages = {
  errorTitle: 'Non è stato possibile caricare i dati',
  errorHttp: 'Il server ha risposto {status} per {url}.',
  errorNetwork: 'La rete non risponde ({url}).',
  errorTimeout: 'Il server ha impiegato troppo tempo a rispondere ({url}).',
  errorNotJson: 'Il file {url} non è un JSON valido.',
  errorSchema: 'Il file {url} non rispetta il formato previsto:',
  errorSchemaIssue: '{path}: {message}',
  issueMissing: 'valore mancante',
  issueType: 'tipo previsto: {expected}, ricevuto: {received}',
  issueTooSmall: 'troppo piccolo o troppo corto (minimo: {minimum})',
  issueTooBig: 'troppo grande o troppo lungo (massimo: {maximum})',
  issueFormat: 'formato non valido ({format})',
  issueUrl: 'indirizzo rifiutato: sono accettati solo indirizzi http:// e https://',
  issueValue: 'valore inatteso (previsto: {values})',
  issueUnknownSource: 'fonte sconosciuta «{value}»',
  issueUnknownTheme: 'tema sconosciuto «{value}»',
  issueUnknownPerson: 'persona sconosciuta «{value}»',
  issueUnknownOrganization: 'organizzazione sconosciuta «{value}»',
  issueUnknownPlan: 'piano sconosciuto «{value}»',
  issueDuplicate: 'identificativo duplicato «{value}»',
  issueEndBeforeStart: 'l’anno di fine precede l’anno di inizio',
  issuePartsAndText:
    'la citazione è data in parti (parts) o per intero (text), non in entrambi i modi',
  issueBeforeFirstPart:
    'la prima parte non segue nulla: le parole che la precedono non fanno parte della citazione',
  issueUnsupportedVersion: 'versione {value} non supportata (versioni supportate: {supported})',
  // zod's message is English: an Italian page does not show it, as in French.
  issueOther: 'valore non valido',
  issueMore: '{count, plural, one {… e # altro problema} other {… e altri # problemi}}',
  errorTooLarge: 'Il file {url} è troppo grande ({size}; limite: {limit}).',
  errorRead: 'Non è stato possibile leggere il file {url}.',
};
