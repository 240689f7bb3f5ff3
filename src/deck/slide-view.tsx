import { Quotation } from '../components/ui/quotation';
import { deckMetricsStyle } from './deck-metrics';
import type { Slide, SlideAreaItem, SlideBlock } from './slide-types';
import { SlideChart } from './slide-chart';
import { SlideTimeline } from './slide-timeline';

// A slide drawn from the model (src/deck/select-slides.ts) on a 16:9 stage. Every length inside is
// in container units of the stage (cqh: 1 % of its height, cqw: 1 % of its width), so the same
// slide reads the same on a projector, in the presenter's small preview and on a printed page.
// The type sizes, and the spacing and line heights the slide selector's estimates count, are the
// deck's metrics (deck-metrics.ts), set on the slide as --deck-… properties; the rest is its own.

export interface SlideViewProps {
  slide: Slide;
  deckTitle: string;
  /** "3 / 13", the slide master's number. */
  numberLabel: string;
}

/** The slide's own content, to be placed in a `.slide-stage` (see SlideStage). */
export function SlideView({ slide, deckTitle, numberLabel }: SlideViewProps) {
  const isTitleSlide = slide.id === 'title';
  const kinds = slide.blocks.map((block) => block.kind);
  // A chart with the areas beside it (a narrow filter): side by side rather than stacked.
  const isSideBySide = kinds.includes('chart') && kinds.includes('columns');
  return (
    <div
      style={deckMetricsStyle}
      className="flex h-full flex-col bg-[#ffffff] px-(--deck-space-x-page) text-(length:--deck-body) leading-(--deck-leading-slide) text-[#0f172a]"
    >
      <h2
        className={`font-bold leading-(--deck-leading-title) text-[#172554] ${isTitleSlide ? 'text-(length:--deck-lead-title)' : 'text-(length:--deck-title)'}`}
      >
        {slide.title}
      </h2>
      <div
        className={`mt-(--deck-space-under-title) flex min-h-0 flex-1 ${isSideBySide ? 'flex-row items-stretch gap-[4cqw]' : 'flex-col justify-evenly gap-[3cqh]'}`}
      >
        {slide.blocks.map((block, index) => (
          <BlockView
            key={`${block.kind}-${index}`}
            block={block}
            isLead={isTitleSlide}
            isAlone={slide.blocks.length === 1}
          />
        ))}
      </div>
      <div
        aria-hidden="true"
        data-slide-chrome=""
        className="mt-(--deck-space-footer-margin) flex items-baseline justify-between gap-[2cqw] border-t-(length:--deck-space-footer-rule) border-[#172554] pt-(--deck-space-footer-padding) text-(length:--deck-footer) text-[#334155]"
      >
        <span className="truncate">{deckTitle}</span>
        <span className="shrink-0">{numberLabel}</span>
      </div>
    </div>
  );
}

