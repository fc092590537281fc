import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsApp } from './app';

// The language the UI is actually rendered in (a locale key, not navigator.language).
document.documentElement.lang = i18n.t('ui.htmlLang');
document.title = i18n.t('options.title');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
