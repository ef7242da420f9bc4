/** Why an analysis failed, in words the toolbar popup can show the reader as they are. */
import { NoAnswerError } from '../../shared/messaging';

/** Long enough for any error the background states; a runaway message is cut rather than shown whole. */
const MAX_CHARS = 300;

export function describeFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const text = err instanceof NoAnswerError ? `the extension's background did not answer (${message})` : message || 'unknown error';
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
