// ESLint's flat config: JavaScript's and typescript-eslint's recommended rules, the Astro plugin's for
// .astro files, and the project's layering (docs/layers.md): each layer imports only the layers below it.
// From the bottom: domain.ts and i18n/; lib/; config/; content/; then data/, editor/, import/ and the views.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UPPER_LAYERS = ['config', 'content', 'data', 'editor', 'import', 'components', 'layouts', 'pages'];
/** What config/ and content/ may not import: the layers that use them. */
const ABOVE_CONTENT = ['data', 'editor', 'import', 'components', 'layouts', 'pages'];

/** An import of one of `folders` from a file one folder deep in src/ (`../content/…`). */
const into = (folders) => `^\\.\\./(${folders.join('|')})/`;

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/', 'tests/fixtures/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An unused value is a mistake; `_name` says it is left out on purpose (e.g. a destructured field dropped).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/scripts/**', 'src/pages/embed/host.js.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(UPPER_LAYERS),
              message: 'src/lib is the bottom layer: move the shared type or function into src/domain.ts or src/lib.',
            },
            {
              regex: '^\\.\\./i18n/(?!index\\.ts$)',
              message: 'import the Dictionary type from i18n/index.ts, not one language.',
            },
            { regex: '^astro:(content|middleware)$', message: 'src/lib runs no queries: take the data as arguments.' },
          ],
        },
      ],
    },
  },
  {
    // lib/chart/ and lib/dates/ sit one folder deeper: the same rule, one `../` more.
    files: ['src/lib/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./\\.\\./(${UPPER_LAYERS.join('|')})/`,
              message: 'src/lib is the bottom layer: move the shared type or function into src/domain.ts or src/lib.',
            },
            {
              regex: '^\\.\\./\\.\\./i18n/(?!index\\.ts$)',
              message: 'import the Dictionary type from i18n/index.ts, not one language.',
            },
            { regex: '^astro:(content|middleware)$', message: 'src/lib runs no queries: take the data as arguments.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(ABOVE_CONTENT),
              message: 'src/content checks and loads content: it imports only config/, lib/, i18n/ and domain.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(['content', ...ABOVE_CONTENT]),
              message: 'src/config sits below content/: move what both need into src/lib (e.g. lib/problems.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain.ts', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(?!(i18n/)?(nl|en|index)\\.ts$)',
              message: 'domain.ts and i18n/ are the ground floor: they import nothing of the project but each other.',
            },
          ],
        },
      ],
    },
  },
);
