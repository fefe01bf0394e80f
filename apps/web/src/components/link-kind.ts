import type { TFunction } from 'i18next';

/** The kind of a link in words: a zzp'er's link says whether they work under the hirer's authority (gezag). */
export function linkKindText(t: TFunction, kind: string | null | undefined, underAuthority: boolean | undefined): string {
  if (!kind) return t('kind.PRINCIPAL');
  if (kind === 'SELF_EMPLOYED') return t(underAuthority ? 'kind.SELF_EMPLOYED_AUTHORITY' : 'kind.SELF_EMPLOYED');
  return t(`kind.${kind}`);
}
