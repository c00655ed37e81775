/*
 * Tasklist's configuration for the programme's staff (docs/tasklist.md). Replaces Camunda's default
 * scripts/config.js, which only lists commented-out options and the keyboard shortcuts kept below.
 */
export default {
  // The programme's own additions: list sorted by due date, refusals shown at the field, what a
  // role does not use hidden, accessible names and contrast (custom/rehab-tasklist.js).
  // rehab-tasklist: the programme's additions; sso-sign-out: with single sign-on, a signed-out user goes
  // on to the identity provider, not to the password form.
  customScripts: ['custom/rehab-tasklist', '../sso-sign-out'],
  // Dates as staff in Sweden, Italy and Finland read them (day before month), not US-style.
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'D MMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'D MMM YYYY'
  },
  // The staff's languages: the browser's language when it is one of these, else English
  // (locales/*.json, docs/tasklist.md).
  locales: {
    availableLocales: ['en', 'sv', 'it', 'fi'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
