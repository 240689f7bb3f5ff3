import type { ReactNode } from 'react';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  lang?: string;
  className?: string;
}

export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A link to an original page; anything but http(s) is shown as plain text, never as a link. A text
 * in a language of its own takes its own direction (`dir="auto"` isolates it): an English title in
 * an Arabic line keeps its words and its punctuation in order.
 */
export function ExternalLink({ href, children, lang, className }: ExternalLinkProps) {
  const dir = lang ? 'auto' : undefined;
  if (!isSafeHref(href))
    return (
      <span lang={lang} dir={dir}>
        {children}
      </span>
    );
  return (
    <a
      href={href}
      lang={lang}
      dir={dir}
      target="_blank"
      rel="noopener noreferrer"
      className={
        className ?? 'text-link underline decoration-1 underline-offset-2 hover:decoration-2'
      }
    >
      {children}
    </a>
  );
}
