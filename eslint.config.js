import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '**/.astro/', '.cache/', 'node_modules/', 'tests/fixtures/', 'bench-results/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Components draw what lib computed; only routes load the site (docs/architecture.md).
    files: ['src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/site/load.ts'],
              message:
                'Components do not call getSite(): the route loads the site, asks lib for a view and passes it as props (MDX components read Astro.locals.site).',
            },
          ],
        },
      ],
    },
  },
);
