import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: components/ui, i18n, url-state, data -> features -> deck -> app.
// A feature never imports another feature; the deck composes features' selectors into slides; app/
// reaches the deck only through import() (its code and stylesheet are a chunk of their own).
// These rules keep that true without anyone remembering.
const restrict = (patterns) => ['error', { patterns }];
const noFeatures = { group: ['**/features/**'], message: 'Only deck/ and app/ compose features.' };
const noDeck = {
  group: ['**/deck/**'],
  message: 'The deck is a lazy chunk: only app/ loads it, with import().',
};
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
    rules: { 'no-restricted-imports': restrict([noFeatures, noDeck, noApp]) },
  },
  {
    files: ['src/deck/**'],
    ignores: ['**/*.test.*'],
    rules: { 'no-restricted-imports': restrict([noApp]) },
  },
  {
    files: ['src/app/**'],
    ignores: ['**/*.test.*'],
    rules: { 'no-restricted-imports': restrict([noDeck]) },
  },
  ...['plans', 'areas', 'quotes', 'sources', 'briefing', 'overview', 'dataset', 'update'].map(
    (feature) => ({
      files: [`src/features/${feature}/**`],
      rules: {
        'no-restricted-imports': restrict([
          noApp,
          noDeck,
          {
            group: ['../*/**', '!../../**'],
            message: 'A feature never imports another feature.',
          },
        ]),
      },
    }),
  ),
);
