// Content-script entry: wiring only. See lifecycle.ts for what runs on the page and how it is undone.
import { SCRIPT_STARTED_AT } from './started-at';
import { startContentScript } from './lifecycle';

startContentScript(SCRIPT_STARTED_AT);
