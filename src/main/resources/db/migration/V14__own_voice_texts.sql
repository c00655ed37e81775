-- The words of "In my own words" (OWN_VOICE, version 1) in the participants' languages, for the
-- participant's own page (issue 23). The instrument's own words, in English (en), are in
-- voice_question (V12); this file adds, for each of its eight questions:
--   en-easy  easy English
--   sv       Swedish                  sv-easy  easy-to-read Swedish (lättläst)
--   it       Italian                  it-easy  plain Italian (italiano facile)
--   fi       Finnish                  fi-easy  easy Finnish (selkosuomi)
-- The project's own plain words, no text of a published instrument. The standard languages keep the
-- instrument's first person ("I decide ..."); the easy-to-read variants ask the participant directly
-- ("Do you decide ...?") in short sentences of common words, one idea each, and name the scale's ends
-- as answers to the question. Italian says "tu", as public digital services in Italy do.
-- A new version of the instrument brings its own rows. Valid on H2 2.x and PostgreSQL.

INSERT INTO voice_question_text (instrument_code, instrument_version, question_code, language, text, low_label, high_label) VALUES
    -- Easy English
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'en-easy', 'Do you decide what you do with your days?',                                     'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'en-easy', 'Think of things in your life that are important to you. Can you change them?', 'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'en-easy', 'Sometimes you need help. Do you know where to ask for it?',                    'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'en-easy', 'How is your health today?',                                                     'The worst it can be', 'The best it can be'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'en-easy', 'Do you know what job you want, or what you want to study?',                     'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'en-easy', 'Can you be on time for the meetings you have agreed to?',                       'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'en-easy', 'Do you believe you can get a job or start to study?',                           'No, not at all', 'Yes, completely'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'en-easy', 'Do you have people who help you on your way to a job or studies?',              'No, not at all', 'Yes, completely'),

    -- Swedish
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'sv', 'Jag bestämmer själv hur jag använder mina dagar.',                  'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'sv', 'Jag kan förändra saker i mitt liv som är viktiga för mig.',         'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'sv', 'Jag vet vart jag kan vända mig när jag behöver hjälp.',             'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'sv', 'Hur bra är din hälsa i dag?',                                       'Så dålig som den kan bli', 'Så bra som den kan bli'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'sv', 'Jag vet vilket arbete eller vilka studier jag siktar mot.',         'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'sv', 'Jag kan passa tider och komma till bokade möten.',                  'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'sv', 'Jag tror att jag kan få ett arbete eller börja studera.',           'Stämmer inte alls', 'Stämmer helt'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'sv', 'Jag har människor omkring mig som stöttar mig i det här.',          'Stämmer inte alls', 'Stämmer helt'),

    -- Easy-to-read Swedish (lättläst)
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'sv-easy', 'Bestämmer du själv vad du gör på dagarna?',                                'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'sv-easy', 'Tänk på saker i ditt liv som är viktiga för dig. Kan du ändra på dem?', 'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'sv-easy', 'Ibland behöver du hjälp. Vet du var du kan få hjälp?',                  'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'sv-easy', 'Hur bra är din hälsa i dag?',                                           'Så dålig som den kan bli', 'Så bra som den kan bli'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'sv-easy', 'Vet du vilket jobb du vill ha, eller vad du vill studera?',             'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'sv-easy', 'Kan du komma i tid till möten som du har bokat?',                       'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'sv-easy', 'Tror du att du kan få ett jobb eller börja studera?',                   'Nej, inte alls', 'Ja, helt och hållet'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'sv-easy', 'Finns det människor som hjälper dig på vägen mot jobb eller studier?',  'Nej, inte alls', 'Ja, helt och hållet'),

    -- Italian
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'it', 'Decido io come trascorrere le mie giornate.',                        'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'it', 'Posso cambiare le cose della mia vita che per me sono importanti.',   'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'it', 'So a chi rivolgermi quando ho bisogno di aiuto.',                    'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'it', 'Come valuti la tua salute oggi?',                                    'La peggiore possibile', 'La migliore possibile'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'it', 'So a quale lavoro o a quali studi voglio puntare.',                  'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'it', 'Riesco a rispettare orari e appuntamenti.',                          'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'it', 'Credo di poter trovare un lavoro o iniziare a studiare.',            'Per niente', 'Del tutto'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'it', 'Ho vicino a me persone che mi sostengono in questo percorso.',       'Per niente', 'Del tutto'),

    -- Plain Italian (italiano facile)
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'it-easy', 'Decidi tu cosa fare nelle tue giornate?',                                 'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'it-easy', 'Pensa alle cose importanti della tua vita. Puoi cambiarle, se vuoi?',     'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'it-easy', 'A volte hai bisogno di aiuto. Sai a chi chiedere?',                       'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'it-easy', 'Come stai di salute oggi?',                                               'Malissimo', 'Benissimo'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'it-easy', 'Sai che lavoro vuoi fare, o che cosa vuoi studiare?',                     'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'it-easy', 'Riesci ad arrivare in orario agli appuntamenti che hai preso?', 'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'it-easy', 'Pensi di poter trovare un lavoro o iniziare a studiare?',                 'No, per niente', 'Sì, del tutto'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'it-easy', 'Ci sono persone che ti aiutano a trovare un lavoro o a studiare?', 'No, per niente', 'Sì, del tutto'),

    -- Finnish
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'fi', 'Päätän itse, miten vietän päiväni.',                                  'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'fi', 'Pystyn muuttamaan elämässäni asioita, jotka ovat minulle tärkeitä.', 'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'fi', 'Tiedän, kenen puoleen kääntyä, kun tarvitsen apua.',                 'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'fi', 'Kuinka hyvä terveytesi on tänään?',                                   'Niin huono kuin voi olla', 'Niin hyvä kuin voi olla'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'fi', 'Tiedän, millaiseen työhön tai opiskeluun tähtään.',                   'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'fi', 'Pystyn pitämään kiinni ajoista ja sovituista tapaamisista.',          'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'fi', 'Uskon, että voin saada työpaikan tai aloittaa opinnot.',              'Ei lainkaan totta', 'Täysin totta'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'fi', 'Ympärilläni on ihmisiä, jotka tukevat minua tässä.',                  'Ei lainkaan totta', 'Täysin totta'),

    -- Easy Finnish (selkosuomi)
    ('OWN_VOICE', 1, 'CHOOSES_OWN_DAYS',   'fi-easy', 'Päätätkö itse, mitä teet päivisin?',                                      'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'CAN_CHANGE_THINGS',  'fi-easy', 'Ajattele asioita, jotka ovat sinulle tärkeitä. Voitko muuttaa niitä?',    'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'KNOWS_WHERE_TO_ASK', 'fi-easy', 'Joskus tarvitset apua. Tiedätkö, mistä saat apua?',                       'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'HEALTH_TODAY',       'fi-easy', 'Millainen terveytesi on tänään?',                                         'Huonoin mahdollinen', 'Paras mahdollinen'),
    ('OWN_VOICE', 1, 'KNOWS_GOAL',         'fi-easy', 'Tiedätkö, millaista työtä haluat tehdä tai mitä haluat opiskella?',       'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'KEEPS_TIMES',        'fi-easy', 'Pystytkö tulemaan ajoissa tapaamisiin, jotka on sovittu?',                 'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'BELIEVES_IN_WORK',   'fi-easy', 'Uskotko, että voit saada työpaikan tai aloittaa opiskelun?',              'Ei ollenkaan', 'Kyllä, täysin'),
    ('OWN_VOICE', 1, 'HAS_SUPPORT',        'fi-easy', 'Onko sinulla ihmisiä, jotka tukevat sinua, kun haet työtä tai opiskelupaikkaa?', 'Ei ollenkaan', 'Kyllä, täysin');
