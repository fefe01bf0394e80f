import type { Finding, MessageParam } from '@schakel/domain';

/** The languages a start check's reasons are given in. */
export const reasonLanguages = ['nl', 'en'] as const;
export type ReasonLanguage = (typeof reasonLanguages)[number];

/** A message's parameters as the reader reads them: names as recorded, times on Dutch time. */
type Words = Readonly<Record<string, string | null>>;
type Sentence = (p: Words) => string;

const locales: Record<ReasonLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };
const SITE_ZONE = 'Europe/Amsterdam';

const schemeNames: Readonly<Record<string, string>> = { VCA_1STAR: 'VCA*', VCA_2STAR: 'VCA**', VCA_PETROCHEMIE: 'VCA Petrochemie', VCU: 'VCU' };

function word(param: MessageParam, language: ReasonLanguage, zone: string): string | null {
  if (param === null) return null;
  if (typeof param === 'number') return String(param);
  if (typeof param === 'string') return param;
  if ('instant' in param) {
    return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(param.instant));
  }
  // a calendar date has no zone: shown as the date it names
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${param.date}T00:00:00Z`));
}

const channelWords: Record<ReasonLanguage, Readonly<Record<string, string>>> = {
  nl: { LINK: 'eigen handeling van de werknemer, via de persoonlijke link', OWN_ACCOUNT: 'eigen handeling, eigen account', PROXY: 'door een leidinggevende namens de werknemer ingevoerd (de verklaring van de werkgever)' },
  en: { LINK: "the worker's own act, by personal link", OWN_ACCOUNT: 'own act, own account', PROXY: "entered by a manager on the worker's behalf (the employer's statement)" },
};

/** The explanation of each message key, in each language; the English mirrors the rule's own text. */
const explanations: Record<ReasonLanguage, Readonly<Record<string, Sentence>>> = {
  nl: {
    'NL-ARBO-8-INSTRUCTION': (p) =>
      `${p.worker} begon op ${p.at} aan het werk zonder "${p.title}" versie ${p.version} te hebben bevestigd; ${p.employer} is de Arbo-werkgever` +
      (p.olderVersion ? ` (alleen versie ${p.olderVersion} was bevestigd).` : '.') +
      (p.laterChannel ? ` Later bevestigd (${p.laterChannel}: ${channelWords.nl[p.laterChannel] ?? p.laterChannel}).` : ''),
    'CHAIN-INFORM-ZZP': (p) =>
      `Zzp'er ${p.zzp} begon op ${p.at} aan het werk zonder kennis te hebben genomen van "${p.title}" versie ${p.version}; ${p.engagedBy}, die hem inschakelde, had haar niet doorgegeven` +
      (p.olderVersion ? ` (alleen versie ${p.olderVersion} was bevestigd).` : '.'),
    'CHAIN-FLOWDOWN': (p) => `${p.from} had "${p.title}" versie ${p.version} niet doorgegeven aan ${p.to} toen het werk daaronder begon op ${p.at}.`,
    'NL-VCA-DIPLOMA': (p) => `${p.worker} van ${p.party} begon op ${p.on} zonder VCA-diploma dat in de afgelopen 10 jaar is behaald.`,
    'NL-VCA-DIPLOMA.SUPERVISION': (p) => `${p.worker} van ${p.party} begon op ${p.on} leiding te geven zonder VOL-VCA-diploma dat in de afgelopen 10 jaar is behaald.`,
    'NL-VCA-CERT': (p) => `${p.holder} had op ${p.on} geen geldig ${p.scheme}-certificaat (of hoger), zoals ${p.requiredBy} van haar eist.`,
    'NL-VCA-CERT.SUBCONTRACTS': (p) => `${p.holder} had op ${p.on} geen geldig ${p.scheme}-certificaat (of hoger), zoals ${p.requiredBy} van haar eist (VCA** omdat zij werk uitbesteedt).`,
    'SCL-STEP': (p) => `${p.holder} had op ${p.on} geen geldig certificaat van de Veiligheidsladder van trede ${p.step} of hoger, zoals ${p.requiredBy} van haar eist.`,
    'NL-ARBO-5-RIE': (p) => `${p.worker} van uitzendbureau ${p.agency} begon op ${p.at} aan het werk voordat inlener ${p.hirer} zijn RI&E-uittreksel had geleverd.`,
    'NL-ARBO-5-RIE.NEW_TASK': (p) => `${p.worker} van uitzendbureau ${p.agency} begon op ${p.at} aan een nieuwe taak (${p.topics}) voordat inlener ${p.hirer} er zijn RI&E-uittreksel voor had geleverd.`,
    'CHAIN-SITE-INSTRUCTION': (p) =>
      `De locatie-instructie "${p.title}" versie ${p.version} van ${p.holder}, die de werkplek beheert, had ${p.visitor} niet bereikt voor zijn eerste werk daar op ${p.at}.`,
    'NL-BOUW-PLAN-RECEIPT.PLAN': (p) => `${p.party} werkt op de bouwplaats maar had uiterlijk ${p.due} geen ontvangst van V&G-plan versie ${p.version} vastgelegd.`,
    'NL-BOUW-PLAN-RECEIPT.DIRECTION': (p) => `${p.party} had uiterlijk ${p.due} geen ontvangst vastgelegd van de aanwijzing van de coördinator "${p.direction}".`,
  },
  en: {
    'NL-ARBO-8-INSTRUCTION': (p) =>
      `${p.worker} started work at ${p.at} without acknowledging "${p.title}" version ${p.version}; ${p.employer} is the Arbo employer` +
      (p.olderVersion ? ` (only version ${p.olderVersion} was acknowledged).` : '.') +
      (p.laterChannel ? ` Acknowledged later (${p.laterChannel}: ${channelWords.en[p.laterChannel] ?? p.laterChannel}).` : ''),
    'CHAIN-INFORM-ZZP': (p) =>
      `zzp'er ${p.zzp} started work at ${p.at} without having taken note of "${p.title}" version ${p.version}; ${p.engagedBy}, which engaged it, had not passed it on` +
      (p.olderVersion ? ` (only version ${p.olderVersion} was acknowledged).` : '.'),
    'CHAIN-FLOWDOWN': (p) => `${p.from} had not passed "${p.title}" version ${p.version} down to ${p.to} when work below started at ${p.at}.`,
    'NL-VCA-DIPLOMA': (p) => `${p.worker} of ${p.party} started on ${p.on} without a VCA diploma issued within the last 10 years.`,
    'NL-VCA-DIPLOMA.SUPERVISION': (p) => `${p.worker} of ${p.party} started supervising on ${p.on} without a VOL-VCA diploma issued within the last 10 years.`,
    'NL-VCA-CERT': (p) => `${p.holder} held no valid ${p.scheme} certificate (or better) on ${p.on}, as ${p.requiredBy} requires of it.`,
    'NL-VCA-CERT.SUBCONTRACTS': (p) => `${p.holder} held no valid ${p.scheme} certificate (or better) on ${p.on}, as ${p.requiredBy} requires of it (VCA** because it subcontracts work).`,
    'SCL-STEP': (p) => `${p.holder} held no valid Safety Culture Ladder certificate of step ${p.step} or higher on ${p.on}, as ${p.requiredBy} requires of it.`,
    'NL-ARBO-5-RIE': (p) => `${p.worker} of agency ${p.agency} started work at ${p.at} before hirer ${p.hirer} delivered its RI&E extract.`,
    'NL-ARBO-5-RIE.NEW_TASK': (p) => `${p.worker} of agency ${p.agency} started a new task (${p.topics}) at ${p.at} before hirer ${p.hirer} delivered its RI&E extract for it.`,
    'CHAIN-SITE-INSTRUCTION': (p) =>
      `The site instruction "${p.title}" version ${p.version} of ${p.holder}, in charge of the workplace, had not reached ${p.visitor} before its first work there at ${p.at}.`,
    'NL-BOUW-PLAN-RECEIPT.PLAN': (p) => `${p.party} works on site but had recorded no receipt of V&G plan version ${p.version} by ${p.due}.`,
    'NL-BOUW-PLAN-RECEIPT.DIRECTION': (p) => `${p.party} had recorded no receipt of the coordinator's direction "${p.direction}" by ${p.due}.`,
  },
};

