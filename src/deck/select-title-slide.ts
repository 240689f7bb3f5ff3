import type { AreaView } from '../features/areas/area-selectors';
import { formatList, formatPartialDate } from '../i18n/formatters';
import { formatNumber } from '../i18n/intl-objects';
import { noteFor, sortedPlans, type Context } from './slide-context';
import type { Slide, SlideBlock } from './slide-types';
import { localize } from '../data/localize';
import { signatoryNames } from '../features/plans/plan-selectors';

// The title slide: the plans in figures, and where, when and by whom the featured plan was signed.

export function titleSlide(context: Context, areas: AreaView[], total: number): Slide {
  const { dataset, plan, planLabel, locale, t, isFiltered } = context;
  const plans = sortedPlans(dataset);
  const firstYear = Math.min(
    ...plans.flatMap((p) => (p.period.startYear === null ? [] : [p.period.startYear])),
  );
  const hasFirstYear = Number.isFinite(firstYear);
  const firstPlan = plans.find((p) => p.period.startYear === firstYear);
  const number = (value: number) => formatNumber(value, locale);
  const areaCount = total > 0 ? total : (plan.areaCount ?? 0);
  // Filtered, every figure counts within the filters (as the slide on what is new does) and says
  // so; unfiltered, the plan's areas, or its documented counts where the dataset lists none.
  const newCount = isFiltered
    ? areas.filter((area) => area.isNew === true).length
    : total > 0
      ? plan.areas.filter((area) => area.isNew === true).length
      : plan.newAreaCount;

  const figures = [
    {
      value: number(plans.length),
      label: hasFirstYear
        ? t('deckFigurePlans', { count: plans.length, year: String(firstYear) })
        : t('deckFigurePlansUndated', { count: plans.length }),
    },
    isFiltered
      ? {
          value: number(areas.length),
          label: t('deckFigureAreasShown', { count: areas.length, total: number(areaCount) }),
        }
      : {
          value: number(areaCount),
          label: t('deckFigureAreas', { count: areaCount, plan: planLabel }),
        },
    ...(newCount === null
      ? []
      : [
          {
            value: number(newCount),
            label: t(isFiltered ? 'deckFigureNewShown' : 'deckFigureNew', {
              count: newCount,
              plan: planLabel,
            }),
          },
        ]),
  ];

  const unknown = t('deckSigningUnknown');
  const place = (plan.signing.place ? localize(plan.signing.place, locale) : undefined) ?? unknown;
  const date = plan.signing.announcedOn
    ? formatPartialDate(plan.signing.announcedOn, locale)
    : unknown;
  const names = signatoryNames(dataset, plan, locale);
  const namesText = names.length > 0 ? formatList(names, locale) : unknown;

  const blocks: SlideBlock[] = [
    // A filtered deck says so under its title: every figure below counts within the filters.
    {
      kind: 'text',
      text: isFiltered
        ? t('deckFilteredLead', { plan: localize(plan.title, locale), view: context.view })
        : localize(plan.title, locale),
    },
    { kind: 'figures', figures },
    {
      kind: 'bullets',
      items: [
        t('deckSigningPlace', { place }),
        t('deckSigningDate', { date }),
        t('deckSigningBy', { names: namesText }),
      ],
    },
  ];

  const stated = plan.areas.filter((area) => area.evidence.level === 'stated').length;
  const inferred = plan.areas.filter((area) => area.evidence.level === 'inferred').length;
  const notes = [
    t('deckNoteView', { view: context.view }),
    t('deckNotePlanCount', { count: plans.length }),
    ...(firstPlan
      ? [
          noteFor(
            context,
            t('deckNoteFirstPlan', { year: String(firstYear) }),
            firstPlan.period.evidence,
          ),
        ]
      : []),
    ...(plan.areas.length > 0
      ? [
          t('deckNoteAreaTally', {
            count: plan.areas.length,
            stated,
            inferred,
            unknown: plan.areas.length - stated - inferred,
          }),
        ]
      : []),
    noteFor(
      context,
      t('deckNoteSigning', { place, date, names: namesText }),
      plan.signing.evidence,
    ),
  ];
  return { id: 'title', title: localize(dataset.title, locale), blocks, notes };
}
