/** Polish: what workers see (sign-in, their instructions); the rest falls back to English. */
export const pl = {
  common: { loading: 'Ładowanie…', notFound: 'Ta strona nie istnieje.', language: 'Język', refresh: 'Odśwież' },
  nav: { myInstructions: 'Moje instrukcje', label: 'Menu główne', signOut: 'Wyloguj się' },
  role: { WORKER: 'pracownik', MANAGER: 'kierownik', ADMIN: 'administrator', INSPECTOR: 'inspektor' },
  signIn: {
    title: 'Zaloguj się do Schakel',
    lead: 'Bez hasła: otrzymasz link do logowania e-mailem. Jest ważny 15 minut i działa jeden raz.',
    email: 'Adres e-mail',
    send: 'Wyślij mi link do logowania',
    sent: 'Jeśli adres {{email}} jest znany w Schakel, link do logowania jest już w drodze. Otwórz go w tej przeglądarce.',
    pasteLink: 'Albo wklej tutaj otrzymany link do logowania',
    useLink: 'Zaloguj się tym linkiem',
    noMail: 'Brak e-maila? Zapytaj swojego kierownika o link.',
  },
  ack: { MISSING: 'Nie potwierdzono', STALE: 'Potwierdzono starą wersję (v{{version}})', CURRENT: 'Potwierdzono' },
  worker: {
    title: 'Moje instrukcje',
    lead: 'Przeczytaj każdą instrukcję w języku, który znasz, i potwierdź, że ją rozumiesz.',
    readIn: 'Czytaj w języku',
    readAndUnderstood: 'Przeczytałem i zrozumiałem',
  },
  errors: {
    SIGN_IN_CODE_INVALID: 'Ten link do logowania jest nieprawidłowy. Poproś o nowy.',
    SIGN_IN_CODE_USED: 'Ten link do logowania został już użyty. Poproś o nowy.',
    SIGN_IN_CODE_EXPIRED: 'Ten link do logowania wygasł (15 minut). Poproś o nowy.',
    NETWORK: 'Brak połączenia z Schakel. Spróbuj ponownie za chwilę.',
  },
  prevention: {
    nav: { myPass: 'Moja przepustka' },
    pass: {
      title: 'Moja przepustka',
      none: 'Nie masz jeszcze przepustki. Poproś pracodawcę o jej wydanie.',
      ACTIVE: 'Ważna',
      REVOKED: 'Unieważniona',
      EXPIRED: 'Wygasła',
      qrLabel: 'Kod QR przepustki: {{name}}',
      show: 'Pokaż ten kod do zeskanowania przy bramie.',
      validUntil: 'Ważna do',
    },
  },
};
