/**
 * The party a person who is a member of several parties acts for: kept in this browser and sent as the
 * header `x-schakel-party` with every request (and in the live connection's parameters). Without it the
 * API refuses such a person with AUTH_PARTY_REQUIRED and names their parties (docs/identity.md).
 */
export const PARTY_HEADER = 'x-schakel-party';
const CHOSEN = 'schakel.party';
const SEVERAL = 'schakel.parties';

export function actingParty(): string | null {
  return localStorage.getItem(CHOSEN);
}

/** The parties the API named when it asked which one (empty for a person of one party). */
export function memberParties(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SEVERAL) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberParties(ids: readonly string[]): void {
  localStorage.setItem(SEVERAL, JSON.stringify(ids));
}

export function chooseParty(id: string | null): void {
  if (id) localStorage.setItem(CHOSEN, id);
  else localStorage.removeItem(CHOSEN);
}

/** Forgets the choice and the list (signing out). */
export function forgetParties(): void {
  localStorage.removeItem(CHOSEN);
  localStorage.removeItem(SEVERAL);
}

/** fetch with the chosen party's header, unless the request names a party itself (the chooser asks each). */
export function fetchActingFor(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  const party = actingParty();
  if (party && !headers.has(PARTY_HEADER)) headers.set(PARTY_HEADER, party);
  return fetch(input, { ...init, headers });
}

/**
 * A link to a page the server draws (the toolbox sheet, the report): a link cannot carry the header,
 * so the chosen party goes along as the parameter `party` (docs/identity.md).
 */
export function pageForActingParty(path: string): string {
  const party = actingParty();
  if (!party) return path;
  return `${path}${path.includes('?') ? '&' : '?'}party=${encodeURIComponent(party)}`;
}
