// Content-script entry: wiring only. See lifecycle.ts for what runs on the page and how it is undone.
import { startContentScript } from './lifecycle';

startContentScript();
