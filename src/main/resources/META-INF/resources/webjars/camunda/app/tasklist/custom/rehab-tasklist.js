/*
 * The programme's additions to Camunda Tasklist (docs/tasklist.md), through its customScripts
 * (scripts/config.js). Plain DOM work on what Tasklist renders; nothing here decides what a user may
 * see or do: the server refuses, this only shows.
 *
 * 1. Task lists sorted by due date unless the user chose another order.
 * 2. A refusal of the server shown at the field it names, in plain words, instead of only a toast.
 * 3. What a role does not use hidden: "Create task" for everyone, "Start process" for a user who may
 *    start no process, the candidate groups of a task for host tutors.
 * 4. Accessible names for Tasklist's icon-only buttons and links, and no positive tabindex.
 * 5. The forms' date pickers in the user's language: Monday first, months and weekdays by name.
 * 6. form-js's own messages in a form ("Field is required.") and this script's in the user's language.
 */

const APP_ROOT = document.querySelector('base').getAttribute('app-root');
const ENGINE = `${APP_ROOT}/api/engine/engine/default`;
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

// 6. The user's language: the browser's first, as Tasklist chooses its own (scripts/config.js).
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en')
  .toLowerCase().split('-')[0];

/**
 * form-js checks a form in the browser in English only; its messages, and this script's own, in the
 * languages staff work in. Each entry: the English (a pattern for form-js's, which carry a value) and
 * its translations, "$1" standing for the value.
 */
const MESSAGES = [
  [/^Field is required\.$/, { sv: 'Fältet måste fyllas i.', it: 'Campo obbligatorio.', fi: 'Kenttä on pakollinen.' }],
  [/^Field must have minimum value of (.+)\.$/,
    { sv: 'Värdet måste vara minst $1.', it: 'Il valore deve essere almeno $1.', fi: 'Arvon on oltava vähintään $1.' }],
  [/^Field must have maximum value of (.+)\.$/,
    { sv: 'Värdet får vara högst $1.', it: 'Il valore non può superare $1.', fi: 'Arvo saa olla enintään $1.' }],
  [/^Field must have minimum length of (.+)\.$/,
    { sv: 'Skriv minst $1 tecken.', it: 'Scrivere almeno $1 caratteri.', fi: 'Kirjoita vähintään $1 merkkiä.' }],
  [/^Field must have maximum length of (.+)\.$/,
    { sv: 'Högst $1 tecken.', it: 'Al massimo $1 caratteri.', fi: 'Enintään $1 merkkiä.' }],
  [/^Field must be a valid email\.$/,
    { sv: 'Ange en giltig e-postadress.', it: 'Inserire un indirizzo e-mail valido.', fi: 'Anna kelvollinen sähköpostiosoite.' }],
  [/^Field must be a valid +international phone number\. \(e\.g\. (.+)\)$/,
    { sv: 'Ange ett giltigt telefonnummer med landsnummer (t.ex. $1).',
      it: 'Inserire un numero di telefono valido con prefisso internazionale (es. $1).',
      fi: 'Anna kelvollinen puhelinnumero maatunnuksineen (esim. $1).' }],
  [/^Value is expected to be an integer\.$/,
    { sv: 'Ange ett heltal.', it: 'Inserire un numero intero.', fi: 'Anna kokonaisluku.' }],
  [/^Value is expected to be a valid number\.$/,
    { sv: 'Ange ett tal.', it: 'Inserire un numero valido.', fi: 'Anna kelvollinen luku.' }],
  [/^Not in the expected form: (.+)$/,
    { sv: 'Inte i väntad form: $1', it: 'Formato non previsto: $1', fi: 'Ei odotetussa muodossa: $1' }],
  [/^Not in the expected form\.$/,
    { sv: 'Inte i väntad form.', it: 'Formato non previsto.', fi: 'Ei odotetussa muodossa.' }],
  [/^Some answers are missing or not accepted: see the fields marked in red\.$/,
    { sv: 'Några svar saknas eller godtogs inte: se fälten som är markerade i rött.',
      it: 'Alcune risposte mancano o non sono state accettate: vedere i campi segnati in rosso.',
      fi: 'Joitakin vastauksia puuttuu tai niitä ei hyväksytty: katso punaisella merkityt kentät.' }]
];

