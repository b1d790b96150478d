// Wohnraumerhalt: this file replaces the webjar's own config.js (branding, German as default language).
export default {
  app: {
    name: 'Verwaltung',
    vendor: 'Wohnraumerhalt'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  disableWelcomeMessage: true
};
