// Popup entry: mounts the UI. The popup talks to the page only through the typed protocol.
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