/** The English text in the user's language, where it is one of {@link MESSAGES}; else as it is. */
function inUserLanguage(english) {
  for (const [pattern, translations] of MESSAGES) {
    if (translations[LANGUAGE] && pattern.test(english)) {
      return english.replace(pattern, translations[LANGUAGE]);
    }
  }
  return english;
}

/**
 * form-js owns its error elements and draws them again: the translation goes in an element of the
 * script's own beside the original, which is hidden (changing form-js's own text would have it draw
 * the English again beside it). Idempotent, as the observer runs it on its own changes too.
 */
function translateFormMessages(root) {
  if (LANGUAGE === 'en') {
    return;
  }
  root.querySelectorAll('.rehab-translation').forEach((translation) => {
    const original = translation.previousElementSibling;
    if (!original || !original.classList.contains('fjs-form-field-error')
        || inUserLanguage(original.textContent.trim()) !== translation.textContent) {
      if (original) {
        original.style.removeProperty('display');
      }
      translation.remove();
    }
  });
  root.querySelectorAll('.fjs-form-field-error:not(.rehab-refusal):not(.rehab-translation)').forEach((error) => {
    const english = error.textContent.trim();
    const translated = inUserLanguage(english);
    const next = error.nextElementSibling;
    if (!english || translated === english || (next && next.classList.contains('rehab-translation'))) {
      return;
    }
    const translation = document.createElement('div');
    translation.className = 'fjs-form-field-error rehab-translation';
    translation.textContent = translated;
    error.style.display = 'none';
    error.after(translation);
  });
}

// 1. Sorting: Tasklist reads the order from the address ("sorting"); without one it writes its own
// default (newest first) there. Before it can, every address without an order gets the due date's.
function withDueDateFirst($location) {
  if ($location.path() === '/' && !$location.search().sorting) {
    $location.search('sorting', DUE_DATE_FIRST).replace();
  }
}

function sortByDueDateByDefault(attempt = 0) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (!injector) {
    if (attempt < 200) {
      setTimeout(() => sortByDueDateByDefault(attempt + 1), 50);
    }
    return;
  }
  const $rootScope = injector.get('$rootScope');
  const $location = injector.get('$location');
  // At the start of a change the new address can still be amended; Tasklist reads it after.
  $rootScope.$on('$locationChangeStart', () => withDueDateFirst($location));
  $rootScope.$applyAsync(() => withDueDateFirst($location));
}
sortByDueDateByDefault();

// 2. Refusals at the field. The server answers a refused completion with the field and its message
// (errors: [{field, message}]); form-js gives each field an id ending in the field's key.
function fieldElement(key) {
  // The start form's dialog, else the task's form.
  const form = document.querySelector('.modal .fjs-container') || document.querySelector('.fjs-container');
  if (!form) {
    return null;
  }
  const input = form.querySelector(`[id$="-${CSS.escape(key)}"], [id*="-${CSS.escape(key)}-"]`);
  return input ? input.closest('.fjs-form-field') : null;
}

/**
 * The server's words without the variable names it adds in brackets for integrations, e.g.
 * "(approvalComment)" or "(referrerService, referrerReference)": staff see the field itself.
 */
function forStaff(message) {
  return message.replace(/\s*\((?:[a-z]+[A-Z][A-Za-z]*)(?:,\s*[a-z]+[A-Z][A-Za-z]*)*\)/g, '').replace(/\s+([.:;,])/g, '$1');
}

