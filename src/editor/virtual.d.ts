declare module 'virtual:strategy-editor-settings' {
  const settings: import('./keystatic-config.ts').EditorSettings;
  export default settings;
}
