import { noticeTexts, type NoticeFacts, type NoticeLanguage } from './notice-texts';

export type NoticeTriggerText = 'INSTRUCTION_RECEIVED' | 'WORKER_LINK' | 'INCIDENT_NOTIFIED' | 'NLA_REPORT_DUE';

export interface NoticeMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** User text goes into HTML as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Subject lines are one line: a name with a line break cannot add mail headers. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').replace(/\p{Cc}/gu, '').trim().slice(0, 200);

/** One message in the reader's language: plain text and HTML, with its link and the unsubscribe link. */
export function noticeMail(trigger: NoticeTriggerText, language: NoticeLanguage, facts: NoticeFacts, link: string, unsubscribeUrl: string | null): NoticeMail {
  const catalogue = noticeTexts[language];
  const texts = catalogue[trigger];
  const lines = texts.lines(facts);
  const footer = [catalogue.footer, catalogue.sentNotRead];
  const text = [
    ...lines,
    '',
    `${texts.action}: ${link}`,
    '',
    '-- ',
    ...footer,
    ...(unsubscribeUrl ? [`${catalogue.unsubscribe}: ${unsubscribeUrl}`] : []),
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><body style="font-family:sans-serif;max-width:40em">`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(texts.action)}</a></p>`,
    `<hr><p style="color:#555;font-size:small">${footer.map(escapeHtml).join('<br>')}`,
    ...(unsubscribeUrl ? [`<br><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(catalogue.unsubscribe)}</a>`] : []),
    '</p></body></html>',
  ].join('\n');
  return { subject: oneLine(texts.subject(facts)), text, html };
}
