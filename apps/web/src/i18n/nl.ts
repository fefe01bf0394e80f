/**
 * Dutch, the default language of the interface: what every first screen needs (sign-in, the frame of the
 * signed-in screens, a worker's screens). The other screens' texts are in nl-rest.ts, fetched with the
 * first of those screens (setup.ts): a worker's phone never loads them.
 */
export const nl = {
  common: {
    loading: 'Laden…',
    notFound: 'Deze pagina bestaat niet.',
    language: 'Taal',
    refresh: 'Vernieuwen',
    unknownParty: 'onbekende partij',
    anEntry: 'een vermelding',
    unknownWorker: 'onbekende werkende',
  },
  nav: { myInstructions: 'Mijn instructies', label: 'Hoofdmenu', chains: 'Mijn ketens', grants: 'Ketens om te inspecteren', signOut: 'Afmelden' },
  who: { noParty: 'geen partij' },
  role: { ADMIN: 'beheerder', MANAGER: 'manager', WORKER: 'werkende', INSPECTOR: 'inspecteur' },
  signIn: {
    title: 'Aanmelden bij Schakel',
    lead: 'Geen wachtwoord: u krijgt een aanmeldlink per e-mail. Die is 15 minuten geldig en werkt één keer.',
    email: 'E-mailadres',
    send: 'Stuur mij een aanmeldlink',
    sent: 'Als {{email}} bij Schakel bekend is, is er nu een aanmeldlink onderweg. Open die in deze browser.',
    pasteLink: 'Of plak hier de aanmeldlink die u kreeg',
    useLink: 'Aanmelden met deze link',
    noMail: 'Geen e-mail? De beheerder kan een link maken met schakel invite.',
  },
  chains: {
    title: 'Mijn ketens',
    none: 'U zit nog in geen enkele keten.',
    asPrincipal: 'U bent opdrachtgever',
    principal: 'Opdrachtgever: {{name}}',
    opened: 'geopend',
  },
  ack: { MISSING: 'Niet bevestigd', STALE: 'Oude versie (v{{version}}) bevestigd', CURRENT: 'Bevestigd' },
  worker: {
    title: 'Mijn instructies',
    lead: 'Lees elke instructie in een taal die u leest en bevestig dat u haar begrijpt.',
    readIn: 'Lezen in',
    readAndUnderstood: 'Gelezen en begrepen',
  },
  errors: {
    SIGN_IN_CODE_INVALID: 'Deze aanmeldlink klopt niet. Vraag een nieuwe aan.',
    SIGN_IN_CODE_USED: 'Deze aanmeldlink is al gebruikt. Vraag een nieuwe aan.',
    SIGN_IN_CODE_EXPIRED: 'Deze aanmeldlink is verlopen (15 minuten). Vraag een nieuwe aan.',
    CHAIN_NOT_VISIBLE: 'U mag deze keten niet zien.',
    INSPECTOR_ACCESS_NOT_GRANTED: 'U heeft (nu) geen toegang tot deze keten.',
    NETWORK: 'Schakel is niet bereikbaar. Probeer het zo opnieuw.',
  },
  prevention: {
    nav: { gate: 'Poort', passes: 'Passen', myPass: 'Mijn pas', actions: 'Acties' },
    pass: {
      title: 'Mijn pas',
      none: 'U heeft nog geen pas. Vraag uw werkgever om er een uit te geven.',
      ACTIVE: 'Geldig',
      REVOKED: 'Ingetrokken',
      EXPIRED: 'Verlopen',
      qrLabel: 'QR-code van de pas van {{name}}',
      show: 'Laat deze code bij de poort scannen.',
      validUntil: 'Geldig tot',
    },
  },
  nearMiss: {
    open: 'Bijna-ongeval melden',
    title: 'Bijna-ongeval melden',
    lead: 'Ging er bijna iets mis? Tik aan wat, en meld het. Zo leert iedereen ervan.',
    where: 'Waar werkt u',
    whatLabel: 'Wat ging er bijna mis',
    what: { falling: 'Bijna gevallen van hoogte', object: 'Vallend voorwerp', trip: 'Uitgegleden of gestruikeld', machine: 'Bijna geraakt door machine of voertuig', other: 'Iets anders ging bijna mis' },
    place: 'Plaats',
    send: 'Melden',
    sent: 'Gemeld',
    thanks: 'Dank u. Uw melding staat in de keten.',
    back: 'Terug naar mijn instructies',
  },
  contractor: {
    nav: { work: 'Aannemer', workers: 'Mijn werkenden' },
  },
  actingFor: {
    title: 'Voor welke partij handelt u?',
    lead: 'U bent lid van meer dan één partij. Kies voor welke u nu werkt; u kunt later wisselen.',
    parties: 'Uw partijen',
    choose: 'Kiezen',
    chooseNamed: 'Handelen voor {{name}}',
    switch: 'Andere partij',
  },
};
