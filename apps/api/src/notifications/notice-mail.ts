import type { NoticeTrigger } from '@schakel/domain';
import { noticeTexts, type NoticeFacts, type NoticeLanguage } from './notice-texts';

export type NoticeTriggerText = NoticeTrigger;

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

/** One mail listing the day's messages for one member: each its subject line and its link. */
export function digestMail(language: NoticeLanguage, items: readonly { subject: string; link: string }[], unsubscribes: readonly { trigger: string; url: string }[]): NoticeMail {
  const catalogue = noticeTexts[language];
  const footer = [catalogue.footer, catalogue.sentNotRead];
  const subject = oneLine(catalogue.digestSubject(items.length));
  const text = [
    catalogue.digestIntro,
    '',
    ...items.flatMap((item) => [`- ${item.subject}`, `  ${item.link}`]),
    '',
    '-- ',
    ...footer,
    ...unsubscribes.map((u) => `${catalogue.unsubscribe} (${catalogue.triggerName[u.trigger as NoticeTriggerText] ?? u.trigger}): ${u.url}`),
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><body style="font-family:sans-serif;max-width:40em">`,
    `<p>${escapeHtml(catalogue.digestIntro)}</p><ul>`,
    ...items.map((item) => `<li><a href="${escapeHtml(item.link)}">${escapeHtml(item.subject)}</a></li>`),
    `</ul><hr><p style="color:#555;font-size:small">${footer.map(escapeHtml).join('<br>')}`,
    ...unsubscribes.map((u) => `<br><a href="${escapeHtml(u.url)}">${escapeHtml(`${catalogue.unsubscribe} (${catalogue.triggerName[u.trigger as NoticeTriggerText] ?? u.trigger})`)}</a>`),
    '</p></body></html>',
  ].join('\n');
  return { subject, text, html };
}
