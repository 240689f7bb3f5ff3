// French is the source of the keys: the dataset's primary source is a French press release.
export const messagesFr = {
  appTitle: 'Plans d’action conjoints ONUDC–OSCE',
  noScriptNotice:
    'JavaScript est désactivé : la page se lit telle quelle, en français, sans filtres, graphique ni téléchargements.',
  appTagline:
    'Tableau de bord des plans d’action conjoints entre l’ONUDC et le Secrétariat de l’OSCE',
  headerMenu: 'Menu',
  skipToContent: 'Aller au contenu',
  switchLanguage: 'English',
  loading: 'Chargement des données…',
  retry: 'Réessayer',

  fileErrorTitle: 'Ce fichier n’a pas été ouvert ; le jeu de données affiché reste inchangé',
  dismiss: 'Fermer ce message',
  openDataset: 'Ouvrir un jeu de données…',
  dropHere: 'Déposez le fichier JSON pour l’ouvrir',
  localDatasetShown: 'Jeu de données affiché : « {title} », ouvert depuis le fichier {file}.',
  localDatasetNotKept:
    'Ce navigateur ne peut pas le garder\u00a0: un rechargement affichera le jeu de données fourni.',
  backToBundled: 'Revenir au jeu de données fourni',
  copyLink: 'Copier le lien de cette vue',
  linkCopied: 'Lien copié dans le presse-papiers.',
  linkOpensBundledOnly:
    'Ce lien ouvre le jeu de données fourni, pas votre fichier «\u00a0{file}\u00a0».',
  linkCopyFailed: 'Le lien n’a pas pu être copié automatiquement ; le voici :',
  embedBackLink: 'Ouvrir le tableau de bord complet',
  downloadsTitle: 'Télécharger',
  downloadAreasCsv: 'Domaines (CSV)',
  downloadAreasJson: 'Domaines (JSON)',
  downloadFilteredCsv: 'Domaines affichés (CSV)',
  downloadFilteredJson: 'Domaines affichés (JSON)',
  downloadChartSvg: 'Graphique (SVG)',
  downloadChartPng: 'Graphique (PNG)',
  downloadFailed: 'Le téléchargement a échoué : {reason}',
  downloadDone: 'Fichier {file} téléchargé.',
  darkScheme: 'Thème sombre',
  present: 'Présenter',
  errorSectionTitle: 'Cette section n’a pas pu s’afficher.',
  laterSectionsFailed:
    'Le reste de la page n’a pas pu se charger (le réseau ?) : il se lit, mais ses filtres et ses choix ne répondent pas encore.',
  errorChartTitle: 'Le graphique n’a pas pu s’afficher.',

  keyFiguresTitle: 'Les chiffres clés',
  figurePlans: '{count, plural, one {plan d’action conjoint} other {plans d’action conjoints}}',
  figureAreas:
    '{count, plural, one {domaine thématique du plan {plan}} other {domaines thématiques du plan {plan}}}',
  figureNewAreas:
    '{count, plural, one {nouveau domaine dans le plan {plan}} other {nouveaux domaines dans le plan {plan}}}',
  figureFirstYear: 'première année documentée de la coopération',
  figureSources: '{count, plural, one {source citée} other {sources citées}}',
  figureCurrentPlan: 'en cours',

  timelineTitle: '{count, plural, one {Le plan} other {Les {countWord} plans}}',
  timelineIntro: 'Choisissez un plan pour voir ce que les sources en disent.',
  timelinePlansList: 'Les plans, dans l’ordre',
  timelineLegend: 'Légende de la frise',
  legendStated: 'Période indiquée par une source',
  legendInferred: 'Période annoncée (déduite)',
  legendOpenEnd: 'Fin non documentée',
  legendUndocumented: 'Période non documentée : quelque part dans cet intervalle',
  legendMilestone: 'Jalon daté par une source',
  periodBetween: 'quelque part entre {from} et {to}',
  milestonesList: 'Jalons datés par les sources',
  planNumber: 'Plan n° {number}',
  periodUndocumented: 'Période non documentée',
  periodUntil: 'Jusqu’à {end}',
  detailsTitle: 'Détails : {title}',
  period: 'Période',
  endYearUndocumented: 'année de fin non documentée',
  endYearUndocumentedShort: 'Fin non documentée',
  signedAt: 'Lieu de signature',
  announcedOn: 'Annoncé le',
  signatories: 'Signataires',
  areasOfPlan: 'Domaines thématiques',
  areaCountSummary: '{count, plural, one {# domaine} other {# domaines}}',
  newAreaCountSummary: '{count, plural, one {dont # nouveau} other {dont # nouveaux}}',
  // The two counts above, joined with the language's comma.
  areaCountWithNew: '{count}, {new}',
  sharedAreaEvidence:
    '{count, plural, one {Pour ce domaine :} other {Pour ces {count} domaines :}}',
  notDocumented: 'Non documenté',
  otherFacts: 'Autres faits',

  evidence: 'Niveau de preuve',
  evidenceWithLevel: 'Preuve : {level}',
  evidenceStated: 'Indiqué par la source',
  evidenceInferred: 'Déduit',
  evidenceUnknown: 'Non documenté',
  sourceLink: 'Source : {title}',
  sourceRef: 'Source {number} : {title}',

  areasTitle: 'Domaines thématiques du plan {plan}',
  areasIntro:
    '{count, plural, one {# domaine thématique} other {# domaines thématiques}}, dont {new, plural, one {# nouveau} other {# nouveaux}} dans ce plan.',
  chartTitle: 'Domaines thématiques par thème',
  chartCaption: 'Nombre de domaines du plan {plan} par thème, nouveaux et reconduits.',
  chartHint: 'Choisir un thème filtre la liste ci-dessous.',
  chartNew: 'Nouveaux',
  chartContinuing: 'Reconduits',
  chartUnknown: 'Statut non documenté',
  chartTableSummary: 'Tableau des données du graphique',
  chartTheme: 'Thème',
  chartTotal: 'Total',
  chartFilterBy: 'Filtrer par le thème {theme}',
  chartLoading: 'Chargement du graphique…',
  chartNeedsScript:
    'Le graphique demande JavaScript ; le tableau ci-dessous en donne les chiffres.',

  filtersTitle: 'Filtres',
  filterThemes: 'Thèmes',
  search: 'Rechercher un domaine',
  searchPlaceholder: 'Ex. : réforme, cybercrime…',
  newOnly: 'Nouveaux en {plan} seulement',
  clearFilters: 'Effacer les filtres',
  resultCount:
    '{shown, plural, =0 {Aucun domaine affiché} one {# domaine affiché} other {# domaines affichés}} sur {total}',
  showMoreAreas:
    '{count, plural, one {Afficher le domaine restant} other {Afficher les # domaines restants}}',
  emptyResult: 'Aucun domaine ne correspond à ces filtres.',
  areaList: 'Domaines thématiques',
  theme: 'Thème',
  themeWithLabel: 'Thème : {theme}',
  isNew: 'Nouveau en {plan}',
  isContinuing: 'Reconduit',
  newnessUnknown: 'Nouveauté non documentée',
  inferredHow: 'Comment : {note}',

  quotesTitle: 'Les signataires',
  // The organisations' names take their article in French: « publiée par l’ONUDC ».
  quoteVersionPublished:
    'Version en {language} publiée par {publisher, select, ONUDC {l’ONUDC} UNODC {l’UNODC} OSCE {l’OSCE} other {{publisher}}} ({date})',
  quoteVersionInLanguage: 'Version en {language}',
  quoteVersionOriginal: '{label}, texte original',
  quoteShowVersion: 'Voir la version en {language}',
  quoteDate: 'Citation publiée le {date}',
  // Shown only in the six languages the sources do not speak: a translation next to the verbatim.
  quoteUnofficialTranslation: 'Traduction non officielle de la version en {language}',
  quotePublishedText: 'Texte publié, en {language}',

  sourcesTitle: 'Sources',
  sourcesIntro: 'Chaque fait du tableau de bord renvoie à l’une de ces sources.',
  sourceLanguage: 'Langue : {language}',
  sourceTitleTranslated: '[traduction non officielle\u00a0: {title}]',
  languageFr: 'français',
  languageEn: 'anglais',
  chooseLanguage: 'Langue',
  // The equivalent of the OSCE's "Original: ENGLISH" masthead, shown in the six translated languages.
  translationNotice:
    'Original : français et anglais. Les sources sont publiées en français et en anglais ; cette page en est une traduction non officielle.',

  printHandout: 'Imprimer la fiche',
  printHeaderTitle: 'Fiche imprimée depuis le tableau de bord',
  printLanguage: 'Langue',
  printFilters: 'Filtres',
  printNoFilter: 'aucun : les {count} domaines thématiques sont listés',
  printThemes: 'thèmes : {themes}',
  printSearch: 'recherche : «\u00a0{query}\u00a0»',
  printPlan: 'Plan détaillé',
  printPlanName: 'Plan n° {number} ({period}) : {title}',
  printAddress: 'Adresse de cette vue',
} as const;

export type MessageKey = keyof typeof messagesFr;
export type Messages = Record<MessageKey, string>;
