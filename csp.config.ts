import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own scripts, styles, data and service
 * worker. No 'unsafe-inline' anywhere and no 'unsafe-eval': React and recharts set inline styles
 * through the CSSOM (element.style), which a policy does not block; only style attributes written
 * in markup and <style> elements are, and the app has neither. img-src allows data: and blob: for
 * the chart's PNG export, drawn from an SVG image on a canvas.
 *
 * The one inline script, the pre-rendered page's boot script (prerender.config.ts), is allowed by
 * its hash, computed here from the final HTML: no other inline script can run.
 *
 * Delivered in a <meta> tag (build only: the dev server injects inline scripts for hot reload).
 * A meta policy cannot say frame-ancestors; the header set for a static host, with it, is in the
 * README ("Deploying: security headers"), and tests/e2e/csp.spec.ts checks that using every
 * feature reports no violation.
 */
/** The policy, given the hashes ("sha256-…") of the page's inline scripts. */
export function policyFor(inlineScriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Hashes of the inline scripts that run (not JSON data blocks), as CSP source expressions. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after <meta charset>: a policy applies only to what comes after it.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>: CSP not added');
        const policy = policyFor(inlineScriptHashes(html));
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