/** Dutch titles and bases of the rules a start check can cite; the English are the rules' own. */
const dutchRules: Readonly<Record<string, { title: string; basis: string }>> = {
  'NL-ARBO-8-INSTRUCTION': {
    title: 'Werknemer begon voordat de instructie van de Arbo-werkgever was bevestigd',
    basis: "De Arbo-werkgever informeert en onderricht zijn werknemers over de risico's van hun werk, op een voor hen begrijpelijke wijze, voordat zij beginnen.",
  },
  'CHAIN-INFORM-ZZP': {
    title: "Zzp'er begon voordat de inschakelende partij de regels en risico's van de werkplek had doorgegeven",
    basis: "De partij die een zelfstandige inschakelt, geeft de regels en risico's van de werkplek door voordat het werk begint (onze ketenregel, naar de samenwerking van Arbowet 19).",
  },
  'CHAIN-FLOWDOWN': {
    title: 'Instructie niet doorgegeven voordat de lagere schakel aan het werk ging',
    basis: 'Elke partij die een instructie ontvangt, geeft haar door aan de schakels onder haar die zij betreft, voordat hun werk begint (onze regel, naar verantwoord opdrachtgeverschap).',
  },
  'NL-VCA-DIPLOMA': {
    title: 'Werknemer zonder VCA-diploma van minder dan 10 jaar oud',
    basis: 'Waar het contract het eist, heeft elke werknemer bij de start een VCA-diploma van hoogstens 10 jaar oud; wie leiding geeft (een start met het onderwerp SUPERVISION) heeft VOL-VCA.',
  },
  'NL-VCA-CERT': {
    title: 'Bedrijfscertificaat verlopen, geschorst of onder het vereiste niveau',
    basis: 'De ingeschakelde partij heeft een geldig VCA-certificaat van het niveau dat het contract eist; VCA** wanneer zij werk uitbesteedt.',
  },
  'SCL-STEP': {
    title: 'Trede op de Veiligheidsladder onder het contractminimum',
    basis: 'De ingeschakelde partij heeft een geldig certificaat van de Veiligheidsladder van ten minste de trede die het contract eist.',
  },
  'NL-ARBO-5-RIE': {
    title: 'Het RI&E-uittreksel bereikte het uitzendbureau niet voordat de uitgeleende werknemer begon',
    basis: "De inlener geeft het uitzendbureau tijdig voordat de uitgeleende werknemer begint de delen van zijn RI&E over de risico's van het werk.",
  },
  'CHAIN-SITE-INSTRUCTION': {
    title: 'De locatie-instructie van de partij die de werkplek beheert, bereikte een bezoekende partij niet voor haar eerste werk',
    basis: 'Werkgevers op een gedeelde werkplek werken samen; de partij die de werkplek beheert, geeft haar locatie-instructie aan elke bezoekende partij voordat die er voor het eerst werkt (onze ketenregel, naar Arbowet 19).',
  },
  'NL-BOUW-PLAN-RECEIPT': {
    title: 'Geen vastgelegde ontvangst van het huidige V&G-plan of een openstaande aanwijzing van de coördinator',
    basis: "Werkgevers en zzp'ers op de bouwplaats volgen het V&G-plan en de aanwijzingen van de coördinator (Arbobesluit 2.35(3), 9.5). Een vastgelegde ontvangst is het bewijs daarvan op dit platform, niet de wet zelf.",
  },
};