function clearRefusals() {
  document.querySelectorAll('.rehab-refusal').forEach((message) => {
    const field = message.closest('.fjs-form-field');
    message.remove();
    if (field) {
      field.classList.remove('fjs-has-errors');
      field.querySelectorAll('[aria-invalid="true"][data-rehab-refused]').forEach((input) => {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('data-rehab-refused');
      });
    }
  });
}

function showRefusals(errors) {
  clearRefusals();
  let first = null;
  errors.forEach(({ field, message }) => {
    const element = field && fieldElement(field);
    if (!element) {
      return;
    }
    const note = document.createElement('div');
    note.className = 'fjs-form-field-error rehab-refusal';
    note.setAttribute('role', 'alert');
    note.id = `rehab-refusal-${field}`;
    note.textContent = forStaff(message);
    element.appendChild(note);
    element.classList.add('fjs-has-errors');
    element.querySelectorAll('input, textarea, select').forEach((input) => {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('data-rehab-refused', '');
      input.setAttribute('aria-describedby', note.id);
    });
    first = first || element;
  });
  if (first) {
    first.scrollIntoView({ block: 'center' });
    const input = first.querySelector('input, textarea, select');
    if (input) {
      input.focus({ preventScroll: true });
    }
  }
  return first !== null;
}

/** The toast Tasklist shows for the same refusal, once it appears: the words are at the field. */
function closeToastRepeating(messages, attempt = 0) {
  const toasts = [...document.querySelectorAll('.page-notifications .alert-danger')]
    .filter((toast) => messages.some((message) => toast.textContent.includes(message)));
  toasts.forEach((toast) => {
    const close = toast.querySelector('.close, button');
    if (close) {
      close.click();
    } else {
      toast.remove();
    }
  });
  if (!toasts.length && attempt < 20) {
    setTimeout(() => closeToastRepeating(messages, attempt + 1), 50);
  }
}

