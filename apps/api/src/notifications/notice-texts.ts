import type { NoticeTrigger } from '@schakel/domain';

/** The words of each message, in the languages members read (nl, en, pl; anything else: en). */
export const noticeLanguages = ['nl', 'en', 'pl'] as const;
export type NoticeLanguage = (typeof noticeLanguages)[number];

export function noticeLanguage(language: string): NoticeLanguage {
  return (noticeLanguages as readonly string[]).includes(language) ? (language as NoticeLanguage) : 'en';
}

/** Facts of one message, all already names and dates (never ids). */
export type NoticeFacts = {
  partyName: string;
  fromName: string;
  chainName: string;
  title: string;
  version: number | null;
  /** A date and time in the reader's language. */
  when: string;
  deadline: string;
  location: string;
  description: string;
  firstName: string;
  /** The worker's full name (a diploma), or empty. */
  workerName: string;
  /** What a credential message is about: scheme or diploma, and register number; a start reminder: the work. */
  label: string;
  hours: number;
  /** A start reminder: who has yet to acknowledge what (a manager), or what to acknowledge (a worker). */
  gaps: string;
  /** A finding: its rule in words, its legal basis, and the parties that bear the duty (by name). */
  rule: string;
  basis: string;
  dutyBearers: string;
};

type Texts = {
  subject(f: NoticeFacts): string;
  lines(f: NoticeFacts): string[];
  action: string;
};

type Catalogue = Record<NoticeTrigger, Texts> & {
  footer: string;
  unsubscribe: string;
  sentNotRead: string;
  digestSubject(count: number): string;
  digestIntro: string;
  triggerName: Record<NoticeTrigger, string>;
};

