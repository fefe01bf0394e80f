/** The few words of the link pages, in the languages of the people on site. */
export const pageLanguages = ['nl', 'en', 'pl', 'ro', 'bg'] as const;
export type PageLanguage = (typeof pageLanguages)[number];

type Texts = {
  hello: string;
  chooseLanguage: string;
  show: string;
  confirmSelf: string;
  readAndUnderstood: string;
  done: string;
  errorTitle: string;
  errors: Record<LinkErrorReason, string>;
};

export type LinkErrorReason =
  | 'LINK_INVALID'
  | 'LINK_EXPIRED'
  | 'LINK_REVOKED'
  | 'LINK_USED'
  | 'LINK_RATE_LIMITED'
  | 'LINK_FORM_EXPIRED'
  | 'LINK_NOT_CONFIRMED'
  | 'LINK_LANGUAGE_INVALID'
  | 'LINK_LANGUAGE_NOT_READ';

export const texts: Record<PageLanguage, Texts> = {
  nl: {
    hello: 'Hallo {name}',
    chooseLanguage: 'Taal',
    show: 'Toon',
    confirmSelf: 'Ik ben {name}',
    readAndUnderstood: 'Gelezen en begrepen',
    done: 'Dank je, {name}. Vastgelegd: je hebt deze instructie gelezen en begrepen.',
    errorTitle: 'Deze link werkt niet',
    errors: {
      LINK_INVALID: 'Deze link is niet geldig. Vraag je leidinggevende om een nieuwe.',
      LINK_EXPIRED: 'Deze link is verlopen. Vraag je leidinggevende om een nieuwe.',
      LINK_REVOKED: 'Deze link is ingetrokken. Vraag je leidinggevende om een nieuwe.',
      LINK_USED: 'Je hebt deze instructie al bevestigd.',
      LINK_RATE_LIMITED: 'Te veel pogingen. Probeer het over een paar minuten opnieuw.',
      LINK_FORM_EXPIRED: 'Deze pagina is verlopen. Open de link opnieuw.',
      LINK_NOT_CONFIRMED: 'Bevestig eerst dat jij dit bent.',
      LINK_LANGUAGE_INVALID: 'Kies een taal waarin de instructie er is.',
      LINK_LANGUAGE_NOT_READ: 'Kies een taal die je leest.',
    },
  },
  en: {
    hello: 'Hello {name}',
    chooseLanguage: 'Language',
    show: 'Show',
    confirmSelf: 'I am {name}',
    readAndUnderstood: 'Read and understood',
    done: 'Thank you, {name}. Recorded: you have read and understood this instruction.',
    errorTitle: 'This link does not work',
    errors: {
      LINK_INVALID: 'This link is not valid. Ask your supervisor for a new one.',
      LINK_EXPIRED: 'This link has expired. Ask your supervisor for a new one.',
      LINK_REVOKED: 'This link was withdrawn. Ask your supervisor for a new one.',
      LINK_USED: 'You have already confirmed this instruction.',
      LINK_RATE_LIMITED: 'Too many attempts. Try again in a few minutes.',
      LINK_FORM_EXPIRED: 'This page has expired. Open the link again.',
      LINK_NOT_CONFIRMED: 'First confirm that this is you.',
      LINK_LANGUAGE_INVALID: 'Choose a language the instruction is in.',
      LINK_LANGUAGE_NOT_READ: 'Choose a language you read.',
    },
  },
  pl: {
    hello: 'Cześć {name}',
    chooseLanguage: 'Język',
    show: 'Pokaż',
    confirmSelf: 'Jestem {name}',
    readAndUnderstood: 'Przeczytałem i zrozumiałem',
    done: 'Dziękujemy, {name}. Zapisano: przeczytałeś i zrozumiałeś tę instrukcję.',
    errorTitle: 'Ten link nie działa',
    errors: {
      LINK_INVALID: 'Ten link jest nieważny. Poproś przełożonego o nowy.',
      LINK_EXPIRED: 'Ten link wygasł. Poproś przełożonego o nowy.',
      LINK_REVOKED: 'Ten link został wycofany. Poproś przełożonego o nowy.',
      LINK_USED: 'Ta instrukcja została już przez Ciebie potwierdzona.',
      LINK_RATE_LIMITED: 'Zbyt wiele prób. Spróbuj ponownie za kilka minut.',
      LINK_FORM_EXPIRED: 'Ta strona wygasła. Otwórz link ponownie.',
      LINK_NOT_CONFIRMED: 'Najpierw potwierdź, że to Ty.',
      LINK_LANGUAGE_INVALID: 'Wybierz język, w którym jest instrukcja.',
      LINK_LANGUAGE_NOT_READ: 'Wybierz język, który czytasz.',
    },
  },
  ro: {
    hello: 'Bună {name}',
    chooseLanguage: 'Limba',
    show: 'Arată',
    confirmSelf: 'Eu sunt {name}',
    readAndUnderstood: 'Citit și înțeles',
    done: 'Mulțumim, {name}. Înregistrat: ai citit și ai înțeles această instrucțiune.',
    errorTitle: 'Acest link nu funcționează',
    errors: {
      LINK_INVALID: 'Acest link nu este valid. Cere-i șefului tău unul nou.',
      LINK_EXPIRED: 'Acest link a expirat. Cere-i șefului tău unul nou.',
      LINK_REVOKED: 'Acest link a fost retras. Cere-i șefului tău unul nou.',
      LINK_USED: 'Ai confirmat deja această instrucțiune.',
      LINK_RATE_LIMITED: 'Prea multe încercări. Încearcă din nou în câteva minute.',
      LINK_FORM_EXPIRED: 'Această pagină a expirat. Deschide din nou linkul.',
      LINK_NOT_CONFIRMED: 'Confirmă mai întâi că ești tu.',
      LINK_LANGUAGE_INVALID: 'Alege o limbă în care există instrucțiunea.',
      LINK_LANGUAGE_NOT_READ: 'Alege o limbă pe care o citești.',
    },
  },
  bg: {
    hello: 'Здравей, {name}',
    chooseLanguage: 'Език',
    show: 'Покажи',
    confirmSelf: 'Аз съм {name}',
    readAndUnderstood: 'Прочетено и разбрано',
    done: 'Благодарим, {name}. Записано: прочете и разбра тази инструкция.',
    errorTitle: 'Тази връзка не работи',
    errors: {
      LINK_INVALID: 'Тази връзка не е валидна. Поискай нова от ръководителя си.',
      LINK_EXPIRED: 'Тази връзка е изтекла. Поискай нова от ръководителя си.',
      LINK_REVOKED: 'Тази връзка е оттеглена. Поискай нова от ръководителя си.',
      LINK_USED: 'Вече си потвърдил тази инструкция.',
      LINK_RATE_LIMITED: 'Твърде много опити. Опитай отново след няколко минути.',
      LINK_FORM_EXPIRED: 'Тази страница е изтекла. Отвори връзката отново.',
      LINK_NOT_CONFIRMED: 'Първо потвърди, че това си ти.',
      LINK_LANGUAGE_INVALID: 'Избери език, на който е инструкцията.',
      LINK_LANGUAGE_NOT_READ: 'Избери език, който четеш.',
    },
  },
};

/** The first page language among the wanted ones (a worker's languages, the browser's), else English. */
export function pageLanguageOf(wanted: readonly (string | null | undefined)[]): PageLanguage {
  for (const code of wanted) {
    const base = (code ?? '').slice(0, 2).toLowerCase();
    if ((pageLanguages as readonly string[]).includes(base)) return base as PageLanguage;
  }
  return 'en';
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