// form-js says "Field must match pattern ^[A-Za-z0-9]...$" when a typed value has the wrong form: the
// field's own description says what is expected, in words.
function explainPatterns(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    if (!error.textContent.startsWith('Field must match pattern')) {
      return;
    }
    const field = error.closest('.fjs-form-field');
    const description = field && field.querySelector('.fjs-form-field-description');
    error.textContent = description && description.textContent.trim()
      ? `Not in the expected form: ${description.textContent.trim()}`
      : 'Not in the expected form.';
  });
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function rehabOpen(method, url, ...rest) {
  if (method === 'POST' && /\/(task|process-definition)\/[^/]+\/submit-form$/.test(url)) {
    this.addEventListener('load', () => {
      if (this.status !== 400) {
        return;
      }
      try {
        const body = JSON.parse(this.responseText);
        if (Array.isArray(body.errors) && showRefusals(body.errors)) {
          closeToastRepeating(body.errors.map((error) => error.message));
        }
      } catch (notJson) {
        // Not a refusal of ours: Tasklist's own toast says what happened.
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
// A refusal goes once the user changes the field it names.
document.addEventListener('input', (event) => {
  const field = event.target.closest && event.target.closest('.fjs-form-field');
  const note = field && field.querySelector('.rehab-refusal');
  if (note) {
    note.remove();
    field.classList.remove('fjs-has-errors');
  }
}, true);

// 3. What the user's role does not use.
async function json(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

/** The names of the user's own service sites (never a clinical record), once known. */
let ownSiteNames = null;

async function markRoles() {
  try {
    const user = await json(`${APP_ROOT}/api/admin/auth/user/default`);
    const [groups, startable, tenants] = await Promise.all([
      json(`${ENGINE}/group?member=${encodeURIComponent(user.userId)}`),
      json(`${ENGINE}/process-definition/count?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true&active=true`),
      json(`${ENGINE}/tenant?userMember=${encodeURIComponent(user.userId)}&includingGroupsOfUser=true`)
    ]);
    ownSiteNames = tenants.filter((tenant) => !tenant.id.endsWith('-clinical')).map((tenant) => tenant.name || tenant.id);
    groups.forEach((group) => document.body.classList.add(`rehab-group-${group.id}`));
    document.body.classList.toggle('rehab-may-start', startable.count > 0);
    document.body.classList.add('rehab-roles-known');
  } catch (notSignedIn) {
    // Before sign-in: marked again after it.
  }
}
// The start form lists every service site; a user may open a case only at their own (the server refuses
// the others): the others are not offered.
function offerOnlyOwnSites(root) {
  if (!ownSiteNames) {
    return;
  }
  root.querySelectorAll('.fjs-form-field').forEach((field) => {
    if (!field.querySelector('[id$="-serviceSite"]')) {
      return;
    }
    field.querySelectorAll('.fjs-dropdownlist-item').forEach((item) => {
      item.style.display = ownSiteNames.includes(item.textContent.trim()) ? '' : 'none';
    });
  });
}

function forgetRoles() {
  ownSiteNames = null;
  [...document.body.classList].filter((name) => name.startsWith('rehab-group-') || name === 'rehab-may-start'
      || name === 'rehab-roles-known').forEach((name) => document.body.classList.remove(name));
}

markRoles();
// Tasklist signs out and in without reloading the page: another user may sign in at the same computer.
window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    forgetRoles();
  } else if (!document.body.classList.contains('rehab-roles-known')) {
    markRoles();
  }
});

// 4. Accessible names and tab order for what Tasklist renders without them.
const NAMES = [
  ['.sort-direction, [ng-click*="changeOrder"]', 'Change sort direction'],
  ['[ng-click*="addSorting"], .sorting-choice-add', 'Add a sort order'],
  ['.task-filter-hint, [ng-click*="openModal"]', 'Filter details'],
  ['.btn-link.remove-criterion', 'Remove this criterion'],
  ['[cam-tasklist-filter-modal], .edit-filter', 'Edit filter'],
  ['.btn.dropdown-toggle', 'More options'],
  ['.search-link, [cam-share-link] button, [ng-click*="copyLink"]', 'Copy link to this search'],
  ['[ng-click*="saveSearch"], .save-search', 'Save search']
];

/**
 * The name a screen reader would read: a label, a title, or the text shown. Text that Tasklist hides at
 * this width (Bootstrap's hidden-* classes) does not count; only then is the layout asked.
 */
function accessibleText(element) {
  const named = element.getAttribute('aria-label') || element.getAttribute('title');
  if (named) {
    return named.trim();
  }
  const text = element.querySelector('[class*="hidden-"]') ? element.innerText : element.textContent;
  return (text || '').trim();
}

function nameUnnamed(root) {
  NAMES.forEach(([selector, name]) => {
    root.querySelectorAll(selector).forEach((element) => {
      if (!accessibleText(element)) {
        element.setAttribute('aria-label', name);
      }
    });
  });
  // Icon-only buttons and links: their title, or what their icon shows.
  root.querySelectorAll('button, a[href], a[ng-click], [role="button"]').forEach((element) => {
    if (accessibleText(element)) {
      return;
    }
    const tooltip = element.getAttribute('uib-tooltip') || (element.querySelector('[uib-tooltip]') || element).getAttribute('uib-tooltip');
    const icon = element.matches('[class*="glyphicon-"]') ? element : element.querySelector('[class*="glyphicon-"], [class*="mdi-"]');
    const iconName = icon ? ((icon.getAttribute('class') || '').match(/(?:glyphicon|mdi)-([a-z-]+)/) || [])[1] : null;
    const hidden = (element.textContent || '').trim();
    element.setAttribute('aria-label', tooltip || hidden || (iconName ? iconName.replace(/-/g, ' ') : 'Action'));
  });
  root.querySelectorAll('[tabindex]').forEach((element) => {
    if (Number(element.getAttribute('tabindex')) > 0) {
      element.setAttribute('tabindex', '0');
    }
  });
  // aria attributes a plain element may not carry (axe: aria-allowed-attr).
  root.querySelectorAll('[aria-expanded]:not(button):not(a):not([role])').forEach((element) => {
    element.removeAttribute('aria-expanded');
  });
}

// Tasklist's toast when the form's own checks stop a completion says only that "an error happened";
// the fields are marked: say so.
const VAGUE = 'An error happened while submitting the task form';
function explainVagueToast(root) {
  if (!root.querySelector('.fjs-form-field-error')) {
    return;
  }
  root.querySelectorAll('.page-notifications .alert-danger').forEach((toast) => {
    const text = toast.textContent.replace(/\s+/g, ' ').trim();
    if (text.includes(VAGUE) && text.replace(/[×:]/g, '').replace('Close', '').trim() === VAGUE) {
      const message = [...toast.querySelectorAll('*')].find((element) => element.children.length === 0
          && element.textContent.includes(VAGUE));
      if (message) {
        message.textContent = inUserLanguage('Some answers are missing or not accepted: see the fields marked in red.');
      }
    }
  });
}

// 5. Date pickers. form-js reads and writes a date field in the browser's own order (Intl's default
// locale: 2027-11-01 in Swedish, 1/11/2027 in Italian, 1.11.2027 in Finnish, 11/1/2027 in US English),
// but its calendar (flatpickr) is English with Sunday first. flatpickr's own localisation gives it the
// browser's language; every picker opened later uses it, one already open is given it too.
const PICKER_LANGUAGES = {
  sv: {
    weekdays: {
      shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
      longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
        'oktober', 'november', 'december']
    },
    rangeSeparator: ' till ',
    weekAbbreviation: 'v.',
    scrollTitle: 'Scrolla för att ändra',
    toggleTitle: 'Klicka för att växla',
    yearAriaLabel: 'År',
    monthAriaLabel: 'Månad'
  },
  it: {
    weekdays: {
      shorthand: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
      longhand: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato']
    },
    months: {
      shorthand: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
      longhand: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
        'settembre', 'ottobre', 'novembre', 'dicembre']
    },
    rangeSeparator: ' al ',
    weekAbbreviation: 'sett.',
    scrollTitle: 'Scorri per modificare',
    toggleTitle: 'Fai clic per cambiare',
    yearAriaLabel: 'Anno',
    monthAriaLabel: 'Mese'
  },
  fi: {
    weekdays: {
      shorthand: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
      longhand: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai']
    },
    months: {
      shorthand: ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka',
        'marras', 'joulu'],
      longhand: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu',
        'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu']
    },
    rangeSeparator: ' – ',
    weekAbbreviation: 'vk',
    scrollTitle: 'Vieritä muuttaaksesi',
    toggleTitle: 'Vaihda napsauttamalla',
    yearAriaLabel: 'Vuosi',
    monthAriaLabel: 'Kuukausi'
  }
};

/** flatpickr's settings for the browser's language; null for US English, which keeps form-js's. */
function pickerLanguage() {
  const tag = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').toLowerCase();
  const language = PICKER_LANGUAGES[tag.split('-')[0]];
  if (language) {
    return { ...language, firstDayOfWeek: 1 };
  }
  // English outside the US (en-GB, en-IE, ...): Monday first, English names.
  return tag.startsWith('en') && tag !== 'en' && tag !== 'en-us' ? { firstDayOfWeek: 1 } : null;
}

const PICKER = pickerLanguage();

function localizePickers(root) {
  if (!PICKER || !window.flatpickr) {
    return;
  }
  if (!window.flatpickr.rehabLocalized) {
    window.flatpickr.localize(PICKER);
    window.flatpickr.rehabLocalized = true;
  }
  root.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.rehabLocalized) {
      picker.rehabLocalized = true;
      picker.set('locale', PICKER);
    }
  });
}

let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      nameUnnamed(document);
      explainVagueToast(document);
      explainPatterns(document);
      translateFormMessages(document);
      offerOnlyOwnSites(document);
      localizePickers(document);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });
nameUnnamed(document);
localizePickers(document);

export default [];
