import { formatQuotation } from '../../i18n/formatters';

export interface QuotationProps {
  language: string;
  /** The quoted parts, each verbatim. */
  parts: readonly string[];
  /** The source's own words between two parts, verbatim (or a marked omission). */
  between: readonly string[];
  /** Classes for the words between the parts, which are not the speaker's. */
  betweenClassName?: string;
}

/**
 * A quotation as its source prints it: each part in its own quotation marks, and the source's own
 * words between them (the attribution, for example) set apart, so that no full stop or join is
 * made up between parts.
 */
export function Quotation({ language, parts, between, betweenClassName }: QuotationProps) {
  return (
    <p>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? (
            <>
              {' '}
              <span className={betweenClassName}>{between[index - 1]}</span>{' '}
            </>
          ) : null}
          {formatQuotation(part, language)}
        </span>
      ))}
    </p>
  );
}
