/**
 * The popup's page state, followed while it can still change by itself (the page loading, the
 * article being analysed, a page being reloaded) and checked again on demand after an action.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadPageState, type PopupPageState } from './page-status';

/** How often, and how many times, the popup asks again while the state may still change. */
const RETRY_MS = 400;
const RETRIES = 150;

function settling(s: PopupPageState): boolean {
  return s.kind === 'loading' || s.kind === 'stale' || (s.kind === 'active' && s.analysis.kind === 'pending');
}

export function usePageState(): [PopupPageState, () => void] {
  const [state, setState] = useState<PopupPageState>({ kind: 'loading' });
  // Each round of checks has its own number; a newer round (an action's) makes the older one stop.
  const round = useRef(0);

  const follow = useCallback(() => {
    const mine = ++round.current;
    let tries = 0;
    const check = (): void => {
      void loadPageState().then((s) => {
        if (round.current !== mine) return;
        setState(s);
        if (settling(s) && ++tries < RETRIES) setTimeout(check, RETRY_MS);
      });
    };
    check();
  }, []);

  useEffect(() => {
    follow();
    return () => {
      round.current++;
    };
  }, [follow]);

  return [state, follow];
}
