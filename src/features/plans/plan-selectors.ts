import type { Dataset, EvidenceLevel, Plan } from '../../data/dataset-schema';
import { createSourceResolver, type SourceRef } from '../../data/dataset-selectors';
import { sourceLocaleFor, type Locale } from '../../i18n/locale';
import { fallbackLang, localize, personWithRole } from '../../data/localize';

export type { SourceRef };

export interface EvidenceView {
  level: EvidenceLevel;
  note: string | null;
  sources: SourceRef[];
}

export interface PlanSummary {
  id: string;
  number: number;
  title: string;
  /** Set where the title is shown in English for want of the page's language. */
  titleLang?: Locale;
  startYear: number | null;
  endYear: number | null;
  periodEvidence: EvidenceLevel;
  isSelected: boolean;
}

export interface PlanDetails extends PlanSummary {
  periodEvidenceView: EvidenceView;
  place: string | null;
  announcedOn: string | null;
  signatories: string[];
  signingEvidence: EvidenceView;
  areaCount: number | null;
  newAreaCount: number | null;
  areas: { id: string; name: string; evidence: EvidenceView }[];
  /** The evidence every area shares, when they all have the same: said once for the list. */
  sharedAreaEvidence: EvidenceView | null;
  facts: { id: string; text: string; lang?: Locale; evidence: EvidenceView }[];
}

/** A plan's signatories as the plan's details and the title slide name them: "Name (role)". */
export function signatoryNames(dataset: Dataset, plan: Plan, locale: Locale): string[] {
  return plan.signing.signatoryIds.flatMap((id) => {
    const person = dataset.people.find((p) => p.id === id);
    return person ? [personWithRole(person, locale)] : [];
  });
}

/** The plan the URL asks for if the dataset has it, else the dataset's featured plan. */
export function selectSelectedPlanId(dataset: Dataset, requested: string | null): string {
  return dataset.plans.some((plan) => plan.id === requested) && requested !== null
    ? requested
    : dataset.featuredPlanId;
}

export function selectTimeline(
  dataset: Dataset,
  selectedId: string,
  locale: Locale,
): PlanSummary[] {
  return [...dataset.plans]
    .sort((a, b) => a.number - b.number)
    .map((plan) => toSummary(plan, selectedId, locale));
}

function toSummary(plan: Plan, selectedId: string, locale: Locale): PlanSummary {
  return {
    id: plan.id,
    number: plan.number,
    title: localize(plan.title, locale),
    titleLang: fallbackLang(plan.title, locale),
    startYear: plan.period.startYear,
    endYear: plan.period.endYear,
    periodEvidence: plan.period.evidence.level,
    isSelected: plan.id === selectedId,
  };
}

export function selectPlanDetails(
  dataset: Dataset,
  planId: string,
  locale: Locale,
): PlanDetails | null {
  const plan = dataset.plans.find((p) => p.id === planId);
  if (!plan) return null;
  const sourceRefs = createSourceResolver(dataset, sourceLocaleFor(locale));
  const evidence = (e: Plan['period']['evidence']): EvidenceView => ({
    level: e.level,
    note: (e.note ? localize(e.note, locale) : undefined) ?? null,
    sources: sourceRefs(e.sourceIds),
  });
  return {
    ...toSummary(plan, planId, locale),
    periodEvidenceView: evidence(plan.period.evidence),
    place: (plan.signing.place ? localize(plan.signing.place, locale) : undefined) ?? null,
    announcedOn: plan.signing.announcedOn,
    signatories: signatoryNames(dataset, plan, locale),
    signingEvidence: evidence(plan.signing.evidence),
    areaCount: plan.areaCount,
    newAreaCount: plan.newAreaCount,
    sharedAreaEvidence:
      plan.areas.length > 1 &&
      plan.areas.every(
        (area) => JSON.stringify(area.evidence) === JSON.stringify(plan.areas[0]!.evidence),
      )
        ? evidence(plan.areas[0]!.evidence)
        : null,
    areas: plan.areas.map((area) => ({
      id: area.id,
      name: localize(area.name, locale),
      evidence: evidence(area.evidence),
    })),
    facts: plan.facts.map((fact) => ({
      id: fact.id,
      text: localize(fact.text, locale),
      lang: fallbackLang(fact.text, locale),
      evidence: evidence(fact.evidence),
    })),
  };
}

export interface MilestoneView {
  id: string;
  date: string;
  text: string;
  lang?: Locale;
  evidence: EvidenceView;
}

/** The dataset's dated milestones in date order (none in a dataset without them). */
export function selectMilestones(dataset: Dataset, locale: Locale): MilestoneView[] {
  const sourceRefs = createSourceResolver(dataset, sourceLocaleFor(locale));
  return (
    [...(dataset.milestones ?? [])]
      // ISO dates sort as text; localeCompare would build a collator (ICU data) on the first call.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((milestone) => ({
        id: milestone.id,
        date: milestone.date,
        text: localize(milestone.text, locale),
        lang: fallbackLang(milestone.text, locale),
        evidence: {
          level: milestone.evidence.level,
          note:
            (milestone.evidence.note ? localize(milestone.evidence.note, locale) : undefined) ??
            null,
          sources: sourceRefs(milestone.evidence.sourceIds),
        },
      }))
  );
}

/** The mark's name on the axis and in the list: A, B, C… (then 27, 28… past Z). */
export const milestoneLetter = (index: number) =>
  index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