export const noticeTexts: Record<NoticeLanguage, Catalogue> = {
  nl: {
    INSTRUCTION_RECEIVED: {
      subject: (f) => `Veiligheidsinstructie ontvangen: ${f.title} (versie ${f.version})`,
      lines: (f) => [
        `${f.fromName} heeft de veiligheidsinstructie "${f.title}", versie ${f.version}, aan ${f.partyName} doorgegeven in de keten "${f.chainName}".`,
        'Geef haar door aan de schakels onder u die zij betreft, en laat uw werknemers deze versie bevestigen. Een nieuwe versie vervangt de vorige: eerdere bevestigingen gelden niet meer.',
      ],
      action: 'Bekijk de instructie',
    },
    INSTRUCTION_SUPERSEDED: {
      subject: (f) => `Nieuwe versie: ${f.title} (versie ${f.version})`,
      lines: (f) => [
        `Er is een nieuwe versie (${f.version}) van de veiligheidsinstructie "${f.title}" in de keten "${f.chainName}". Uw bevestiging van de vorige versie geldt niet meer.`,
        'Lees de nieuwe versie en bevestig haar.',
      ],
      action: 'Lees de nieuwe versie',
    },
    INSPECTOR_GRANT_STARTS: {
      subject: (f) => `Inzage in de keten "${f.chainName}" gaat in`,
      lines: (f) => [`${f.fromName} geeft ${f.partyName} inzage in de vastleggingen van de keten "${f.chainName}", vanaf nu tot ${f.deadline}. Elke inzage wordt vastgelegd.`],
      action: 'Open de keten',
    },
    INSPECTOR_GRANT_ENDS: {
      subject: (f) => `Inzage in de keten "${f.chainName}" is beëindigd`,
      lines: (f) => [`De inzage van ${f.partyName} in de vastleggingen van de keten "${f.chainName}" is beëindigd${f.deadline ? ` (${f.deadline})` : ` door ${f.fromName}`}.`],
      action: 'Bekijk de keten',
    },
    CREDENTIAL_EXPIRES: {
      subject: (f) => `Verloopt binnenkort: ${f.label}`,
      lines: (f) => [
        `${f.workerName ? `Het diploma ${f.label} van ${f.workerName} (${f.partyName})` : `Het certificaat ${f.label} van ${f.partyName}`} verloopt op ${f.deadline}.`,
        'Vernieuw het op tijd en leg het nieuwe vast: een verlopen certificaat of diploma wordt een bevinding in de ketens waarin het telt.',
      ],
      action: 'Bekijk de certificaten',
    },
    WORKER_LINK: {
      subject: (f) => `Lees en bevestig: ${f.title}`,
      lines: (f) => [
        `Hallo ${f.firstName},`,
        `${f.fromName} vraagt u de veiligheidsinstructie "${f.title}" (versie ${f.version}) te lezen en te bevestigen. Open uw persoonlijke link; u hoeft niet in te loggen. De link werkt tot ${f.deadline}.`,
      ],
      action: 'Open uw persoonlijke link',
    },
    INCIDENT_NOTIFIED: {
      subject: (f) => `Melding van een voorval: ${f.location}`,
      lines: (f) => [
        `${f.fromName} heeft ${f.partyName} op de hoogte gebracht van een voorval in de keten "${f.chainName}".`,
        `Wanneer: ${f.when}. Waar: ${f.location}.`,
        `Wat: ${f.description}`,
      ],
      action: 'Bekijk het voorval',
    },
    NLA_REPORT_DUE: {
      subject: (f) => `Meld het ongeval vóór ${f.deadline} aan de Arbeidsinspectie`,
      lines: (f) => [
        `Het ongeval van ${f.when} (${f.location}) in de keten "${f.chainName}" moet ${f.partyName} als werkgever "direct" melden aan de Nederlandse Arbeidsinspectie (Arbowet 9(1)).`,
        `Er is nog geen melding vastgelegd. De termijn loopt af om ${f.deadline}: de wet noemt geen uren, ${f.hours} uur is het beleid van dit platform.`,
      ],
      action: 'Bekijk het ongeval',
    },
    ACKNOWLEDGEMENTS_DUE: {
      subject: (f) => (f.workerName ? `Lees en bevestig vóór ${f.deadline}: ${f.gaps}` : `Start op ${f.deadline}: veiligheidsinstructies nog niet bevestigd`),
      lines: (f) =>
        f.workerName
          ? [`Hallo ${f.firstName},`, `Uw werk "${f.label}" in de keten "${f.chainName}" begint op ${f.deadline}. Lees en bevestig eerst: ${f.gaps}.`]
          : [
              `${f.partyName} begint op ${f.deadline} met "${f.label}" in de keten "${f.chainName}". Deze werknemers hebben de instructies die u ontving nog niet (of alleen een eerdere versie) bevestigd:`,
              f.gaps,
              'Laat hen de huidige versies lezen en bevestigen voordat zij beginnen.',
            ],
      action: 'Open de keten',
    },
    FINDING_AROSE: {
      subject: (f) => `Bevinding voor ${f.dutyBearers}: ${f.rule}`,
      lines: (f) => [
        `In de keten "${f.chainName}" is een bevinding ontstaan: ${f.rule} (${f.basis}).`,
        `De plicht ligt bij ${f.dutyBearers}. De termijn verliep op ${f.deadline}; er is nog niet vastgelegd dat het is gedaan.`,
        'Doe wat de regel vraagt en leg het vast: de bevinding blijft open tot dat is vastgelegd.',
      ],
      action: 'Bekijk de bevindingen',
    },
    FINDING_DEADLINE_NEAR: {
      subject: (f) => `Termijn verloopt op ${f.deadline}: ${f.rule}`,
      lines: (f) => [
        `In de keten "${f.chainName}" verloopt op ${f.deadline} de termijn voor: ${f.rule} (${f.basis}).`,
        `De plicht ligt bij ${f.dutyBearers}. Er is nog niet vastgelegd dat het is gedaan: gebeurt dat niet op tijd, dan ontstaat een bevinding.`,
      ],
      action: 'Open de keten',
    },
    ACTION_ASSIGNED: {
      subject: (f) => `Herstelactie voor ${f.partyName}: ${f.label}`,
      lines: (f) => [
        `${f.fromName} vraagt ${f.partyName} in de keten "${f.chainName}" om te herstellen: ${f.label}`,
        `Gereed vóór ${f.deadline}. Leg vast wat u deed; ${f.fromName} controleert het.`,
      ],
      action: 'Bekijk de acties',
    },
    footer: 'Dit bericht is verstuurd door Schakel.',
    unsubscribe: 'Geen berichten van deze soort meer ontvangen',
    sentNotRead: 'Schakel legt vast dat dit bericht is verstuurd, niet dat het is gelezen.',
    digestSubject: (n) => `Schakel: overzicht van ${n} ${n === 1 ? 'bericht' : 'berichten'}`,
    digestIntro: 'Uw dagelijkse overzicht van Schakel:',
    triggerName: {
      INSTRUCTION_RECEIVED: 'ontvangen instructies',
      INSTRUCTION_SUPERSEDED: 'nieuwe versies',
      WORKER_LINK: 'persoonlijke links',
      INCIDENT_NOTIFIED: 'gemelde voorvallen',
      NLA_REPORT_DUE: 'meldingstermijnen',
      INSPECTOR_GRANT_STARTS: 'inzage die ingaat',
      INSPECTOR_GRANT_ENDS: 'inzage die eindigt',
      CREDENTIAL_EXPIRES: 'verlopende certificaten',
      ACKNOWLEDGEMENTS_DUE: 'bevestigingen vóór de start',
      FINDING_AROSE: 'nieuwe bevindingen',
      FINDING_DEADLINE_NEAR: 'termijnen die verlopen',
      ACTION_ASSIGNED: 'herstelacties',
    },
  },
  en: {
    INSTRUCTION_RECEIVED: {
      subject: (f) => `Safety instruction received: ${f.title} (version ${f.version})`,
      lines: (f) => [
        `${f.fromName} passed the safety instruction "${f.title}", version ${f.version}, down to ${f.partyName} in the chain "${f.chainName}".`,
        'Pass it on to the links below you it covers, and have your workers acknowledge this version. A new version supersedes the one before: earlier acknowledgements no longer count.',
      ],
      action: 'View the instruction',
    },
    INSTRUCTION_SUPERSEDED: {
      subject: (f) => `New version: ${f.title} (version ${f.version})`,
      lines: (f) => [
        `There is a new version (${f.version}) of the safety instruction "${f.title}" in the chain "${f.chainName}". Your acknowledgement of the earlier version no longer counts.`,
        'Read the new version and acknowledge it.',
      ],
      action: 'Read the new version',
    },
    INSPECTOR_GRANT_STARTS: {
      subject: (f) => `Access to the chain "${f.chainName}" starts`,
      lines: (f) => [`${f.fromName} grants ${f.partyName} access to the records of the chain "${f.chainName}", from now until ${f.deadline}. Every read is recorded.`],
      action: 'Open the chain',
    },
    INSPECTOR_GRANT_ENDS: {
      subject: (f) => `Access to the chain "${f.chainName}" has ended`,
      lines: (f) => [`The access of ${f.partyName} to the records of the chain "${f.chainName}" has ended${f.deadline ? ` (${f.deadline})` : `, revoked by ${f.fromName}`}.`],
      action: 'View the chain',
    },
    CREDENTIAL_EXPIRES: {
      subject: (f) => `Expires soon: ${f.label}`,
      lines: (f) => [
        `${f.workerName ? `The diploma ${f.label} of ${f.workerName} (${f.partyName})` : `The certificate ${f.label} of ${f.partyName}`} expires on ${f.deadline}.`,
        'Renew it in time and record the new one: an expired certificate or diploma becomes a finding in the chains where it counts.',
      ],
      action: 'View the certificates',
    },
    WORKER_LINK: {
      subject: (f) => `Read and acknowledge: ${f.title}`,
      lines: (f) => [
        `Hello ${f.firstName},`,
        `${f.fromName} asks you to read and acknowledge the safety instruction "${f.title}" (version ${f.version}). Open your personal link; no sign-in needed. The link works until ${f.deadline}.`,
      ],
      action: 'Open your personal link',
    },
    INCIDENT_NOTIFIED: {
      subject: (f) => `Incident notified to you: ${f.location}`,
      lines: (f) => [
        `${f.fromName} notified ${f.partyName} of an incident in the chain "${f.chainName}".`,
        `When: ${f.when}. Where: ${f.location}.`,
        `What: ${f.description}`,
      ],
      action: 'View the incident',
    },
    NLA_REPORT_DUE: {
      subject: (f) => `Report the accident to the labour inspectorate before ${f.deadline}`,
      lines: (f) => [
        `The accident of ${f.when} (${f.location}) in the chain "${f.chainName}" must be reported "directly" to the Netherlands Labour Authority by ${f.partyName} as employer (Arbowet 9(1)).`,
        `No report is recorded yet. The deadline passes at ${f.deadline}: the law gives no hours, ${f.hours} h is this platform's policy.`,
      ],
      action: 'View the accident',
    },
    ACKNOWLEDGEMENTS_DUE: {
      subject: (f) => (f.workerName ? `Read and acknowledge before ${f.deadline}: ${f.gaps}` : `Work starts ${f.deadline}: safety instructions not yet acknowledged`),
      lines: (f) =>
        f.workerName
          ? [`Hello ${f.firstName},`, `Your work "${f.label}" in the chain "${f.chainName}" starts on ${f.deadline}. First read and acknowledge: ${f.gaps}.`]
          : [
              `${f.partyName} starts "${f.label}" in the chain "${f.chainName}" on ${f.deadline}. These workers have not acknowledged (or only an earlier version of) the instructions you received:`,
              f.gaps,
              'Have them read and acknowledge the current versions before they start.',
            ],
      action: 'Open the chain',
    },
    FINDING_AROSE: {
      subject: (f) => `Finding for ${f.dutyBearers}: ${f.rule}`,
      lines: (f) => [
        `A finding arose in the chain "${f.chainName}": ${f.rule} (${f.basis}).`,
        `The duty rests with ${f.dutyBearers}. Its deadline passed on ${f.deadline}; nothing recorded says it was done.`,
        'Do what the rule asks and record it: the finding stays open until it is recorded.',
      ],
      action: 'View the findings',
    },
    FINDING_DEADLINE_NEAR: {
      subject: (f) => `Deadline ${f.deadline}: ${f.rule}`,
      lines: (f) => [
        `In the chain "${f.chainName}" the deadline for this passes on ${f.deadline}: ${f.rule} (${f.basis}).`,
        `The duty rests with ${f.dutyBearers}. Nothing recorded says it was done yet: if it is not done in time, a finding arises.`,
      ],
      action: 'Open the chain',
    },
    ACTION_ASSIGNED: {
      subject: (f) => `Corrective action for ${f.partyName}: ${f.label}`,
      lines: (f) => [
        `${f.fromName} asks ${f.partyName} in the chain "${f.chainName}" to fix: ${f.label}`,
        `Due by ${f.deadline}. Record what you did; ${f.fromName} verifies it.`,
      ],
      action: 'View the actions',
    },
    footer: 'This message was sent by Schakel.',
    unsubscribe: 'Stop messages of this kind',
    sentNotRead: 'Schakel records that this message was sent, not that it was read.',
    digestSubject: (n) => `Schakel: digest of ${n} ${n === 1 ? 'message' : 'messages'}`,
    digestIntro: 'Your daily digest from Schakel:',
    triggerName: {
      INSTRUCTION_RECEIVED: 'instructions received',
      INSTRUCTION_SUPERSEDED: 'new versions',
      WORKER_LINK: 'personal links',
      INCIDENT_NOTIFIED: 'incidents notified',
      NLA_REPORT_DUE: 'report deadlines',
      INSPECTOR_GRANT_STARTS: 'access starting',
      INSPECTOR_GRANT_ENDS: 'access ending',
      CREDENTIAL_EXPIRES: 'expiring credentials',
      ACKNOWLEDGEMENTS_DUE: 'acknowledgements before a start',
      FINDING_AROSE: 'new findings',
      FINDING_DEADLINE_NEAR: 'deadlines that pass',
      ACTION_ASSIGNED: 'corrective actions',
    },
  },
  pl: {
    INSTRUCTION_RECEIVED: {
      subject: (f) => `Otrzymano instrukcję bezpieczeństwa: ${f.title} (wersja ${f.version})`,
      lines: (f) => [
        `${f.fromName} przekazał(a) instrukcję bezpieczeństwa „${f.title}”, wersja ${f.version}, firmie ${f.partyName} w łańcuchu „${f.chainName}”.`,
        'Przekaż ją dalej ogniwom poniżej, których dotyczy, i poproś pracowników o potwierdzenie tej wersji. Nowa wersja zastępuje poprzednią: wcześniejsze potwierdzenia przestają obowiązywać.',
      ],
      action: 'Zobacz instrukcję',
    },
    INSTRUCTION_SUPERSEDED: {
      subject: (f) => `Nowa wersja: ${f.title} (wersja ${f.version})`,
      lines: (f) => [
        `Jest nowa wersja (${f.version}) instrukcji bezpieczeństwa „${f.title}” w łańcuchu „${f.chainName}”. Twoje potwierdzenie poprzedniej wersji przestało obowiązywać.`,
        'Przeczytaj nową wersję i potwierdź ją.',
      ],
      action: 'Przeczytaj nową wersję',
    },
    INSPECTOR_GRANT_STARTS: {
      subject: (f) => `Dostęp do łańcucha „${f.chainName}” się rozpoczyna`,
      lines: (f) => [`${f.fromName} przyznaje ${f.partyName} dostęp do zapisów łańcucha „${f.chainName}”, od teraz do ${f.deadline}. Każdy wgląd jest zapisywany.`],
      action: 'Otwórz łańcuch',
    },
    INSPECTOR_GRANT_ENDS: {
      subject: (f) => `Dostęp do łańcucha „${f.chainName}” się zakończył`,
      lines: (f) => [`Dostęp ${f.partyName} do zapisów łańcucha „${f.chainName}” się zakończył${f.deadline ? ` (${f.deadline})` : `, cofnięty przez ${f.fromName}`}.`],
      action: 'Zobacz łańcuch',
    },
    CREDENTIAL_EXPIRES: {
      subject: (f) => `Wkrótce wygasa: ${f.label}`,
      lines: (f) => [
        `${f.workerName ? `Dyplom ${f.label} pracownika ${f.workerName} (${f.partyName})` : `Certyfikat ${f.label} firmy ${f.partyName}`} wygasa ${f.deadline}.`,
        'Odnów go na czas i zapisz nowy: wygasły certyfikat lub dyplom staje się ustaleniem w łańcuchach, w których się liczy.',
      ],
      action: 'Zobacz certyfikaty',
    },
    WORKER_LINK: {
      subject: (f) => `Przeczytaj i potwierdź: ${f.title}`,
      lines: (f) => [
        `Dzień dobry ${f.firstName},`,
        `${f.fromName} prosi o przeczytanie i potwierdzenie instrukcji bezpieczeństwa „${f.title}” (wersja ${f.version}). Otwórz swój osobisty link; logowanie nie jest potrzebne. Link działa do ${f.deadline}.`,
      ],
      action: 'Otwórz osobisty link',
    },
    INCIDENT_NOTIFIED: {
      subject: (f) => `Zgłoszono zdarzenie: ${f.location}`,
      lines: (f) => [
        `${f.fromName} poinformował(a) firmę ${f.partyName} o zdarzeniu w łańcuchu „${f.chainName}”.`,
        `Kiedy: ${f.when}. Gdzie: ${f.location}.`,
        `Co: ${f.description}`,
      ],
      action: 'Zobacz zdarzenie',
    },
    NLA_REPORT_DUE: {
      subject: (f) => `Zgłoś wypadek inspekcji pracy przed ${f.deadline}`,
      lines: (f) => [
        `Wypadek z ${f.when} (${f.location}) w łańcuchu „${f.chainName}” firma ${f.partyName} jako pracodawca musi „niezwłocznie” zgłosić holenderskiej inspekcji pracy (Arbowet 9(1)).`,
        `Zgłoszenie nie zostało jeszcze zapisane. Termin mija o ${f.deadline}: prawo nie podaje godzin, ${f.hours} h to zasada tej platformy.`,
      ],
      action: 'Zobacz wypadek',
    },
    ACKNOWLEDGEMENTS_DUE: {
      subject: (f) => (f.workerName ? `Przeczytaj i potwierdź przed ${f.deadline}: ${f.gaps}` : `Start prac ${f.deadline}: instrukcje bezpieczeństwa nie są jeszcze potwierdzone`),
      lines: (f) =>
        f.workerName
          ? [`Dzień dobry ${f.firstName},`, `Twoja praca „${f.label}” w łańcuchu „${f.chainName}” zaczyna się ${f.deadline}. Najpierw przeczytaj i potwierdź: ${f.gaps}.`]
          : [
              `${f.partyName} rozpoczyna „${f.label}” w łańcuchu „${f.chainName}” ${f.deadline}. Ci pracownicy nie potwierdzili jeszcze otrzymanych instrukcji (lub tylko ich wcześniejszą wersję):`,
              f.gaps,
              'Poproś ich o przeczytanie i potwierdzenie aktualnych wersji przed rozpoczęciem pracy.',
            ],
      action: 'Otwórz łańcuch',
    },
    FINDING_AROSE: {
      subject: (f) => `Ustalenie dla ${f.dutyBearers}: ${f.rule}`,
      lines: (f) => [
        `W łańcuchu „${f.chainName}” powstało ustalenie: ${f.rule} (${f.basis}).`,
        `Obowiązek spoczywa na ${f.dutyBearers}. Termin minął ${f.deadline}; nic nie zapisano, że zostało to zrobione.`,
        'Zrób to, czego wymaga reguła, i zapisz to: ustalenie pozostaje otwarte, dopóki nie zostanie zapisane.',
      ],
      action: 'Zobacz ustalenia',
    },
    FINDING_DEADLINE_NEAR: {
      subject: (f) => `Termin mija ${f.deadline}: ${f.rule}`,
      lines: (f) => [
        `W łańcuchu „${f.chainName}” ${f.deadline} mija termin dla: ${f.rule} (${f.basis}).`,
        `Obowiązek spoczywa na ${f.dutyBearers}. Nic jeszcze nie zapisano: jeśli nie zostanie to zrobione na czas, powstanie ustalenie.`,
      ],
      action: 'Otwórz łańcuch',
    },
    ACTION_ASSIGNED: {
      subject: (f) => `Działanie naprawcze dla ${f.partyName}: ${f.label}`,
      lines: (f) => [
        `${f.fromName} prosi ${f.partyName} w łańcuchu "${f.chainName}" o naprawę: ${f.label}`,
        `Termin: ${f.deadline}. Zapisz, co zostało zrobione; ${f.fromName} to sprawdzi.`,
      ],
      action: 'Zobacz działania',
    },
    footer: 'Tę wiadomość wysłał Schakel.',
    unsubscribe: 'Nie wysyłaj więcej wiadomości tego rodzaju',
    sentNotRead: 'Schakel zapisuje, że wiadomość została wysłana, a nie że została przeczytana.',
    digestSubject: (n) => `Schakel: podsumowanie (${n})`,
    digestIntro: 'Twoje dzienne podsumowanie z Schakel:',
    triggerName: {
      INSTRUCTION_RECEIVED: 'otrzymane instrukcje',
      INSTRUCTION_SUPERSEDED: 'nowe wersje',
      WORKER_LINK: 'osobiste linki',
      INCIDENT_NOTIFIED: 'zgłoszone zdarzenia',
      NLA_REPORT_DUE: 'terminy zgłoszeń',
      INSPECTOR_GRANT_STARTS: 'rozpoczęcie dostępu',
      INSPECTOR_GRANT_ENDS: 'zakończenie dostępu',
      CREDENTIAL_EXPIRES: 'wygasające certyfikaty',
      ACKNOWLEDGEMENTS_DUE: 'potwierdzenia przed startem',
      FINDING_AROSE: 'nowe ustalenia',
      FINDING_DEADLINE_NEAR: 'mijające terminy',
      ACTION_ASSIGNED: 'działania naprawcze',
    },
  },
};

/** A date and time as the reader reads it, on Dutch time (the sites are in the Netherlands). */
export function readableInstant(iso: string | null, language: NoticeLanguage): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const locale = { nl: 'nl-NL', en: 'en-GB', pl: 'pl-PL' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}
