import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

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
      // `define()` on our base class guards against double definition; direct calls would not.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']", message: 'Use CtElement.define(), which tolerates a second copy of the library.' },
      ],
    },
  },
  {
    files: ['src/core/base-element.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
