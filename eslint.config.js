// ESLint's flat config: JavaScript's and typescript-eslint's recommended rules, the Astro plugin's for
// .astro files, and the project's layering (docs/architecture.md): src/lib holds pure functions, so it
// imports nothing from the layers that read files, the environment or Astro's data.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UPPER_LAYERS = ['config', 'content', 'data', 'editor', 'import', 'components', 'layouts', 'pages'];

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
              regex: `^\\.\\./(${UPPER_LAYERS.join('|')})/`,
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
);
