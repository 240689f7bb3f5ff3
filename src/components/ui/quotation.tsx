import { directionOf, isLocale } from '../../i18n/locale';
import { formatQuotedPart } from '../../i18n/formatters';

export interface QuotedText {
  language: string;
  /** The quoted parts, each verbatim. */
  parts: readonly string[];
  /** The source's own words between two parts, verbatim (or a marked omission). */
  between: readonly string[];
  /** The dashboard's translation, not the words said: shown without quotation marks. */
  isTranslation?: boolean;
}

export interface QuotationProps {
  quotation: QuotedText;
  /** Classes for the quotation block (its rule, its type). */
  className?: string;
  /** Classes for the words between the parts, which are not the speaker's. */
  betweenClassName?: string;
}

/**
 * A quotation as its source prints it: each part in its own quotation marks, and the source's own
 * words between them (the attribution, for example) set apart, so that no full stop or join is
 * made up between parts. A block quotation in the quotation's language, on the page's quote cards
 * and on the deck's slides alike.
 */
export function Quotation({ quotation, className, betweenClassName }: QuotationProps) {
  const { language, parts, between } = quotation;
  return (
    // In its own direction: a French or English quotation on an Arabic page reads left to right,
    // its quotation marks and its full stops where the source prints them.
    <blockquote
      lang={language}
      dir={isLocale(language) ? directionOf(language) : 'auto'}
      className={className}
    >
      <p>
        {parts.map((part, index) => (
          <span key={index}>
            {index > 0 ? (
              <>
                {' '}
                <span className={betweenClassName}>{between[index - 1]}</span>{' '}
              </>
            ) : null}
            {formatQuotedPart(part, quotation)}
          </span>
        ))}
      </p>
    </blockquote>
  );
}
