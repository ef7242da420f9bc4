/**
 * Export of this page's notes, as W3C Web Annotation JSON-LD or Markdown (the background builds
 * the file). While one runs the buttons say so but keep focus (a disabled button would lose it).
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../shared/messaging';
import { t } from '../../shared/i18n';
import { download } from '../../ui/download';
import { errorText } from '../../shared/error-text';

export function ExportPage({ pageKey }: { pageKey: string }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'jsonld' | 'markdown'): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      const file = await sendToBackground('notes/export', { format, pageKey });
      download(file.filename, file.mimeType, file.content);
      setStatus({ text: t('popupNotesExportDone', file.filename), error: false });
    } catch (err) {
      setStatus({ text: t('popupNotesExportFailed', errorText(err)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="pnote-export" role="group" aria-labelledby="pn-export-title">
      <h3 id="pn-export-title">{t('popupNotesExportTitle')}</h3>
      <div class="row">
        <button type="button" class="export-jsonld" aria-disabled={busy ? 'true' : 'false'} onClick={() => void exportAs('jsonld')}>
          {t('popupNotesExportJsonLd')}
        </button>
        <button type="button" class="export-markdown" aria-disabled={busy ? 'true' : 'false'} onClick={() => void exportAs('markdown')}>
          {t('popupNotesExportMarkdown')}
        </button>
      </div>
      <p class={status?.error ? 'note-error' : 'muted'} role={status?.error ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
