/*
 * "In my own words": the participant's own page. The participant opens it with the one-time code
 * from the supervisor (in the link's fragment, or typed in), answers the questionnaire on the phone and
 * sends it. No account, no cookies: the code and the answers given so far are kept only in this tab's
 * sessionStorage, and removed once the answers are received. The page shows the first name and
 * nothing else of the case.
 *
 * Server: POST questionnaire {code, language?} and POST answers {code, answers}, beside this file.
 * Plain ES2017, no dependencies, no inline script (the page's Content-Security-Policy allows none).
 */
(function () {
  'use strict';

  var LANGUAGES = ['en', 'en-easy', 'sv', 'sv-easy', 'it', 'it-easy', 'fi', 'fi-easy'];
  /** Crockford base32: digits and capital letters without I, L, O and U. */
  var CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}$/;
  var KEY_CODE = 'ownWords.code';
  var KEY_ANSWERS = 'ownWords.answers';
  var KEY_LANGUAGE = 'ownWords.language';

  function plural(n, one, many) {
    return n === 1 ? one : many;
  }

  /* The page's words in every language. Functions take the values they show. */
  var TEXTS = {
    'en': {
      title: 'In my own words',
      codeIntro: 'Your supervisor has given you a code. Enter it here to open your questions.',
      codeLabel: 'Your code',
      codeHint: 'The code has 10 letters and numbers, for example K7M2Q-9PX3D.',
      openCode: 'Open my questions',
      loading: 'Opening your questions…',
      greeting: function (name) { return name ? 'Hello ' + name + '!' : 'Hello!'; },
      intro: 'Here are a few questions about you and your life right now. There are no right or wrong answers. '
          + 'Answer the way it feels for you today. Your supervisor and the team working with you will see your answers.',
      hintScale: function (min, max) { return 'Choose a number from ' + min + ' to ' + max + '.'; },
      hintRange: function (min, max) { return 'Move the slider or write a number from ' + min + ' to ' + max + '.'; },
      numberLabel: function (min, max) { return 'Your number (' + min + '–' + max + ')'; },
      notAnswered: 'Not answered yet',
      progress: function (n, total) { return 'You have answered ' + n + ' of ' + total + ' questions.'; },
      send: 'Send my answers',
      sending: 'Sending your answers…',
      missing: function (n) {
        return 'Please answer every question. ' + plural(n, '1 question is', n + ' questions are') + ' not answered yet.';
      },
      answerThis: 'Please answer this question.',
      numberOutside: function (min, max) { return 'Please write a whole number from ' + min + ' to ' + max + '.'; },
      checkAnswer: 'Please check this answer.',
      checkMarked: 'Some answers could not be saved. Please check the marked questions.',
      codeEmpty: 'Please enter your code.',
      codeMalformed: 'This does not look like a code. A code has 10 letters and numbers, for example K7M2Q-9PX3D.',
      codeNotValid: 'This code does not work. Please ask your supervisor for a new code.',
      tooMany: function (m) {
        return 'Too many tries. Please wait ' + m + ' ' + plural(m, 'minute', 'minutes') + ' and try again.';
      },
      offline: 'The page could not reach the server. Check your internet connection and try again.',
      failed: 'Something went wrong. Please try again in a little while.',
      thanks: function (name) {
        return (name ? 'Thank you, ' + name + '.' : 'Thank you.') + ' Your answers are saved. You can close this page.';
      }
    },

    'en-easy': {
      title: 'In my own words',
      codeIntro: 'You got a code from your supervisor. Write the code here.',
      codeLabel: 'Your code',
      codeHint: 'The code has 10 letters and numbers. It looks like this: K7M2Q-9PX3D.',
      openCode: 'Open',
      loading: 'Please wait. Your questions are opening.',
      greeting: function (name) { return name ? 'Hello ' + name + '!' : 'Hello!'; },
      intro: 'Here are some questions about you. There are no right or wrong answers. '
          + 'Answer how you feel today. Your supervisor and your team will see your answers.',
      hintScale: function (min, max) { return 'Choose one number from ' + min + ' to ' + max + '.'; },
      hintRange: function (min, max) { return 'Move the slider. Or write a number from ' + min + ' to ' + max + '.'; },
      numberLabel: function (min, max) { return 'Your number (' + min + ' to ' + max + ')'; },
      notAnswered: 'No answer yet',
      progress: function (n, total) { return 'You have answered ' + n + ' of ' + total + ' questions.'; },
      send: 'Send my answers',
      sending: 'Please wait. Your answers are being sent.',
      missing: function (n) {
        return n === 1 ? 'One question has no answer yet. Please answer it.'
            : n + ' questions have no answer yet. Please answer all the questions.';
      },
      answerThis: 'Please answer this question.',
      numberOutside: function (min, max) { return 'Please write a number from ' + min + ' to ' + max + '.'; },
      checkAnswer: 'Please look at this answer again.',
      checkMarked: 'Some answers were not saved. Please look at the marked questions.',
      codeEmpty: 'Please write your code.',
      codeMalformed: 'This is not a code. A code has 10 letters and numbers. It looks like this: K7M2Q-9PX3D.',
      codeNotValid: 'This code does not work. Ask your supervisor for a new code.',
      tooMany: function (m) {
        return 'You tried too many times. Please wait ' + m + ' ' + plural(m, 'minute', 'minutes') + '. Then try again.';
      },
      offline: 'The page cannot connect. Check your internet. Then try again.',
      failed: 'Something went wrong. Please try again later.',
      thanks: function (name) {
        return (name ? 'Thank you, ' + name + '.' : 'Thank you.') + ' Your answers are saved. You can close this page.';
      }
    },

    'sv': {
      title: 'Med mina egna ord',
      codeIntro: 'Du har fått en kod av din handledare. Skriv in den här för att öppna dina frågor.',
      codeLabel: 'Din kod',
      codeHint: 'Koden har 10 bokstäver och siffror, till exempel K7M2Q-9PX3D.',
      openCode: 'Öppna mina frågor',
      loading: 'Dina frågor öppnas …',
      greeting: function (name) { return name ? 'Hej ' + name + '!' : 'Hej!'; },
      intro: 'Här är några frågor om dig och ditt liv just nu. Det finns inga rätt eller fel svar. '
          + 'Svara så som det känns för dig i dag. Din handledare och teamet som arbetar med dig kommer att se dina svar.',
      hintScale: function (min, max) { return 'Välj en siffra från ' + min + ' till ' + max + '.'; },
      hintRange: function (min, max) { return 'Dra i reglaget eller skriv ett tal från ' + min + ' till ' + max + '.'; },
      numberLabel: function (min, max) { return 'Ditt tal (' + min + '–' + max + ')'; },
      notAnswered: 'Inte besvarad än',
      progress: function (n, total) { return 'Du har svarat på ' + n + ' av ' + total + ' frågor.'; },
      send: 'Skicka mina svar',
      sending: 'Dina svar skickas …',
      missing: function (n) {
        return 'Svara på alla frågor. ' + plural(n, '1 fråga är', n + ' frågor är') + ' inte '
            + plural(n, 'besvarad', 'besvarade') + ' än.';
      },
      answerThis: 'Svara på den här frågan.',
      numberOutside: function (min, max) { return 'Skriv ett heltal från ' + min + ' till ' + max + '.'; },
      checkAnswer: 'Kontrollera det här svaret.',
      checkMarked: 'Några svar kunde inte sparas. Kontrollera de markerade frågorna.',
      codeEmpty: 'Skriv in din kod.',
      codeMalformed: 'Det här ser inte ut som en kod. En kod har 10 bokstäver och siffror, till exempel K7M2Q-9PX3D.',
      codeNotValid: 'Koden fungerar inte. Be din handledare om en ny kod.',
      tooMany: function (m) {
        return 'För många försök. Vänta ' + m + ' ' + plural(m, 'minut', 'minuter') + ' och försök sedan igen.';
      },
      offline: 'Sidan får ingen kontakt med servern. Kontrollera din internetanslutning och försök igen.',
      failed: 'Något gick fel. Försök igen om en stund.',
      thanks: function (name) {
        return (name ? 'Tack, ' + name + '.' : 'Tack.') + ' Dina svar är sparade. Du kan stänga sidan nu.';
      }
    },

    'sv-easy': {
      title: 'Med mina egna ord',
      codeIntro: 'Du har fått en kod av din handledare. Skriv koden här.',
      codeLabel: 'Din kod',
      codeHint: 'Koden har 10 bokstäver och siffror. Den ser ut så här: K7M2Q-9PX3D.',
      openCode: 'Öppna',
      loading: 'Vänta lite. Dina frågor öppnas.',
      greeting: function (name) { return name ? 'Hej ' + name + '!' : 'Hej!'; },
      intro: 'Här är några frågor om dig. Det finns inga rätt eller fel svar. '
          + 'Svara som du känner i dag. Din handledare och ditt team får se dina svar.',
      hintScale: function (min, max) { return 'Välj en siffra från ' + min + ' till ' + max + '.'; },
      hintRange: function (min, max) { return 'Dra i reglaget. Eller skriv ett tal från ' + min + ' till ' + max + '.'; },
      numberLabel: function (min, max) { return 'Ditt tal (' + min + ' till ' + max + ')'; },
      notAnswered: 'Inget svar än',
      progress: function (n, total) { return 'Du har svarat på ' + n + ' av ' + total + ' frågor.'; },
      send: 'Skicka mina svar',
      sending: 'Vänta lite. Dina svar skickas.',
      missing: function (n) {
        return n === 1 ? 'En fråga har inget svar än. Svara på den.'
            : n + ' frågor har inget svar än. Svara på alla frågor.';
      },
      answerThis: 'Svara på den här frågan.',
      numberOutside: function (min, max) { return 'Skriv ett tal från ' + min + ' till ' + max + '.'; },
      checkAnswer: 'Titta på det här svaret igen.',
      checkMarked: 'Några svar sparades inte. Titta på frågorna som är markerade.',
      codeEmpty: 'Skriv din kod.',
      codeMalformed: 'Det här är inte en kod. En kod har 10 bokstäver och siffror. Den ser ut så här: K7M2Q-9PX3D.',
      codeNotValid: 'Koden fungerar inte. Be din handledare om en ny kod.',
      tooMany: function (m) {
        return 'Du har försökt för många gånger. Vänta ' + m + ' ' + plural(m, 'minut', 'minuter') + '. Försök sedan igen.';
      },
      offline: 'Sidan får ingen kontakt. Kontrollera ditt internet. Försök sedan igen.',
      failed: 'Något gick fel. Försök igen senare.',
      thanks: function (name) {
        return (name ? 'Tack, ' + name + '.' : 'Tack.') + ' Dina svar är sparade. Du kan stänga sidan nu.';
      }
    },

    'it': {
      title: 'Con parole mie',
      codeIntro: 'Il tuo tutor ti ha dato un codice. Inseriscilo qui per aprire le tue domande.',
      codeLabel: 'Il tuo codice',
      codeHint: 'Il codice ha 10 lettere e numeri, per esempio K7M2Q-9PX3D.',
      openCode: 'Apri le mie domande',
      loading: 'Stiamo aprendo le tue domande…',
      greeting: function (name) { return name ? 'Ciao ' + name + '!' : 'Ciao!'; },
      intro: 'Ecco alcune domande su di te e sulla tua vita in questo momento. Non ci sono risposte giuste o sbagliate. '
          + 'Rispondi come ti senti oggi. Il tuo tutor e il gruppo di lavoro che ti segue vedranno le tue risposte.',
      hintScale: function (min, max) { return 'Scegli un numero da ' + min + ' a ' + max + '.'; },
      hintRange: function (min, max) { return 'Sposta il cursore oppure scrivi un numero da ' + min + ' a ' + max + '.'; },
      numberLabel: function (min, max) { return 'Il tuo numero (' + min + '–' + max + ')'; },
      notAnswered: 'Nessuna risposta per ora',
      progress: function (n, total) {
        return 'Hai risposto a ' + n + ' ' + plural(n, 'domanda', 'domande') + ' su ' + total + '.';
      },
      send: 'Invia le mie risposte',
      sending: 'Stiamo inviando le tue risposte…',
      missing: function (n) {
        return 'Rispondi a tutte le domande. ' + plural(n, 'Manca ancora 1 risposta.', 'Mancano ancora ' + n + ' risposte.');
      },
      answerThis: 'Rispondi a questa domanda.',
      numberOutside: function (min, max) { return 'Scrivi un numero intero da ' + min + ' a ' + max + '.'; },
      checkAnswer: 'Controlla questa risposta.',
      checkMarked: 'Alcune risposte non sono state salvate. Controlla le domande segnate.',
      codeEmpty: 'Scrivi il tuo codice.',
      codeMalformed: 'Questo non sembra un codice. Il codice ha 10 lettere e numeri, per esempio K7M2Q-9PX3D.',
      codeNotValid: 'Questo codice non funziona. Chiedi un nuovo codice al tuo tutor.',
      tooMany: function (m) {
        return 'Troppi tentativi. Aspetta ' + m + ' ' + plural(m, 'minuto', 'minuti') + ' e poi riprova.';
      },
      offline: 'La pagina non riesce a collegarsi al server. Controlla la connessione a internet e riprova.',
      failed: 'Qualcosa non ha funzionato. Riprova tra poco.',
      thanks: function (name) {
        return (name ? 'Grazie, ' + name + '.' : 'Grazie.') + ' Le tue risposte sono state salvate. Puoi chiudere questa pagina.';
      }
    },

    'it-easy': {
      title: 'Con parole mie',
      codeIntro: 'Il tuo tutor ti ha dato un codice. Scrivi il codice qui.',
      codeLabel: 'Il tuo codice',
      codeHint: 'Il codice ha 10 lettere e numeri. Per esempio: K7M2Q-9PX3D.',
      openCode: 'Apri',
      loading: 'Aspetta un momento. Le domande si stanno aprendo.',
      greeting: function (name) { return name ? 'Ciao ' + name + '!' : 'Ciao!'; },
      intro: 'Ecco alcune domande su di te. Non ci sono risposte giuste o sbagliate. '
          + 'Rispondi come ti senti oggi. Il tuo tutor e le persone che ti seguono vedranno le tue risposte.',
      hintScale: function (min, max) { return 'Scegli un numero da ' + min + ' a ' + max + '.'; },
      hintRange: function (min, max) { return 'Sposta il cursore. Oppure scrivi un numero da ' + min + ' a ' + max + '.'; },
      numberLabel: function (min, max) { return 'Il tuo numero (da ' + min + ' a ' + max + ')'; },
      notAnswered: 'Ancora nessuna risposta',
      progress: function (n, total) {
        return 'Hai risposto a ' + n + ' ' + plural(n, 'domanda', 'domande') + ' su ' + total + '.';
      },
      send: 'Invia le risposte',
      sending: 'Aspetta un momento. Stiamo inviando le risposte.',
      missing: function (n) {
        return n === 1 ? 'Manca una risposta. Rispondi a tutte le domande.'
            : 'Mancano ' + n + ' risposte. Rispondi a tutte le domande.';
      },
      answerThis: 'Rispondi a questa domanda.',
      numberOutside: function (min, max) { return 'Scrivi un numero da ' + min + ' a ' + max + '.'; },
      checkAnswer: 'Guarda di nuovo questa risposta.',
      checkMarked: 'Alcune risposte non sono state salvate. Guarda le domande segnate.',
      codeEmpty: 'Scrivi il tuo codice.',
      codeMalformed: 'Questo non è un codice. Il codice ha 10 lettere e numeri. Per esempio: K7M2Q-9PX3D.',
      codeNotValid: 'Questo codice non funziona. Chiedi un nuovo codice al tuo tutor.',
      tooMany: function (m) {
        return 'Hai provato troppe volte. Aspetta ' + m + ' ' + plural(m, 'minuto', 'minuti') + '. Poi prova di nuovo.';
      },
      offline: 'La pagina non si collega. Controlla internet. Poi prova di nuovo.',
      failed: 'Qualcosa non ha funzionato. Prova di nuovo più tardi.',
      thanks: function (name) {
        return (name ? 'Grazie, ' + name + '.' : 'Grazie.') + ' Le tue risposte sono salvate. Puoi chiudere questa pagina.';
      }
    },

    'fi': {
      title: 'Omin sanoin',
      codeIntro: 'Olet saanut ohjaajaltasi koodin. Kirjoita se tähän, niin pääset kysymyksiin.',
      codeLabel: 'Koodisi',
      codeHint: 'Koodissa on 10 kirjainta ja numeroa, esimerkiksi K7M2Q-9PX3D.',
      openCode: 'Avaa kysymykset',
      loading: 'Kysymyksiä avataan…',
      greeting: function (name) { return name ? 'Hei ' + name + '!' : 'Hei!'; },
      intro: 'Tässä on muutama kysymys sinusta ja elämästäsi juuri nyt. Oikeita tai vääriä vastauksia ei ole. '
          + 'Vastaa niin kuin sinusta tänään tuntuu. Ohjaajasi ja sinua tukeva työryhmä näkevät vastauksesi.',
      hintScale: function (min, max) { return 'Valitse numero väliltä ' + min + '–' + max + '.'; },
      hintRange: function (min, max) { return 'Siirrä liukusäädintä tai kirjoita numero väliltä ' + min + '–' + max + '.'; },
      numberLabel: function (min, max) { return 'Numerosi (' + min + '–' + max + ')'; },
      notAnswered: 'Ei vielä vastattu',
      progress: function (n, total) { return 'Vastattuja kysymyksiä: ' + n + '/' + total + '.'; },
      send: 'Lähetä vastaukseni',
      sending: 'Vastauksia lähetetään…',
      missing: function (n) {
        return 'Vastaa kaikkiin kysymyksiin. '
            + plural(n, 'Yksi kysymys on', n + ' kysymystä on') + ' vielä vastaamatta.';
      },
      answerThis: 'Vastaa tähän kysymykseen.',
      numberOutside: function (min, max) { return 'Kirjoita kokonaisluku väliltä ' + min + '–' + max + '.'; },
      checkAnswer: 'Tarkista tämä vastaus.',
      checkMarked: 'Kaikkia vastauksia ei voitu tallentaa. Tarkista merkityt kysymykset.',
      codeEmpty: 'Kirjoita koodisi.',
      codeMalformed: 'Tämä ei näytä koodilta. Koodissa on 10 kirjainta ja numeroa, esimerkiksi K7M2Q-9PX3D.',
      codeNotValid: 'Koodi ei toimi. Pyydä ohjaajaltasi uusi koodi.',
      tooMany: function (m) {
        return 'Liian monta yritystä. Odota ' + m + ' ' + plural(m, 'minuutti', 'minuuttia') + ' ja yritä sitten uudelleen.';
      },
      offline: 'Sivu ei saa yhteyttä palvelimeen. Tarkista internetyhteys ja yritä uudelleen.',
      failed: 'Jokin meni vikaan. Yritä hetken päästä uudelleen.',
      thanks: function (name) {
        return (name ? 'Kiitos, ' + name + '.' : 'Kiitos.') + ' Vastauksesi on tallennettu. Voit nyt sulkea tämän sivun.';
      }
    },

    'fi-easy': {
      title: 'Omin sanoin',
      codeIntro: 'Sait ohjaajalta koodin. Kirjoita koodi tähän.',
      codeLabel: 'Koodisi',
      codeHint: 'Koodissa on 10 kirjainta ja numeroa. Se näyttää tältä: K7M2Q-9PX3D.',
      openCode: 'Avaa',
      loading: 'Odota hetki. Kysymykset avautuvat.',
      greeting: function (name) { return name ? 'Hei ' + name + '!' : 'Hei!'; },
      intro: 'Tässä on kysymyksiä sinusta. Oikeita tai vääriä vastauksia ei ole. '
          + 'Vastaa niin kuin tunnet tänään. Ohjaajasi ja tiimisi näkevät vastauksesi.',
      hintScale: function (min, max) { return 'Valitse yksi numero väliltä ' + min + '–' + max + '.'; },
      hintRange: function (min, max) { return 'Liikuta liukusäädintä. Tai kirjoita numero väliltä ' + min + '–' + max + '.'; },
      numberLabel: function (min, max) { return 'Numerosi (' + min + '–' + max + ')'; },
      notAnswered: 'Ei vastausta vielä',
      progress: function (n, total) { return 'Vastattuja kysymyksiä: ' + n + '/' + total + '.'; },
      send: 'Lähetä vastaukset',
      sending: 'Odota hetki. Vastaukset lähtevät.',
      missing: function (n) {
        return n === 1 ? 'Yhteen kysymykseen ei ole vastausta. Vastaa kaikkiin kysymyksiin.'
            : n + ' kysymykseen ei ole vastausta. Vastaa kaikkiin kysymyksiin.';
      },
      answerThis: 'Vastaa tähän kysymykseen.',
      numberOutside: function (min, max) { return 'Kirjoita numero väliltä ' + min + '–' + max + '.'; },
      checkAnswer: 'Katso tämä vastaus uudelleen.',
      checkMarked: 'Kaikki vastaukset eivät tallentuneet. Katso merkityt kysymykset.',
      codeEmpty: 'Kirjoita koodi.',
      codeMalformed: 'Tämä ei ole koodi. Koodissa on 10 kirjainta ja numeroa. Se näyttää tältä: K7M2Q-9PX3D.',
      codeNotValid: 'Koodi ei toimi. Pyydä ohjaajalta uusi koodi.',
      tooMany: function (m) {
        return 'Yritit liian monta kertaa. Odota ' + m + ' ' + plural(m, 'minuutti', 'minuuttia') + '. Yritä sitten uudelleen.';
      },
      offline: 'Sivu ei saa yhteyttä. Tarkista internet. Yritä sitten uudelleen.',
      failed: 'Jokin meni vikaan. Yritä myöhemmin uudelleen.',
      thanks: function (name) {
        return (name ? 'Kiitos, ' + name + '.' : 'Kiitos.') + ' Vastauksesi on tallennettu. Voit nyt sulkea sivun.';
      }
    }
  };

  /* The server's endpoints sit beside this script, wherever the application is mounted. */
  var SCRIPT_URL = document.currentScript ? document.currentScript.src : location.href;
  var ENDPOINT_QUESTIONNAIRE = new URL('questionnaire', SCRIPT_URL).href;
  var ENDPOINT_ANSWERS = new URL('answers', SCRIPT_URL).href;

  var state = {
    step: 'none',          // 'loading', 'code', 'questions' or 'done'
    code: null,
    language: 'en',
    languageChosen: false, // chosen on this page: asked of the server instead of the invitation's own
    questionnaire: null,
    firstName: null,
    answers: {},           // question code -> integer
    errors: {},            // question code -> {key, args}
    status: null,          // {key, args, kind}
    busy: null,            // null, 'loading' or 'sending'
    textsStale: false,     // another language was chosen while sending: fetch its words afterwards
    request: 0
  };

  function $(id) {
    return document.getElementById(id);
  }

  /* ---- sessionStorage: only this tab, gone when it closes; the page still works without it ---- */

  function read(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (e) {
      // Private browsing or storage turned off: the answers live in the page only.
    }
  }

  function remove(key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (e) {
      // As above.
    }
  }

  function saveAnswers() {
    if (state.code) {
      write(KEY_ANSWERS, JSON.stringify({ code: state.code, answers: state.answers }));
    }
  }

  function restoreAnswers(code) {
    var saved = null;
    try {
      saved = JSON.parse(read(KEY_ANSWERS) || 'null');
    } catch (e) {
      saved = null;
    }
    var answers = {};
    if (saved && saved.code === code && saved.answers && typeof saved.answers === 'object') {
      Object.keys(saved.answers).forEach(function (question) {
        if (Number.isInteger(saved.answers[question])) {
          answers[question] = saved.answers[question];
        }
      });
    }
    return answers;
  }

  function forgetCode() {
    remove(KEY_CODE);
    remove(KEY_ANSWERS);
    state.code = null;
    state.answers = {};
    state.errors = {};
  }

  /* ---- the code ---- */

  /** Leaves out spaces and dashes, in capitals; O reads as 0 and I, L as 1, as Crockford base32 allows. */
  function normaliseCode(raw) {
    return String(raw || '').replace(/[\s\-‐‑‒–—_.]/g, '').toUpperCase()
        .replace(/O/g, '0').replace(/[IL]/g, '1');
  }

  function grouped(code) {
    return code.length === 10 ? code.slice(0, 5) + '-' + code.slice(5) : code;
  }

  /** The code in the link's fragment, taken out of the address bar at once. */
  function takeCodeFromAddress() {
    if (!location.hash || location.hash.length < 2) {
      return null;
    }
    var raw = location.hash.slice(1);
    try {
      raw = decodeURIComponent(raw);
    } catch (e) {
      // Keep it as it is.
    }
    try {
      history.replaceState(history.state, '', location.pathname + location.search);
    } catch (e) {
      location.hash = '';
    }
    return normaliseCode(raw) || null;
  }

  /* ---- language ---- */

  function browserLanguage() {
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (base === 'sv' || base === 'it' || base === 'fi' || base === 'en') {
        return base;
      }
    }
    return 'en';
  }

  function t() {
    return TEXTS[state.language] || TEXTS.en;
  }

  function say(key, args) {
    var text = t()[key];
    return typeof text === 'function' ? text.apply(null, args || []) : text;
  }

  function applyLanguage() {
    document.documentElement.lang = state.language.split('-')[0];
    document.title = say('title');
    $('language').value = state.language;
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
      element.textContent = say(element.getAttribute('data-text'));
    });
    if (state.busy === 'sending') {
      $('send').textContent = say('sending');
    }
  }

  /* ---- the status region (aria-live) ---- */

  function setStatus(key, args, kind) {
    state.status = key ? { key: key, args: args || [], kind: kind || 'info' } : null;
    renderStatus(true);
  }

  function renderStatus(announce) {
    var region = $('status');
    var status = state.status;
    var text = status ? say(status.key, status.args) : '';
    region.setAttribute('data-kind', status ? status.kind : 'none');
    if (announce && text && region.textContent === text) {
      // The same words again: empty the region first, so that screen readers say them once more.
      region.textContent = '';
      window.setTimeout(function () {
        if (state.status === status) {
          region.textContent = text;
        }
      }, 100);
    } else {
      region.textContent = text;
    }
  }

  /* ---- steps ---- */

  function showStep(step) {
    // 'loading' shows neither form: only the status region says that the questions are opening.
    state.step = step;
    $('code-step').hidden = step !== 'code';
    $('questions-step').hidden = step !== 'questions';
    $('confirmation').hidden = step !== 'done';
  }

  function showCodeStep(message, prefill) {
    showStep('code');
    var input = $('code');
    if (prefill) {
      input.value = grouped(prefill);
    }
    markCode(!!message && CODE_MESSAGES.indexOf(message[0]) >= 0);
    if (message) {
      setStatus(message[0], message[1], message[2] || 'error');
    }
  }

  var CODE_MESSAGES = ['codeEmpty', 'codeMalformed', 'codeNotValid'];

  function markCode(invalid) {
    var input = $('code');
    if (invalid) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'code-hint status');
    } else {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', 'code-hint');
    }
  }

  /** null, 'loading' or 'sending'. The buttons stay focusable while the page waits: a click is ignored. */
  function setBusy(busy) {
    state.busy = busy;
    ['open-code', 'send'].forEach(function (id) {
      var button = $(id);
      if (busy) {
        button.setAttribute('aria-disabled', 'true');
      } else {
        button.removeAttribute('aria-disabled');
      }
    });
    $('send').textContent = busy === 'sending' ? say('sending') : say('send');
  }

  function reducedMotion() {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  function focus(element) {
    if (!element) {
      return;
    }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /* ---- the server ---- */

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store'
    });
  }

  function problemOf(response) {
    return response.json().catch(function () {
      return {};
    });
  }

  /** Retry-After in whole minutes, at least one: seconds or an HTTP date. */
  function minutesToWait(response) {
    var header = response.headers.get('Retry-After');
    var seconds = 60;
    if (header) {
      if (/^\s*\d+\s*$/.test(header)) {
        seconds = parseInt(header, 10);
      } else if (!isNaN(Date.parse(header))) {
        seconds = (Date.parse(header) - Date.now()) / 1000;
      }
    }
    return Math.max(1, Math.ceil(seconds / 60));
  }

  /* ---- step 1: the code ---- */

  function onCodeSubmit(event) {
    event.preventDefault();
    if (state.busy) {
      return;
    }
    var code = normaliseCode($('code').value);
    if (!code) {
      showCodeStep(['codeEmpty']);
      focus($('code'));
      return;
    }
    if (!CODE_PATTERN.test(code)) {
      showCodeStep(['codeMalformed']);
      focus($('code'));
      return;
    }
    if (code !== read(KEY_CODE)) {
      remove(KEY_ANSWERS);
      state.answers = {};
    }
    state.code = code;
    write(KEY_CODE, code);
    loadQuestionnaire('open');
  }

  /* ---- step 2: the questionnaire ---- */

  /**
   * Asks the server for the questionnaire in the page's language. why: 'open' (a code just given or
   * restored after a reload) or 'language' (the participant chose another language: same answers).
   */
  async function loadQuestionnaire(why) {
    var request = ++state.request;
    // The page's language: chosen here, or the browser's. The server answers in it.
    var body = { code: state.code, language: state.language };
    setBusy('loading');
    if (why === 'open') {
      markCode(false);
      setStatus('loading', [], 'info');
    }
    var response;
    try {
      response = await post(ENDPOINT_QUESTIONNAIRE, body);
    } catch (e) {
      if (request === state.request) {
        setBusy(null);
        if (state.step !== 'questions') {
          showCodeStep(['offline'], state.code);
        } else {
          setStatus('offline', [], 'error');
        }
      }
      return;
    }
    if (request !== state.request || state.step === 'done') {
      return;
    }
    if (response.ok) {
      var questionnaire;
      try {
        questionnaire = await response.json();
      } catch (e) {
        questionnaire = null;
      }
      if (request !== state.request || state.step === 'done') {
        return;
      }
      setBusy(null);
      if (!questionnaire || !Array.isArray(questionnaire.questions)) {
        setStatus('failed', [], 'error');
        return;
      }
      showQuestionnaire(questionnaire, why);
      return;
    }
    setBusy(null);
    await handleCodeProblem(response, why === 'open' ? null : 'questions');
  }

  /** 404, 429 and 400 about the code, the same for both endpoints. Returns true when handled. */
  async function handleCodeProblem(response, stayOn) {
    var problem = await problemOf(response);
    if (response.status === 404) {
      // Unknown, used, expired or withdrawn: the page does not say which.
      forgetCode();
      if (stayOn === 'questions') {
        $('code').value = '';
        state.questionnaire = null;
        $('question-list').textContent = '';
      }
      showCodeStep(['codeNotValid']);
      focus($('code'));
      return true;
    }
    if (response.status === 429) {
      var minutes = minutesToWait(response);
      if (stayOn === 'questions') {
        setStatus('tooMany', [minutes], 'error');
      } else {
        showCodeStep(['tooMany', [minutes]], state.code);
      }
      return true;
    }
    if (response.status === 400 && problem.code === 'CODE_MALFORMED') {
      var code = state.code;
      forgetCode();
      showCodeStep(['codeMalformed'], code);
      focus($('code'));
      return true;
    }
    if (stayOn === 'questions') {
      setStatus('failed', [], 'error');
    } else {
      showCodeStep(['failed'], state.code);
    }
    return false;
  }

  function showQuestionnaire(questionnaire, why) {
    state.questionnaire = questionnaire;
    state.firstName = typeof questionnaire.firstName === 'string' && questionnaire.firstName.trim()
        ? questionnaire.firstName.trim() : null;
    if (LANGUAGES.indexOf(questionnaire.language) >= 0 && (!state.languageChosen || why === 'language')) {
      // The language of the texts received: the invitation's own at first, later the one chosen here.
      state.language = questionnaire.language;
    }
    var known = {};
    questionnaire.questions.forEach(function (question) {
      known[question.code] = question;
    });
    Object.keys(state.answers).forEach(function (code) {
      var question = known[code];
      if (!question || state.answers[code] < question.scaleMin || state.answers[code] > question.scaleMax) {
        delete state.answers[code];
      }
    });
    var hadFocus = document.activeElement;
    showStep('questions');
    applyLanguage();
    renderQuestionnaire();
    if (why === 'open') {
      setStatus(null);
      focus($('greeting'));
    } else if (state.status && state.status.key === 'offline') {
      setStatus(null);
    }
    if (why === 'language' && hadFocus === $('language')) {
      $('language').focus();
    }
  }

  function isScale(question) {
    return question.scaleMax - question.scaleMin <= 10;
  }

  function renderQuestionnaire() {
    $('greeting').textContent = say('greeting', [state.firstName]);
    var list = $('question-list');
    list.textContent = '';
    state.questionnaire.questions.forEach(function (question) {
      list.appendChild(isScale(question) ? scaleQuestion(question) : sliderQuestion(question));
    });
    Object.keys(state.errors).forEach(showError);
    renderProgress();
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function questionFrame(question, hint) {
    var code = question.code;
    var fieldset = element('fieldset', {
      id: 'q-' + code, 'class': 'question', 'data-question': code, 'aria-describedby': 'hint-' + code
    });
    fieldset.appendChild(element('legend', { id: 'legend-' + code }, question.text));
    fieldset.appendChild(element('p', { id: 'hint-' + code, 'class': 'hint' }, hint));
    var error = element('p', { id: 'err-' + code, 'class': 'error' });
    error.hidden = true;
    fieldset.appendChild(error);
    return fieldset;
  }

  /** A 1-5 question: large radio buttons showing the number, the scale's words at both ends. */
  function scaleQuestion(question) {
    var code = question.code;
    var fieldset = questionFrame(question, say('hintScale', [question.scaleMin, question.scaleMax]));
    var choices = element('div', { 'class': 'choices' });
    for (var value = question.scaleMin; value <= question.scaleMax; value++) {
      var label = element('label', { 'class': 'choice', 'for': code + '-' + value });
      var attributes = { type: 'radio', id: code + '-' + value, name: code, value: String(value) };
      var ends = [];
      if (value === question.scaleMin) {
        ends.push('low-' + code);
      }
      if (value === question.scaleMax) {
        ends.push('high-' + code);
      }
      if (ends.length) {
        attributes['aria-describedby'] = ends.join(' ');
        attributes['data-ends'] = ends.join(' ');
      }
      var input = element('input', attributes);
      input.checked = state.answers[code] === value;
      input.addEventListener('change', onRadioChange);
      label.appendChild(input);
      label.appendChild(element('span', { 'class': 'choice-number' }, String(value)));
      choices.appendChild(label);
    }
    fieldset.appendChild(choices);
    fieldset.appendChild(endWords(question, false));
    return fieldset;
  }

  function endWords(question, withNumbers) {
    var code = question.code;
    var ends = element('div', { 'class': 'ends' });
    var low = element('span', { id: 'low-' + code, 'class': 'end end-low' });
    var high = element('span', { id: 'high-' + code, 'class': 'end end-high' });
    if (withNumbers) {
      low.appendChild(element('span', { 'class': 'end-number' }, String(question.scaleMin)));
      low.appendChild(document.createTextNode(' ' + question.lowLabel));
      high.appendChild(element('span', { 'class': 'end-number' }, String(question.scaleMax)));
      high.appendChild(document.createTextNode(' ' + question.highLabel));
    } else {
      low.textContent = question.lowLabel;
      high.textContent = question.highLabel;
    }
    ends.appendChild(low);
    ends.appendChild(high);
    return ends;
  }

  /**
   * A wide scale (health today, 0-100): a slider and a number field showing the same value. Neither
   * counts as an answer until it is touched: the slider then shows a hollow handle and says
   * "not answered yet", and the number field is empty.
   */
  function sliderQuestion(question) {
    var code = question.code;
    var min = question.scaleMin;
    var max = question.scaleMax;
    var fieldset = questionFrame(question, say('hintRange', [min, max]));
    fieldset.classList.add('slider-question');

    var range = element('input', {
      type: 'range', id: 'range-' + code, min: String(min), max: String(max), step: '1',
      'aria-labelledby': 'legend-' + code, 'aria-describedby': 'low-' + code + ' high-' + code,
      'data-ends': 'low-' + code + ' high-' + code, 'data-question': code
    });
    fieldset.appendChild(range);
    fieldset.appendChild(endWords(question, true));

    var row = element('div', { 'class': 'number-row' });
    row.appendChild(element('label', { 'for': 'number-' + code }, say('numberLabel', [min, max])));
    var number = element('input', {
      type: 'number', id: 'number-' + code, min: String(min), max: String(max), step: '1',
      inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': 'state-' + code,
      'data-ends': 'state-' + code, 'data-question': code
    });
    row.appendChild(number);
    row.appendChild(element('span', { id: 'state-' + code, 'class': 'answer-state' }));
    fieldset.appendChild(row);

    showSliderValue(question, range, number, row.lastChild);

    range.addEventListener('input', onRangeMoved);
    range.addEventListener('change', onRangeMoved);
    // A tap on the handle where it already is moves nothing, but it is an answer all the same.
    range.addEventListener('click', onRangeMoved);
    range.addEventListener('pointerup', onRangeMoved);
    number.addEventListener('input', onNumberTyped);
    number.addEventListener('change', onNumberLeft);
    return fieldset;
  }

  function showSliderValue(question, range, number, stateText, keepNumber) {
    var value = state.answers[question.code];
    if (Number.isInteger(value)) {
      range.value = String(value);
      range.classList.remove('unset');
      range.removeAttribute('aria-valuetext');
      if (!keepNumber) {
        number.value = String(value);
      }
      stateText.textContent = '';
    } else {
      range.value = String(Math.round((question.scaleMin + question.scaleMax) / 2));
      range.classList.add('unset');
      range.setAttribute('aria-valuetext', say('notAnswered'));
      if (!keepNumber) {
        number.value = '';
      }
      stateText.textContent = say('notAnswered');
    }
  }

  function questionOf(code) {
    var found = null;
    state.questionnaire.questions.forEach(function (question) {
      if (question.code === code) {
        found = question;
      }
    });
    return found;
  }

  function setAnswer(code, value) {
    if (value === undefined) {
      delete state.answers[code];
    } else {
      state.answers[code] = value;
      if (state.errors[code]) {
        delete state.errors[code];
        hideError(code);
      }
    }
    saveAnswers();
    renderProgress();
  }

  function onRadioChange(event) {
    setAnswer(event.target.name, parseInt(event.target.value, 10));
  }

  function onRangeMoved(event) {
    var code = event.target.getAttribute('data-question');
    var question = questionOf(code);
    setAnswer(code, parseInt(event.target.value, 10));
    showSliderValue(question, event.target, $('number-' + code), $('state-' + code));
  }

  /** What the number field holds: an integer on the scale, '' when empty, or null when it is not one. */
  function typedNumber(question, number) {
    var raw = number.value.trim();
    if (raw === '') {
      return number.validity && number.validity.badInput ? null : '';
    }
    if (!/^\d+$/.test(raw)) {
      return null;
    }
    var value = parseInt(raw, 10);
    return value >= question.scaleMin && value <= question.scaleMax ? value : null;
  }

  function onNumberTyped(event) {
    var code = event.target.getAttribute('data-question');
    var question = questionOf(code);
    var value = typedNumber(question, event.target);
    setAnswer(code, typeof value === 'number' ? value : undefined);
    if (value === '' && state.errors[code] && state.errors[code].key === 'numberOutside') {
      delete state.errors[code];
      hideError(code);
    }
    showSliderValue(question, $('range-' + code), event.target, $('state-' + code), true);
  }

  function onNumberLeft(event) {
    var code = event.target.getAttribute('data-question');
    var question = questionOf(code);
    if (typedNumber(question, event.target) === null) {
      state.errors[code] = { key: 'numberOutside', args: [question.scaleMin, question.scaleMax] };
      showError(code);
    }
  }

  function answeredCount() {
    return state.questionnaire.questions.filter(function (question) {
      return Number.isInteger(state.answers[question.code]);
    }).length;
  }

  function renderProgress() {
    if (state.questionnaire) {
      $('progress').textContent = say('progress', [answeredCount(), state.questionnaire.questions.length]);
    }
  }

  /* ---- the messages at a question ---- */

  function controlsOf(code) {
    var fieldset = $('q-' + code);
    return fieldset ? Array.prototype.slice.call(fieldset.querySelectorAll('input')) : [];
  }

  function showError(code) {
    var error = $('err-' + code);
    var problem = state.errors[code];
    if (!error || !problem) {
      return;
    }
    error.textContent = say(problem.key, problem.args);
    error.hidden = false;
    $('q-' + code).classList.add('has-error');
    $('q-' + code).setAttribute('aria-describedby', 'hint-' + code + ' err-' + code);
    controlsOf(code).forEach(function (input) {
      input.setAttribute('aria-invalid', 'true');
      var ends = input.getAttribute('data-ends');
      input.setAttribute('aria-describedby', (ends ? ends + ' ' : '') + 'err-' + code);
    });
  }

  function hideError(code) {
    var error = $('err-' + code);
    if (!error) {
      return;
    }
    error.textContent = '';
    error.hidden = true;
    $('q-' + code).classList.remove('has-error');
    $('q-' + code).setAttribute('aria-describedby', 'hint-' + code);
    controlsOf(code).forEach(function (input) {
      input.removeAttribute('aria-invalid');
      var ends = input.getAttribute('data-ends');
      if (ends) {
        input.setAttribute('aria-describedby', ends);
      } else {
        input.removeAttribute('aria-describedby');
      }
    });
  }

  function firstControl(code) {
    var range = $('range-' + code);
    if (range) {
      return range;
    }
    var controls = controlsOf(code);
    return controls.filter(function (input) { return input.checked; })[0] || controls[0];
  }

  function clearErrors() {
    Object.keys(state.errors).forEach(function (code) {
      delete state.errors[code];
      hideError(code);
    });
  }

  /* ---- step 3: sending ---- */

  async function onSend(event) {
    event.preventDefault();
    if (state.busy || !state.questionnaire) {
      return;
    }
    clearErrors();
    var missing = [];
    state.questionnaire.questions.forEach(function (question) {
      var code = question.code;
      var number = $('number-' + code);
      if (number && number.value.trim() !== '' && typedNumber(question, number) === null) {
        state.errors[code] = { key: 'numberOutside', args: [question.scaleMin, question.scaleMax] };
        missing.push(code);
      } else if (!Number.isInteger(state.answers[code])) {
        state.errors[code] = { key: 'answerThis', args: [] };
        missing.push(code);
      }
    });
    if (missing.length) {
      missing.forEach(showError);
      setStatus('missing', [missing.length], 'error');
      focus(firstControl(missing[0]));
      return;
    }

    var answers = {};
    state.questionnaire.questions.forEach(function (question) {
      answers[question.code] = state.answers[question.code];
    });
    setBusy('sending');
    setStatus('sending', [], 'info');
    var response;
    try {
      response = await post(ENDPOINT_ANSWERS, { code: state.code, answers: answers });
    } catch (e) {
      setBusy(null);
      setStatus('offline', [], 'error');
      refreshTextsIfStale();
      return;
    }
    setBusy(null);
    if (response.ok) {
      finish();
      return;
    }
    refreshTextsIfStale();
    if (response.status === 400) {
      var problem = await problemOf(response.clone());
      var named = Array.isArray(problem.errors) ? problem.errors : [];
      var marked = [];
      named.forEach(function (error) {
        var field = String(error && error.field || '');
        var code = field.indexOf('answers.') === 0 ? field.slice('answers.'.length) : field;
        if ($('q-' + code) && marked.indexOf(code) < 0) {
          state.errors[code] = { key: 'checkAnswer', args: [] };
          marked.push(code);
        }
      });
      if (marked.length) {
        marked.forEach(showError);
        setStatus('checkMarked', [], 'error');
        focus(firstControl(marked[0]));
        return;
      }
    }
    await handleCodeProblem(response, 'questions');
  }

  function refreshTextsIfStale() {
    if (state.textsStale && state.code && state.step === 'questions') {
      state.textsStale = false;
      loadQuestionnaire('language');
    }
  }

  function finish() {
    remove(KEY_CODE);
    remove(KEY_ANSWERS);
    remove(KEY_LANGUAGE);
    state.code = null;
    state.answers = {};
    state.errors = {};
    state.questionnaire = null;
    $('question-list').textContent = '';
    setStatus(null);
    showStep('done');
    renderConfirmation();
    focus($('confirmation'));
  }

  function renderConfirmation() {
    $('confirmation').textContent = say('thanks', [state.firstName]);
  }

  /* ---- the language choice ---- */

  function onLanguageChange() {
    var chosen = $('language').value;
    if (LANGUAGES.indexOf(chosen) < 0) {
      return;
    }
    state.language = chosen;
    state.languageChosen = true;
    if (state.step !== 'done') {
      write(KEY_LANGUAGE, chosen);
    }
    applyLanguage();
    renderStatus(false);
    if (state.step === 'questions') {
      // The page's own words at once; the questions' words from the server, the answers kept.
      renderQuestionnaire();
      if (state.busy === 'sending') {
        state.textsStale = true;
      } else {
        loadQuestionnaire('language');
      }
    } else if (state.step === 'done') {
      renderConfirmation();
    }
  }

  /* ---- start ---- */

  function start() {
    var fromAddress = takeCodeFromAddress();
    var storedLanguage = read(KEY_LANGUAGE);
    if (LANGUAGES.indexOf(storedLanguage) >= 0) {
      state.language = storedLanguage;
      state.languageChosen = true;
    } else {
      state.language = browserLanguage();
    }
    $('language').addEventListener('change', onLanguageChange);
    $('code-form').addEventListener('submit', onCodeSubmit);
    $('questionnaire').addEventListener('submit', onSend);
    window.addEventListener('hashchange', onHashChange);
    applyLanguage();
    openWith(fromAddress);
  }

  /** A link opened while the page is already open in this tab. */
  function onHashChange() {
    var fromAddress = takeCodeFromAddress();
    if (fromAddress && state.busy !== 'sending') {
      openWith(fromAddress);
    }
  }

  /** Opens the questionnaire of the code in the link, or of the one kept in this tab, or asks for one. */
  function openWith(fromAddress) {
    if (fromAddress) {
      if (fromAddress !== read(KEY_CODE)) {
        remove(KEY_ANSWERS);
      }
      write(KEY_CODE, fromAddress);
    }
    state.code = read(KEY_CODE);
    state.answers = state.code ? restoreAnswers(state.code) : {};
    state.errors = {};
    state.questionnaire = null;
    $('question-list').textContent = '';

    if (state.code && CODE_PATTERN.test(state.code)) {
      showStep('loading');
      loadQuestionnaire('open');
    } else if (state.code) {
      var code = state.code;
      forgetCode();
      showCodeStep(['codeMalformed'], code);
    } else {
      showCodeStep();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
