// Writes a synthetic dataset in the app's format (src/data/dataset-schema.ts), for benchmarks and
// scale tests. Deterministic: the same options give the same bytes.
//
//   node scripts/generate-dataset.mjs [--plans 50] [--areas 2000] [--seed 1] [--out FILE]
//
// --areas is the number of areas of the featured plan (the one the chart and the grid show); the
// other plans get 0 to 12 areas each, as the real ones do. The JSON is compact (one line); without
// --out it goes to stdout.
// Every text is invented and says so: nothing here may be mistaken for a fact about the real plans.
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** mulberry32: a tiny seeded PRNG, so that a seed always gives the same dataset. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  ['crime', 'Criminalité et trafics', 'Crime and trafficking'],
  ['terrorism', 'Terrorisme et extrémisme violent', 'Terrorism and violent extremism'],
  ['economic', 'Criminalité économique et corruption', 'Economic crime and corruption'],
  ['people', 'Personnes et vulnérabilités', 'People and vulnerabilities'],
  ['governance', 'Gouvernance et état de droit', 'Governance and rule of law'],
  ['cyber', 'Cybercriminalité et numérique', 'Cybercrime and digital matters'],
];

// Accented French on purpose: the search folds accents, and a benchmark should make it work.
const ACTIONS = [
  ['Renforcement de', 'Strengthening'],
  ['Coopération régionale sur', 'Regional co-operation on'],
  ['Formation des praticiens à', 'Training practitioners in'],
  ['Échange d’expertise sur', 'Sharing expertise on'],
  ['Évaluation conjointe de', 'Joint assessment of'],
  ['Prévention et répression de', 'Preventing and countering'],
];

/** Topics per theme, as [French, English]. */
const TOPICS = {
  crime: [
    ['la criminalité organisée transnationale', 'transnational organized crime'],
    ['la sécurité des frontières', 'border security'],
    ['la lutte contre le trafic de drogues', 'countering drug trafficking'],
  ],
  terrorism: [
    ['la prévention de la radicalisation', 'preventing radicalization'],
    ['la lutte contre le financement du terrorisme', 'countering the financing of terrorism'],
  ],
  economic: [
    ['la lutte contre le blanchiment d’argent', 'anti-money-laundering'],
    ['la prévention de la corruption', 'preventing corruption'],
    ['le recouvrement des avoirs', 'asset recovery'],
  ],
  people: [
    ['la traite des êtres humains', 'trafficking in human beings'],
    ['les violences à l’égard des femmes', 'violence against women'],
    ['le trafic de migrants', 'smuggling of migrants'],
  ],
  governance: [
    ['la réforme du secteur de la sécurité', 'security sector reform'],
    ['l’indépendance de la justice', 'judicial independence'],
  ],
  cyber: [
    ['la cybercriminalité', 'cybercrime'],
    ['les preuves électroniques', 'electronic evidence'],
  ],
};

const REGIONS = [
  ['en Asie centrale', 'in Central Asia'],
  ['en Europe du Sud-Est', 'in South-Eastern Europe'],
  ['dans le Caucase du Sud', 'in the South Caucasus'],
  ['en Europe orientale', 'in Eastern Europe'],
  ['dans la région méditerranéenne', 'in the Mediterranean region'],
  ['à l’échelle de l’OSCE', 'across the OSCE area'],
];

const SOURCE_COUNT = 12;
const FIRST_YEAR = 1990;

const pad = (value, width) => String(value).padStart(width, '0');
const localized = (fr, en) => ({ fr, en });

/**
 * A dataset with `plans` plans whose last (the featured one) has `areas` areas.
 * @param {{ plans?: number, areas?: number, seed?: number }} [options]
 */
