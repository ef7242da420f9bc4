/**
 * The keys every note editor answers: Ctrl+Enter (⌘+Enter) saves, Escape cancels. Only the
 * reader's own key presses count: a page script can dispatch keydown events but not trusted ones.
 */
export function editorKeys(save: () => void, cancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };
}
