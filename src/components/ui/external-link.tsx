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

/** A link to an original page; anything but http(s) is shown as plain text, never as a link. */
export function ExternalLink({ href, children, lang, className }: ExternalLinkProps) {
  if (!isSafeHref(href)) return <span lang={lang}>{children}</span>;
  return (
    <a
      href={href}
      lang={lang}
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
