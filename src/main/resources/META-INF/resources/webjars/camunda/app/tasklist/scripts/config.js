// Wohnraumerhalt: this file replaces the webjar's own config.js (branding, German as default
// language); the keyboard shortcuts below are the webjar's defaults, kept.
export default {
  app: {
    name: 'Aufgaben',
    vendor: 'Wohnraumerhalt'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  // German validation messages in Camunda Forms (form-js writes them in English) and the server's
  // refusals at their fields; the task list sorted by due date unless the user picks another
  // sorting; overdue cards marked; the case number after a start form; the district choice of the
  // notice forms for administrators only
  customScripts: ['scripts/german-form-messages.js', 'scripts/sort-by-due-date.js',
    'scripts/task-cards.js', 'scripts/start-forms.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Aufgabe übernehmen'},
    focusFilter: {key: 'ctrl+shift+f', description: 'Fokus auf den ersten Filter'},
    focusList: {key: 'ctrl+alt+l', description: 'Fokus auf die erste Aufgabe der Liste'},
    focusForm: {key: 'ctrl+alt+f', description: 'Fokus auf das erste Eingabefeld des Formulars'},
    startProcess: {key: 'ctrl+alt+p', description: 'Dialog „Prozess starten“ öffnen'}
  }
};
