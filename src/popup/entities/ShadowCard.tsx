/**
 * Shows the shared context card (src/ui/card/Card.tsx) in the popup, in a shadow root with the
 * card's own stylesheet, so the popup and the page show one card with one look, and the card's
 * styles stay out of the popup's. The root is open: it holds only our text, and tests read it.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Card, type CardActions, type CardView } from '../../ui/card/Card';
import { CARD_CSS } from '../../ui/card/styles';

/** The card sits in the popup's flow instead of floating over a page. */
const IN_POPUP_CSS = `
:host { all: initial !important; display: block !important; position: static !important; width: auto !important; height: auto !important; pointer-events: auto !important; }
.card { position: static; visibility: visible; width: auto; max-width: none; min-width: 0; max-height: none; box-shadow: none; }
`;

export function ShadowCard({ view, actions, label }: { view: CardView; actions: CardActions; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    if (!inner.current) {
      const root = el.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CARD_CSS + IN_POPUP_CSS;
      const card = document.createElement('section');
      card.className = 'card';
      root.append(style, card);
      inner.current = card;
    }
    inner.current.setAttribute('aria-label', label);
    render(<Card view={view} actions={actions} />, inner.current);
  });

  useEffect(
    () => () => {
      if (inner.current) render(null, inner.current);
    },
    [],
  );

  return <div ref={host} class="card-host" />;
}
