// The sections below a phone's first screen: one chunk, which the pre-rendered page loads once it
// has loaded, or sooner when the reader scrolls, points, types or clicks (deferred-sections.tsx).
export { AreasSection } from '../features/areas/areas-section';
export { TimelineSection } from '../features/plans/timeline-section';
export { QuotesSection } from '../features/quotes/quotes-section';
export { SourcesSection } from '../features/sources/sources-section';
