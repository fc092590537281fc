import { render } from 'preact';
import { i18n } from '#i18n';
import { WelcomeApp } from './app';

// The language the UI is actually rendered in (a locale key, not navigator.language).
document.documentElement.lang = i18n.t('ui.htmlLang');
document.title = i18n.t('welcome.title');
const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
