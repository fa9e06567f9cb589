/**
 * The snippet's own few words, kept out of the app's message file so that dist/embed.js stays a
 * few kilobytes; everything the widget itself says is in src/ui/messages/en.ts (`embed`, `lead`).
 */
export const SNIPPET_TEXT = {
  loading: 'Loading the assessment…',
  defaultTitle: 'Security leadership readiness check',
  frameTitle: (brand: string) => `${brand}: security leadership readiness check`,
  errorHeading: 'This assessment widget is not set up correctly',
  badMode: 'data-mode: must be iframe or inline',
  loadFailed: 'The assessment could not be loaded. Check your connection and reload the page.',
  noShadow: 'This element cannot hold the widget: use a <div>.',
} as const;
