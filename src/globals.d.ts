// Compile-time constants injected by build.mjs (esbuild `define`).
declare const __DEV__: boolean;
declare const __BROWSER__: 'chrome' | 'firefox';
