import type { Locale } from './locale';

// Its own module: the dataset's localizing (src/data/localize.ts) is in the first load, the
// formatters are not.

/**
 * A text in brackets after another: " (…)", or the full-width "（…）" that Chinese sets without a
 * space (as the Chinese messages write theirs).
 */
export function inBrackets(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}
