/** Romanian: what workers see (sign-in, their instructions); the rest falls back to English. */
export const ro = {
  common: { loading: 'Se încarcă…', notFound: 'Această pagină nu există.', language: 'Limba', refresh: 'Reîmprospătează' },
  nav: { myInstructions: 'Instrucțiunile mele', label: 'Meniu principal', signOut: 'Deconectare' },
  role: { WORKER: 'lucrător', MANAGER: 'manager', ADMIN: 'administrator', INSPECTOR: 'inspector' },
  signIn: {
    title: 'Conectare la Schakel',
    lead: 'Fără parolă: primiți un link de conectare prin e-mail. Este valabil 15 minute și funcționează o singură dată.',
    email: 'Adresă de e-mail',
    send: 'Trimiteți-mi un link de conectare',
    sent: 'Dacă adresa {{email}} este cunoscută în Schakel, un link de conectare este pe drum. Deschideți-l în acest browser.',
    pasteLink: 'Sau lipiți aici linkul de conectare primit',
    useLink: 'Conectare cu acest link',
    noMail: 'Nu ați primit e-mail? Cereți un link șefului dumneavoastră.',
  },
  ack: { MISSING: 'Neconfirmat', STALE: 'Versiune veche (v{{version}}) confirmată', CURRENT: 'Confirmat' },
  worker: {
    title: 'Instrucțiunile mele',
    lead: 'Citiți fiecare instrucțiune într-o limbă pe care o înțelegeți și confirmați că ați înțeles-o.',
    readIn: 'Citiți în',
    readAndUnderstood: 'Am citit și am înțeles',
  },
  errors: {
    SIGN_IN_CODE_INVALID: 'Acest link de conectare nu este valid. Cereți unul nou.',
    SIGN_IN_CODE_USED: 'Acest link de conectare a fost deja folosit. Cereți unul nou.',
    SIGN_IN_CODE_EXPIRED: 'Acest link de conectare a expirat (15 minute). Cereți unul nou.',
    NETWORK: 'Schakel nu poate fi accesat. Încercați din nou în scurt timp.',
  },
  prevention: {
    nav: { myPass: 'Legitimația mea' },
    pass: {
      title: 'Legitimația mea',
      none: 'Nu aveți încă o legitimație. Cereți angajatorului să vă emită una.',
      ACTIVE: 'Valabilă',
      REVOKED: 'Revocată',
      EXPIRED: 'Expirată',
      qrLabel: 'Codul QR al legitimației: {{name}}',
      show: 'Lăsați acest cod să fie scanat la poartă.',
      validUntil: 'Valabilă până la',
    },
  },
};
