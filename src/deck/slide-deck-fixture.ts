import type { SourceLocale } from '../i18n/locale';
import type { SlideDeck } from './slide-types';

// A hand-built deck with every block kind, in both languages, for the renderers' unit tests. The
// real decks come from the app's selector (src/app/); this one does not depend on it, so a
// renderer's test says what the renderer does with each kind, whatever the selector chooses.

const words = {
  fr: {
    title: 'Plans d’action conjoints ONUDC–OSCE',
    subtitle: 'Plan 2018-2019, tous les thèmes',
    overview: 'Quatre plans depuis 2011',
    overviewText: 'Le plan 2018-2019 a été signé au Secrétariat de l’OSCE à Vienne.',
    plans: 'plans depuis 2011',
    areas: 'domaines thématiques',
    newAreas: 'nouveaux domaines',
    inferredDetail: 'dont quatre déduits des sources',
    timeline: 'Les plans dans le temps',
    stated: 'Affirmé',
    inferred: 'Déduit',
    unknown: 'Non documenté',
    undocumented: 'Période non documentée',
    first: 'Premier plan',
    second: 'Deuxième plan',
    third: 'Troisième plan',
    fourth: 'Quatrième plan',
    chart: 'Domaines par thème',
    chartCaption: 'Nombre de domaines du plan 2018-2019 par thème, nouveaux et reconduits',
    crime: 'Criminalité organisée et trafics',
    terrorism: 'Terrorisme',
    economic: 'Corruption et criminalité financière',
    people: 'Traite, migrants et violences faites aux femmes',
    governance: 'Secteur de sécurité et frontières',
    cyber: 'Cybercriminalité',
    continuing: 'Reconduits',
    isNew: 'Nouveaux en 2018-2019',
    byTheme: 'Les douze domaines par thème',
    newTag: 'Nouveau en 2018-2019',
    cybercrime: 'Lutte contre le cybercrime',
    drugs: 'Lutte contre les drogues illicites',
    extremism: 'Prévention et lutte contre l’extrémisme violent qui conduit au terrorisme',
    whatIsNew: 'Ce qui est nouveau en 2018-2019',
    newItem: 'Gouvernance et réforme du secteur de sécurité',
    quoteTitle: 'Thomas Greminger, OSCE',
    part1:
      'Ce plan d’action conjoint a émergé d’une culture de la coopération sincère entre nos organisations,',
    between: 'a expliqué le Secrétaire général de l’OSCE M. Greminger.',
    part2:
      'Il est basé sur la compréhension profonde que nous ne pouvons lutter efficacement contre les menaces transnationales qui pèsent sur notre sécurité qu’en puisant dans nos avantages comparatifs respectifs.',
    role: 'Secrétaire général de l’OSCE',
    version: 'Version française publiée par l’ONUDC, 31 janvier 2018',
    sources: 'Sources',
    note: 'Source : communiqué de l’ONUDC, 31 janvier 2018 (affirmé).',
    notePlans: 'Le troisième plan : aucune source ne documente sa période.',
  },
  en: {
    title: 'UNODC–OSCE joint action plans',
    subtitle: '2018-2019 plan, all themes',
    overview: 'Four plans since 2011',
    overviewText: 'The 2018-2019 plan was signed at the OSCE Secretariat in Vienna.',
    plans: 'plans since 2011',
    areas: 'thematic areas',
    newAreas: 'new areas',
    inferredDetail: 'four of them inferred from the sources',
    timeline: 'The plans over time',
    stated: 'Stated',
    inferred: 'Inferred',
    unknown: 'Not documented',
    undocumented: 'Period not documented',
    first: 'First plan',
    second: 'Second plan',
    third: 'Third plan',
    fourth: 'Fourth plan',
    chart: 'Areas by theme',
    chartCaption: 'Number of areas of the 2018-2019 plan by theme, new and continuing',
    crime: 'Organized crime and trafficking',
    terrorism: 'Terrorism',
    economic: 'Corruption and financial crime',
    people: 'Trafficking, migrants and violence against women',
    governance: 'Security sector and borders',
    cyber: 'Cybercrime',
    continuing: 'Continuing',
    isNew: 'New in 2018-2019',
    byTheme: 'The twelve areas by theme',
    newTag: 'New in 2018-2019',
    cybercrime: 'Combating cybercrime',
    drugs: 'Countering illicit drugs',
    extremism: 'Preventing and countering violent extremism leading to terrorism',
    whatIsNew: 'What is new in 2018-2019',
    newItem: 'Security sector governance and reform',
    quoteTitle: 'Thomas Greminger, OSCE',
    part1:
      'This joint action plan has emerged from a genuine culture of cooperation between our organizations,',
    between: 'said OSCE Secretary General Greminger.',
    part2:
      'It is based on the profound understanding that only by drawing from our respective comparative advantages can we be effective in countering transnational threats to security.',
    role: 'Secretary General of the OSCE',
    version: 'English version published by UNODC, 31 January 2018',
    sources: 'Sources',
    note: 'Source: UNODC press release, 31 January 2018 (stated).',
    notePlans: 'The third plan: no source documents its period.',
  },
} as const;