const graceNote: Record<ReasonLanguage, Sentence> = {
  nl: (p) => `De wet geeft geen termijn om kennis te nemen; ${p.graceHours} uur na publicatie is beleid van dit platform.`,
  en: (p) => `The law sets no time to take note; ${p.graceHours} h after publication is this platform's policy.`,
};

export type ReasonText = { title: string; basisText: string; explanation: string; policyNote: string | null };

/**
 * A finding's title, basis and explanation in the reader's language, times on the site's time. A
 * finding without a message key (or with one this catalogue lacks) keeps the rule's own English text.
 */
export function reasonText(finding: Finding, language: ReasonLanguage, zone = SITE_ZONE): ReasonText {
  const own: ReasonText = { title: finding.title, basisText: finding.basis.text, explanation: finding.explanation, policyNote: finding.policyNote };
  const message = finding.message;
  const sentence = message ? explanations[language][message.key] : undefined;
  if (!message || !sentence) return own;
  const words: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(message.params)) words[name] = word(value, language, zone);
  if (typeof words.scheme === 'string') words.scheme = schemeNames[words.scheme] ?? words.scheme;
  const dutch = language === 'nl' ? dutchRules[finding.ruleId] : undefined;
  return {
    title: dutch?.title ?? finding.title,
    basisText: dutch?.basis ?? finding.basis.text,
    explanation: sentence(words),
    policyNote: finding.policyNote === null ? null : words.graceHours ? graceNote[language](words) : finding.policyNote,
  };
}

/** Whether a message key has its sentence in a language (the catalogue's own test holds every rule's keys to it). */
export function hasSentence(key: string, language: ReasonLanguage): boolean {
  return key in explanations[language] && (language !== 'nl' || key.split('.')[0] in dutchRules);
}
