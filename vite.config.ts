/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { pwa } from './pwa.config.ts';
import { contentSecurityPolicy } from './csp.config.ts';
import { prerender } from './prerender.config.ts';

export default defineConfig({
  // prerender before contentSecurityPolicy: the policy hashes the inline script prerender adds.
  plugins: [react(), tailwindcss(), prerender(), ...pwa(), contentSecurityPolicy()],
  resolve: {
    // recharts takes only three d3 scales here: see src/features/areas/d3-scale-subset.ts.
    alias: [
      // jszip's browser build (dist/jszip.min.js, a browserify bundle) tests for a global
      // `require`: bundled, that brings the bundler's `require` shim into the runtime helpers the
      // entry shares, and the first load grows for the PowerPoint writer. Its sources do not.
      { find: /^jszip$/, replacement: 'jszip/lib/index.js' },
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: fileURLToPath(
          new URL('./src/features/areas/d3-scale-subset.ts', import.meta.url),
        ),
      },
    ],
  },
  // No modulepreload polyfill: every browser that runs ES2022 modules preloads them natively.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Two cores shared with browser builds: whole-app renders can take a few seconds.
    testTimeout: 15_000,
  },
});
