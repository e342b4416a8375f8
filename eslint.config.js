import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

// `define()` on our base class guards against double definition; direct calls would not.
const NO_DIRECT_DEFINE = {
  selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
  message: 'Use CtElement.define(), which tolerates a second copy of the library.',
};

// A raw language tag (`en_US`, `x-klingon`) makes `Intl` throw a RangeError, and a call without one uses
// the browser's locale instead of the element's: in src/, every locale-sensitive call whose locale is not
// a literal ('en-US' to read a zone's wall clock) goes through src/core/i18n/ (normalizeLanguageTag,
// compareText, upperCase, languageDisplayName, the formats in formats.ts…).
const RAW_LOCALE_MESSAGE = 'Locale-sensitive calls go through src/core/i18n/, which normalises the language tag; only a literal locale may be passed directly.';
const NO_RAW_LOCALE_CALLS = [
  "NewExpression[callee.object.name='Intl']:not([arguments.0.type='Literal'])",
  "CallExpression[callee.object.name='Intl']:not([arguments.0.type='Literal'])",
  "CallExpression[callee.object.object.name='Intl']",
  "ClassDeclaration[superClass.object.name='Intl']",
  "CallExpression[callee.property.name='localeCompare']:not([arguments.1.type='Literal'])",
  "CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|toLocaleUpperCase|toLocaleLowerCase)$/]:not([arguments.0.type='Literal'])",
].map((selector) => ({ selector, message: RAW_LOCALE_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', '.cache/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'CtElement', 'CtFeedElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Feed text is untrusted: it may reach the DOM only through Lit's text and attribute bindings.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is untrusted: render it as text, or sanitize first (see docs/feeds.md).' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write markup from strings; use Lit templates.' },
        { property: 'outerHTML', message: 'Never write markup from strings; use Lit templates.' },
      ],
      'no-restricted-syntax': ['error', NO_DIRECT_DEFINE],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_DIRECT_DEFINE, ...NO_RAW_LOCALE_CALLS] },
  },
  // Rules that need the types (floating and misused promises, unsafe any, needless assertions), on the
  // shipped code: what a reviewer would otherwise have to catch.
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // The modules that normalise language tags before `Intl` sees them.
    files: ['src/core/i18n/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_DIRECT_DEFINE] },
  },
  {
    files: ['src/core/element/base-element.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_RAW_LOCALE_CALLS] },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
