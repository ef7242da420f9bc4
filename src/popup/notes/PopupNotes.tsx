/** The popup's notes: this page's notes (when the annotator runs on it) and search over all notes. */
import { useEffect, useState } from 'preact/hooks';
import { findTargetTabId } from '../target-tab';
import { PageNotes } from './PageNotes';
import { NotesSearch } from './NotesSearch';

export function PopupNotes() {
  /** undefined while the tab is being found; null when there is none. */
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    findTargetTabId().then(setTabId, () => setTabId(null));
  }, []);
  return (
    <>
      {tabId !== undefined && <PageNotes tabId={tabId} />}
      <NotesSearch />
    </>
  );
}
