// Popup entry: mounts the UI. The popup talks to the page only through the typed protocol.
import { render } from 'preact';
import { App } from './App';
import { t } from '../shared/i18n';

// The HTML's own title and lang are the English fallback; the catalogue's language replaces them.
document.title = t('extName');
document.documentElement.lang = t('@@ui_locale').replace('_', '-');

const root = document.getElementById('app');
if (root) render(<App />, root);
