// Wohnraumerhalt: this file replaces the webjar's own config.js (branding, German as default language).
export default {
  app: {
    name: 'Start',
    vendor: 'Wohnraumerhalt'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  disableWelcomeMessage: true,
  // "Verknüpfungen" after the login: back to our start page instead of Camunda's documentation
  links: [
    {
      label: 'Startseite Wohnraumerhalt',
      href: '/',
      description: 'Aufgaben, Prozessübersicht, Verwaltung, Kennzahlen und Personalbedarf'
    }
  ]
};