function BlockView({
  block,
  isLead,
  isAlone,
}: {
  block: SlideBlock;
  isLead: boolean;
  /** The slide's only block: a list alone on a slide is set larger, to fill it. */
  isAlone: boolean;
}) {
  switch (block.kind) {
    case 'text':
      return (
        <p
          className={`font-semibold text-[#172554] ${isLead ? 'text-(length:--deck-lead)' : 'text-(length:--deck-text)'}`}
        >
          {block.text}
        </p>
      );
    case 'event':
      // The meeting, above the plan's title: the presenter's words, set apart by a rule.
      return (
        <div className="slide-event border-l-[0.8cqh] border-[#b45309] pl-[2cqw] leading-[1.25]">
          {block.name !== '' ? (
            <p className="text-(length:--deck-text) font-bold text-[#172554]">{block.name}</p>
          ) : null}
          {block.lines.map((line) => (
            <p key={line} className="text-(length:--deck-body)">
              {line}
            </p>
          ))}
        </div>
      );
    case 'figures':
      return (
        <dl className="grid auto-cols-fr grid-flow-col gap-[3cqw]">
          {block.figures.map((figure) => (
            <div
              key={figure.label}
              className="flex flex-col-reverse justify-end border-s-[0.8cqh] border-[#b45309] ps-[2cqw]"
            >
              <dt className="text-(length:--deck-figure-label) leading-[1.2]">{figure.label}</dt>
              <dd className="text-(length:--deck-figure-value) font-bold leading-none text-[#172554]">
                {figure.value}
              </dd>
              {figure.detail ? (
                <dd className="order-first text-(length:--deck-detail) text-[#334155]">
                  {figure.detail}
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      );
    case 'bullets':
      return (
        <ul
          className={`flex list-disc flex-col ps-(--deck-space-x-list-indent) marker:text-[#b45309] ${isAlone && block.size !== 'body' ? 'gap-[3cqh] text-(length:--deck-body-alone)' : isAlone ? 'gap-(--deck-space-list-gap)' : 'gap-[1.6cqh]'}`}
        >
          {block.items.map((item) => (
            <li key={item} className="ps-(--deck-space-x-item-indent)">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'columns':
      return (
        <div
          className="grid min-h-0 flex-1 gap-(--deck-space-x-column-gap)"
          style={{ gridTemplateColumns: `repeat(${block.columns.length}, minmax(0, 1fr))` }}
        >
          {block.columns.map((column, index) => (
            <div key={index} className="flex min-h-0 flex-col gap-(--deck-space-section-gap)">
              {column.map((section) => (
                <section key={section.heading} className="flex flex-col">
                  <h3 className="border-t-(length:--deck-space-heading-rule) border-[#1e3a8a] pt-(--deck-space-heading-padding) text-(length:--deck-column-heading) font-bold leading-(--deck-leading-column-heading) text-[#172554]">
                    {section.heading}
                  </h3>
                  <ul className="mt-(--deck-space-under-heading) flex flex-col gap-(--deck-space-area-gap)">
                    {section.items.map((item) => (
                      <AreaItemView key={item.text} item={item} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          ))}
        </div>
      );
    case 'chart':
      return <SlideChart block={block} />;
    case 'timeline':
      return <SlideTimeline block={block} />;
    case 'quotation': {
      return (
        <figure className="flex flex-col justify-center gap-[3cqh]">
          <Quotation
            quotation={block}
            className={`border-s-[0.9cqh] border-[#b45309] ps-[3cqw] leading-[1.3] ${block.size === 'quotationLong' ? 'text-(length:--deck-quotation-long)' : 'text-(length:--deck-quotation)'}`}
            betweenClassName="text-[0.85em] text-[#334155]"
          />
          <figcaption className="text-(length:--deck-attribution)">
            <span className="block font-bold text-[#172554]">
              <bdi>{block.person}</bdi>
            </span>
            <span className="block">{block.role}</span>
            <span className="block text-(length:--deck-detail) text-[#334155]">
              {block.versionLabel}
            </span>
          </figcaption>
        </figure>
      );
    }
    case 'sources':
      return (
        <ol className="flex flex-col gap-[3cqh]">
          {block.items.map((source) => (
            <li
              key={source.number}
              className="flex gap-[1.5cqw] text-(length:--deck-source) leading-[1.25]"
            >
              <span className="shrink-0 font-bold text-[#172554]">[{source.number}]</span>
              <span className="min-w-0">
                <span lang={source.language} className="block font-semibold">
                  {/* Isolated, in its own direction, on a line that keeps the slide's alignment. */}
                  <bdi>{source.title}</bdi>
                </span>
                <span className="block">
                  <bdi>{source.publisher}</bdi> · {source.date}
                </span>
                <span className="block break-all text-(length:--deck-source-address) text-[#1e3a8a]">
                  <bdi>{source.url}</bdi>
                </span>
              </span>
            </li>
          ))}
        </ol>
      );
  }
}

function AreaItemView({ item }: { item: SlideAreaItem }) {
  return (
    <li className="text-(length:--deck-body) leading-(--deck-leading-area-name)">
      <span className={item.isNew ? 'font-semibold' : undefined}>{item.text}</span>
      {item.tags.length > 0 ? (
        <span className="mt-(--deck-space-tag-margin) flex flex-wrap gap-[0.8cqw]">
          {item.tags.map((tag) => (
            <span
              key={tag}
              className={`rounded-[0.6cqh] border-(length:--deck-space-tag-border) px-[0.6cqw] text-(length:--deck-label) leading-(--deck-leading-tag) ${tagTone(item, tag)}`}
            >
              {tag}
            </span>
          ))}
        </span>
      ) : null}
    </li>
  );
}

function tagTone(item: SlideAreaItem, tag: string): string {
  // The first tag of a new area is its "new" tag (the selector puts it first).
  if (item.isNew && tag === item.tags[0]) return 'border-[#b45309] bg-[#fef3c7] text-[#78350f]';
  if (item.evidence === 'inferred')
    return 'border-dashed border-[#0369a1] bg-[#f0f9ff] text-[#0c4a6e]';
  return 'border-dashed border-[#475569] bg-[#ffffff] text-[#1e293b]';
}
