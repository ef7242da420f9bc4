/**
 * Runs `attempt` again after each delay in `delaysMs` while it fails with an error `retryable`
 * accepts; the last error is thrown. For requests to a background that may not be listening yet
 * (just installed or updated, or its service worker still starting).
 */
export async function retrying<T>(attempt: () => Promise<T>, delaysMs: readonly number[], retryable: (err: unknown) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      const delay = delaysMs[i];
      if (delay === undefined || !retryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
