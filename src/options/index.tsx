// Options entry: mounts the settings page.
import { render } from 'preact';
import { t } from '../shared/i18n';
import { Options } from './Options';

document.title = t('optionsTitle');
document.documentElement.lang = t('@@ui_locale').replace('_', '-');

const root = document.getElementById('app');
if (root) render(<Options />, root);
