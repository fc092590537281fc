import { render } from 'preact';
import { i18n } from '#i18n';
import { PopupApp } from './app';

// The language the UI is actually rendered in (a locale key, not navigator.language), so
// screen readers pronounce it right even when the browser and the extension disagree.
document.documentElement.lang = i18n.t('ui.htmlLang');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
