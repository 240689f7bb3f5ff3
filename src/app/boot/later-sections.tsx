// What the dashboard draws from the dataset: one chunk, which the pre-rendered page loads with the
// dataset (deferred-sections.tsx). The markup says it all until then; the header answers at once.
export { PrintHeader } from '../../features/briefing/print-header';
export { KeyFiguresSection } from '../../features/overview/key-figures-section';
export { Summary } from '../../features/overview/summary';
export { requestChart } from '../../features/areas/lazy-areas-chart';
export { AreasSection } from '../../features/areas/areas-section';
export { TimelineSection } from '../../features/plans/timeline-section';
export { QuotesSection } from '../../features/quotes/quotes-section';
export { SourcesSection } from '../../features/sources/sources-section';