export function buildSlideDeckFixture(language: SourceLocale): SlideDeck {
  const w = words[language];
  const themes = [w.crime, w.terrorism, w.economic, w.people, w.governance, w.cyber];
  return {
    language,
    title: w.title,
    subtitle: w.subtitle,
    footer: w.title,
    fileStem: `unodc-osce-joint-action-plans-slides-2018-2019-${language}`,
    slides: [
      {
        id: 'overview',
        title: w.overview,
        blocks: [
          {
            kind: 'figures',
            figures: [
              { value: '4', label: w.plans },
              { value: '12', label: w.areas, detail: w.inferredDetail },
              { value: '4', label: w.newAreas },
            ],
          },
          { kind: 'text', text: w.overviewText },
        ],
        notes: [w.note],
      },
      {
        id: 'timeline',
        title: w.timeline,
        blocks: [
          {
            kind: 'timeline',
            minYear: 2010,
            maxYear: 2019,
            plans: [
              {
                id: 'plan-2011',
                number: 1,
                periodLabel: '2011',
                title: w.first,
                evidence: 'stated',
                evidenceLabel: w.stated,
                startYear: 2011,
                endYear: null,
                isFeatured: false,
              },
              {
                id: 'plan-2013-2014',
                number: 2,
                periodLabel: '2013-2014',
                title: w.second,
                evidence: 'inferred',
                evidenceLabel: w.inferred,
                startYear: 2013,
                endYear: 2014,
                isFeatured: false,
              },
              {
                id: 'plan-3',
                number: 3,
                periodLabel: w.undocumented,
                title: w.third,
                evidence: 'unknown',
                evidenceLabel: w.unknown,
                startYear: null,
                endYear: null,
                isFeatured: false,
              },
              {
                id: 'plan-2018-2019',
                number: 4,
                periodLabel: '2018-2019',
                title: w.fourth,
                evidence: 'stated',
                evidenceLabel: w.stated,
                startYear: 2018,
                endYear: 2019,
                isFeatured: true,
              },
            ],
          },
        ],
        notes: [w.note, w.notePlans],
      },
      {
        id: 'chart',
        title: w.chart,
        blocks: [
          {
            kind: 'chart',
            caption: w.chartCaption,
            categories: themes,
            series: [
              { name: w.continuing, color: '#1e3a8a', values: [3, 1, 2, 1, 1, 0] },
              { name: w.isNew, color: '#b45309', values: [1, 0, 0, 1, 1, 1] },
            ],
          },
        ],
        notes: [w.note],
      },
      {
        id: 'areas',
        title: w.byTheme,
        blocks: [
          {
            kind: 'columns',
            columns: [
              [
                {
                  heading: w.crime,
                  items: [
                    { text: w.drugs, isNew: false, evidence: 'inferred', tags: [w.inferred] },
                  ],
                },
              ],
              [
                {
                  heading: w.terrorism,
                  items: [{ text: w.extremism, isNew: false, evidence: 'stated', tags: [] }],
                },
                {
                  heading: w.cyber,
                  items: [
                    { text: w.cybercrime, isNew: true, evidence: 'stated', tags: [w.newTag] },
                  ],
                },
              ],
            ],
          },
        ],
        notes: [w.note],
      },
      {
        id: 'new',
        title: w.whatIsNew,
        blocks: [{ kind: 'bullets', items: [w.newItem, w.cybercrime] }],
        notes: [w.note],
      },
      {
        id: 'quote-greminger',
        title: w.quoteTitle,
        blocks: [
          {
            kind: 'quotation',
            language,
            parts: [w.part1, w.part2],
            between: [w.between],
            person: 'Thomas Greminger',
            role: w.role,
            versionLabel: w.version,
            size: 'quotation',
          },
        ],
        notes: [w.note],
      },
      {
        id: 'sources',
        title: w.sources,
        blocks: [
          {
            kind: 'sources',
            items: [
              {
                number: 1,
                title:
                  'L’ONUDC et le Secrétariat de l’OSCE signent un nouveau plan d’action conjoint pour 2018-2019',
                language: 'fr',
                publisher: 'ONUDC',
                date: '31/01/2018',
                url: 'https://www.unodc.org/unodc/fr/frontpage/2018/January/unodc-and-osce-sign-new-2018-2019-joint-action-plan.html',
              },
              {
                number: 2,
                title: 'UNODC and OSCE sign new 2018-2019 Joint Action Plan',
                language: 'en',
                publisher: 'UNODC',
                date: '2018-01-31',
                url: 'https://www.unodc.org/unodc/en/frontpage/2018/January/unodc-and-osce-sign-new-2018-2019-joint-action-plan.html',
              },
            ],
          },
        ],
        notes: [w.note],
      },
    ],
  };
}
