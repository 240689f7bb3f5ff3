import { formatQuoteVersionLabel, selectQuotes } from '../features/quotes/quote-selectors';
import { formatPartialDate, formatQuotation } from '../i18n/formatters';
import { languageNameKey } from '../i18n/language-name';
import { LIMITS } from './deck-metrics';
import { noteFor, type Context } from './slide-context';
import type { Slide } from './slide-types';
import { localize } from '../data/localize';

// The slides of words: the plan's facts, one slide a quotation, the sources a few a slide.

export function factSlides(context: Context): Slide[] {
  const { plan, t, planLabel, locale } = context;
  if (plan.facts.length === 0) return [];
  return [
    {
      id: 'facts',
      title: t('deckFactsTitle', { plan: planLabel }),
      blocks: [{ kind: 'bullets', items: plan.facts.map((fact) => localize(fact.text, locale)) }],
      notes: plan.facts.map((fact) => noteFor(context, localize(fact.text, locale), fact.evidence)),
    },
  ];
}

export function quoteSlides(context: Context): Slide[] {
  const { dataset, locale, t, cite } = context;
  const quotes = selectQuotes(dataset, locale);
  // One size for the series of quotations: the largest that holds the longest of them.
  const isAnyLong = quotes.some((quote) => {
    const shown = quote.versions[0]?.translation ?? quote.versions[0];
    return (shown?.parts.join('').length ?? 0) > LIMITS.longQuotationChars;
  });
  const size = isAnyLong ? ('quotationLong' as const) : ('quotation' as const);
  return quotes.flatMap((quote) => {
    const [version, ...others] = quote.versions;
    if (!version) return [];
    const published = formatQuoteVersionLabel(version, t, locale);
    const { translation } = version;
    const languageName = t(languageNameKey[version.language]);
    // In the six translated languages: the dashboard's translation, said to be one, on the slide;
    // the words as published in the notes, for the presenter to read or cite.
    const versionLabel = translation
      ? `${t('quoteUnofficialTranslation', { language: languageName })} · ${published}`
      : published;
    const date = formatPartialDate(quote.date, locale);
    const verbatim = translation
      ? [
          `${t('quotePublishedText', { language: languageName })} ${version.parts
            .map((part, index) =>
              [version.between[index - 1], formatQuotation(part, version.language)]
                .filter((text) => text !== undefined)
                .join(' '),
            )
            .join(' ')}`,
        ]
      : [];
    const notes = [
      t('deckNoteQuote', { person: quote.personName, role: quote.role, date }),
      ...verbatim,
      ...(version.source
        ? [
            t('deckNoteSources', {
              count: 1,
              sources: cite([version.source.id]).join(''),
            }),
          ]
        : [t('deckNoteNoSource')]),
      ...others.flatMap((other) =>
        other.source
          ? [
              t('deckNoteQuoteOther', {
                language: t(languageNameKey[other.language]),
                source: cite([other.source.id]).join(''),
              }),
            ]
          : [],
      ),
    ];
    return [
      {
        id: `quote-${quote.id}`,
        title: quote.personName,
        blocks: [
          {
            kind: 'quotation' as const,
            ...(translation
              ? { ...translation, isTranslation: true }
              : { language: version.language, parts: version.parts, between: version.between }),
            person: quote.personName,
            role: quote.role,
            versionLabel,
            size,
          },
        ],
        notes,
      },
    ];
  });
}

export function sourceSlides(context: Context): Slide[] {
  const { dataset, locale, t, cite } = context;
  const items = dataset.sources.map((source) => ({
    number: cite.numberOf(source.id),
    title: source.title,
    language: source.language,
    publisher: source.publisher,
    date: formatPartialDate(source.date, locale),
    url: source.url,
  }));
  const parts: (typeof items)[] = [];
  const partCount = Math.max(1, Math.ceil(items.length / LIMITS.sourcesPerSlide));
  const perPart = Math.ceil(items.length / partCount);
  for (let i = 0; i < items.length; i += perPart) parts.push(items.slice(i, i + perPart));
  if (parts.length === 0) return [];
  return parts.map((part, index) => ({
    id: parts.length === 1 ? 'sources' : `sources-${index + 1}`,
    title:
      parts.length === 1
        ? t('presentSourcesSlide')
        : t('presentSourcesSlidePart', { part: index + 1, parts: parts.length }),
    blocks: [{ kind: 'sources', items: part }],
    notes: [
      t('deckNoteSourcesIntro'),
      ...part.flatMap((item) => {
        const source = dataset.sources.find((s) => cite.numberOf(s.id) === item.number);
        return [source?.dateNote, source?.note].flatMap((note) =>
          note
            ? [t('deckNoteSourceDate', { number: item.number, note: localize(note, locale) })]
            : [],
        );
      }),
    ],
  }));
}
