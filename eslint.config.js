import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: components/ui, i18n, url-state, data -> features -> app.
// A feature never imports another feature. These rules keep that true without anyone remembering.
const restrict = (patterns) => ['error', { patterns }];
const noFeatures = { group: ['**/features/**'], message: 'Only app/ composes features.' };
const noApp = { group: ['**/app/**'], message: 'Nothing imports app/; it is the top.' };

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from a dataset is only ever text.',
        },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/i18n/**', 'src/url-state/**', 'src/data/**'],
    ignores: ['**/*.test.*'],
    rules: { 'no-restricted-imports': restrict([noFeatures, noApp]) },
  },
  ...['plans', 'areas', 'quotes', 'sources', 'briefing'].map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict([
        noApp,
        {
          group: ['../*/**', '!../../**'],
          message: 'A feature never imports another feature.',
        },
      ]),
    },
  })),
);
