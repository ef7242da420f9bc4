import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import { resetSettings } from '../shared/settings';
import { download } from '../ui/download';
import { errorText } from '../shared/error-text';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Export, import and delete-all for the reader's notes (and, for delete-all, settings). */
export function NotesData() {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // The button pressed disappears, so focus moves to the safe choice (and back) rather than to the page's start.
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (opened.current) deleteRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const run = async (job: () => Promise<string>): Promise<void> => {
    setBusy(true);
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'jsonld' | 'markdown') =>
    run(async () => {
      const file = await sendToBackground('notes/export', { format });
      download(file.filename, file.mimeType, file.content);
      return t('optionsExportDone', file.filename);
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const s = await sendToBackground('notes/import', { content: await file.text() });
        return t('optionsImportDone', s.added, s.updated, s.unchanged);
      } catch (err) {
        throw new Error(t('optionsImportFailed', file.name, errorText(err)));
      } finally {
        input.value = ''; // the same file can be chosen again
      }
    });
  };

  const deleteAll = () =>
    run(async () => {
      setConfirming(false);
      const { deleted } = await sendToBackground('notes/clear', { confirm: true });
      await resetSettings();
      return t('optionsDeleteDone', deleted);
    });

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('optionsDataHeading')}</h2>
      <div class="row">
        <button type="button" id="export-jsonld" disabled={busy} onClick={() => void exportAs('jsonld')}>
          {t('optionsExportJsonLd')}
        </button>
        <button type="button" id="export-markdown" disabled={busy} onClick={() => void exportAs('markdown')}>
          {t('optionsExportMarkdown')}
        </button>
      </div>
      <p>
        <label for="import-file">{t('optionsImportLabel')}</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/ld+json,application/json"
          disabled={busy}
          onChange={(e) => importFile(e.currentTarget as HTMLInputElement)}
        />
      </p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('optionsDeleteConfirmText')}</p>
          <button type="button" id="delete-confirm" class="danger" disabled={busy} onClick={() => void deleteAll()}>
            {t('optionsDeleteConfirm')}
          </button>{' '}
          <button type="button" id="delete-cancel" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('optionsDeleteCancel')}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" id="delete-all" ref={deleteRef} class="danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('optionsDeleteAll')}
          </button>
        </p>
      )}
      <p id="data-status" role={status?.kind === 'error' ? 'alert' : 'status'} class={status?.kind === 'error' ? 'error' : ''}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
