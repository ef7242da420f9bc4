import browser from '../shared/browser';

export function Options() {
  const { version } = browser.runtime.getManifest();
  return (
    <>
      <h1>Archyde Annotator settings</h1>
      <p class="muted">Version {version}</p>
      <h2>Privacy</h2>
      <p>Entities are detected inside your browser. Your notes stay in this browser's extension storage. Nothing is sent anywhere.</p>
    </>
  );
}
