/**
 * The single-file build for partner pages: `<script type="module" src=".../ct-widgets.js">`. Sets up UI
 * localization from `<html lang>`, defines every element, and exports the whole API so a page can also
 * `import { setUiLanguage } from '.../ct-widgets.js'`.
 */
export * from './core/localization.js';
export * from './index.js';