export function generateDataset({ plans = 50, areas = 2000, seed = 1 } = {}) {
  if (!Number.isInteger(plans) || plans < 1) throw new Error('--plans must be an integer ≥ 1');
  if (!Number.isInteger(areas) || areas < 0) throw new Error('--areas must be an integer ≥ 0');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => {
    const year = FIRST_YEAR + i * 2;
    const language = i % 2 === 0 ? 'fr' : 'en';
    return {
      id: `source-${pad(i + 1, 2)}`,
      title:
        language === 'fr'
          ? `Communiqué synthétique n° ${i + 1} (données de test)`
          : `Synthetic press release no. ${i + 1} (test data)`,
      publisher: 'Synthetic publisher',
      language,
      date: `${year}-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`,
      url: `https://example.org/synthetic/${year}/release-${i + 1}`,
    };
  });
  const sourceIds = sources.map((source) => source.id);

  const evidence = () => {
    const roll = random();
    if (roll < 0.7) return { level: 'stated', sourceIds: [pick(sourceIds)] };
    if (roll < 0.9) {
      return {
        level: 'inferred',
        sourceIds: [pick(sourceIds)],
        note: localized(
          'déduit du titre du plan (donnée synthétique)',
          'inferred from the plan’s title (synthetic data)',
        ),
      };
    }
    return { level: 'unknown', sourceIds: [] };
  };

  const makeArea = (planNumber, index) => {
    const [themeId] = pick(THEMES);
    const [actionFr, actionEn] = pick(ACTIONS);
    const [topicFr, topicEn] = pick(TOPICS[themeId]);
    const [regionFr, regionEn] = pick(REGIONS);
    const roll = random();
    return {
      id: `area-${pad(planNumber, 3)}-${pad(index + 1, 5)}`,
      name: localized(
        `${actionFr} ${topicFr} ${regionFr} (n° ${index + 1})`,
        `${actionEn} ${topicEn} ${regionEn} (no. ${index + 1})`,
      ),
      themeId,
      isNew: roll < 0.35 ? true : roll < 0.9 ? false : null,
      evidence: evidence(),
    };
  };

  const planList = Array.from({ length: plans }, (_, i) => {
    const number = i + 1;
    const isFeatured = number === plans;
    const startYear = FIRST_YEAR + i;
    const areaList = Array.from(
      { length: isFeatured ? areas : Math.floor(random() * 13) },
      (_, index) => makeArea(number, index),
    );
    const isDocumented = isFeatured || random() < 0.8;
    return {
      id: `plan-${pad(number, 3)}`,
      number,
      title: localized(
        `Plan d’action conjoint synthétique n° ${number}`,
        `Synthetic joint action plan no. ${number}`,
      ),
      period: {
        startYear: isDocumented ? startYear : null,
        endYear: isDocumented ? startYear + 1 : null,
        evidence: isDocumented ? evidence() : { level: 'unknown', sourceIds: [] },
      },
      signing: {
        place: isDocumented ? localized('Vienne', 'Vienna') : null,
        announcedOn: isDocumented ? `${startYear}-${pad((i % 12) + 1, 2)}` : null,
        signatoryIds: isDocumented ? ['person-unodc', 'person-osce'] : [],
        evidence: isDocumented ? evidence() : { level: 'unknown', sourceIds: [] },
      },
      areaCount: areaList.length,
      newAreaCount: areaList.filter((area) => area.isNew === true).length,
      areas: areaList,
      facts: [
        {
          id: 'fact-1',
          text: localized(
            `Fait synthétique sur le plan n° ${number}.`,
            `Synthetic fact about plan no. ${number}.`,
          ),
          evidence: evidence(),
        },
      ],
    };
  });
  const featuredPlanId = planList[planList.length - 1].id;

  return {
    schemaVersion: 1,
    id: `synthetic-${plans}-plans-${areas}-areas`,
    title: localized(
      `Jeu de données synthétique : ${plans} plans, ${areas} domaines`,
      `Synthetic dataset: ${plans} plans, ${areas} areas`,
    ),
    summary: localized(
      'Données inventées pour mesurer le tableau de bord à grande échelle. Aucun fait réel.',
      'Invented data to measure the dashboard at scale. No real facts.',
    ),
    featuredPlanId,
    organizations: [
      {
        id: 'unodc',
        acronym: localized('ONUDC', 'UNODC'),
        name: localized(
          'Office des Nations Unies contre la drogue et le crime',
          'United Nations Office on Drugs and Crime',
        ),
        evidence: { level: 'stated', sourceIds: [sourceIds[0]] },
      },
      {
        id: 'osce-secretariat',
        acronym: localized('Secrétariat de l’OSCE', 'OSCE Secretariat'),
        name: localized(
          'Secrétariat de l’Organisation pour la sécurité et la coopération en Europe',
          'Secretariat of the Organization for Security and Co-operation in Europe',
        ),
        evidence: { level: 'stated', sourceIds: [sourceIds[0]] },
      },
    ],
    people: [
      {
        id: 'person-unodc',
        name: 'Synthetic Signatory A',
        role: localized('Signataire synthétique (ONUDC)', 'Synthetic signatory (UNODC)'),
        organizationId: 'unodc',
      },
      {
        id: 'person-osce',
        name: 'Synthetic Signatory B',
        role: localized('Signataire synthétique (OSCE)', 'Synthetic signatory (OSCE)'),
        organizationId: 'osce-secretariat',
      },
    ],
    themes: THEMES.map(([id, fr, en]) => ({
      id,
      label: localized(fr, en),
      description: localized(`Domaines du thème « ${fr} ».`, `Areas under “${en}”.`),
    })),
    sources,
    plans: planList,
    quotes: ['person-unodc', 'person-osce'].map((personId, i) => ({
      id: `quote-${i + 1}`,
      personId,
      planId: featuredPlanId,
      date: sources[i].date,
      originalLanguage: sources[i].language,
      versions: [
        {
          language: sources[i].language,
          text:
            sources[i].language === 'fr'
              ? 'Citation synthétique, inventée pour les mesures.'
              : 'A synthetic quotation, invented for measurements.',
          sourceId: sources[i].id,
        },
      ],
    })),
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      plans: { type: 'string', default: '50' },
      areas: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const dataset = generateDataset({
    plans: Number(values.plans),
    areas: Number(values.areas),
    seed: Number(values.seed),
  });
  const json = `${JSON.stringify(dataset)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
}

// Run as a command, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
