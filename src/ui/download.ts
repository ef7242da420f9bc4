/** Saves `content` as a file through a Blob URL and an <a download>, then releases the URL. */
export function download(filename: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox reads the Blob after click() returns, so the URL stays valid a while before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
