/*
 * Admin's configuration for the programme (docs/operations.md). Replaces Camunda's default
 * scripts/config.js of 7.24, which sets nothing (it only lists commented-out options).
 */
export default {
  // Single sign-on: a signed-out user goes on to the identity provider, not to the password form.
  customScripts: ['../sso-sign-out'],
  // The staff's languages: the browser's language when it is one of these, else English.
  locales: {
    availableLocales: ['en', 'sv', 'it', 'fi'],
    fallbackLocale: 'en'
  }
};
