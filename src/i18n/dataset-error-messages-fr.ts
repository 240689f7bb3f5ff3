// The words of a dataset that cannot be loaded or opened: what went wrong and where. Only a failure
// shows them, so they load with its message (src/features/dataset/dataset-error-message.tsx), not with the page.
// French is the source of the keys, as in messages-fr.ts.
export const datasetErrorMessagesFr = {
  errorTitle: 'Les données n’ont pas pu être chargées',
  errorHttp: 'Le serveur a répondu {status} pour {url}.',
  errorNetwork: 'Le réseau ne répond pas ({url}).',
  errorTimeout: 'Le serveur a mis trop de temps à répondre ({url}).',
  errorNotJson: 'Le fichier {url} n’est pas du JSON valide.',
  errorSchema: 'Le fichier {url} ne respecte pas le format attendu :',
  errorSchemaIssue: '{path} : {message}',
  issueMissing: 'valeur manquante',
  issueType: 'type attendu\u00a0: {expected}, reçu\u00a0: {received}',
  issueTooSmall: 'trop petit ou trop court (minimum\u00a0: {minimum})',
  issueTooBig: 'trop grand ou trop long (maximum\u00a0: {maximum})',
  issueFormat: 'format invalide ({format})',
  issueUrl: 'adresse refusée\u00a0: seules les adresses http:// et https:// sont acceptées',
  issueValue: 'valeur inattendue (attendu\u00a0: {values})',
  issueUnknownSource: 'source inconnue «\u00a0{value}\u00a0»',
  issueUnknownTheme: 'thème inconnu «\u00a0{value}\u00a0»',
  issueUnknownPerson: 'personne inconnue «\u00a0{value}\u00a0»',
  issueUnknownOrganization: 'organisation inconnue «\u00a0{value}\u00a0»',
  issueUnknownPlan: 'plan inconnu «\u00a0{value}\u00a0»',
  issueDuplicate: 'identifiant en double «\u00a0{value}\u00a0»',
  issueEndBeforeStart: 'l’année de fin précède l’année de début',
  issuePartsAndText:
    'la citation est donnée en parties (parts) ou d’un seul tenant (text), pas les deux',
  issueBeforeFirstPart:
    'la première partie ne suit rien\u00a0: des mots avant elle ne font pas partie de la citation',
  issueUnsupportedVersion:
    'version {value} non prise en charge (versions prises en charge\u00a0: {supported})',
  // zod's message is English: a French page never shows it.
  issueOther: 'valeur invalide',
  issueMore: '{count, plural, one {… et # autre problème} other {… et # autres problèmes}}',
  errorTooLarge: 'Le fichier {url} est trop volumineux ({size}\u00a0; limite\u00a0: {limit}).',
  errorRead: 'Le fichier {url} n’a pas pu être lu.',
} as const;

export type DatasetErrorMessageKey = keyof typeof datasetErrorMessagesFr;
export type DatasetErrorMessages = Record<DatasetErrorMessageKey, string>;
