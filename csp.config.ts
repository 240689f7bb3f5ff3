import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own scripts, styles, data and service
 * worker. No 'unsafe-inline' anywhere and no 'unsafe-eval': React and recharts set inline styles
 * through the CSSOM (element.style), which a policy does not block; only style attributes written
 * in markup and <style> elements are, and the app has neither. img-src allows data: and blob: for
 * the chart's PNG export, drawn from an SVG image on a canvas.
 *
 * Delivered in a <meta> tag (build only: the dev server injects inline scripts for hot reload).
 * A meta policy cannot say frame-ancestors; the header set for a static host, with it, is in the
 * README ("Deploying: security headers"), and tests/e2e/csp.spec.ts checks that using every
 * feature reports no violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
