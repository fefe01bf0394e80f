import { HttpStatus } from '@nestjs/common';
import type { LinkErrorReason } from './link-page-texts';

/** Why a link page refuses: the worker sees a page in a language it reads, a client a stable code. */
export class LinkRefused extends Error {
  constructor(readonly reason: LinkErrorReason) {
    super(reason);
    this.name = 'LinkRefused';
  }
}

export const linkRefusal: Record<LinkErrorReason, { status: HttpStatus; code: string; message: string }> = {
  LINK_INVALID: { status: HttpStatus.NOT_FOUND, code: 'NOT_FOUND', message: 'This link is not valid (unknown, altered, or not signed by this server).' },
  LINK_EXPIRED: { status: HttpStatus.GONE, code: 'FORBIDDEN', message: 'This link has expired.' },
  LINK_REVOKED: { status: HttpStatus.GONE, code: 'FORBIDDEN', message: 'This link was revoked.' },
  LINK_USED: { status: HttpStatus.CONFLICT, code: 'CONFLICT', message: 'The worker has already acknowledged this version.' },
  LINK_RATE_LIMITED: { status: HttpStatus.TOO_MANY_REQUESTS, code: 'TOO_MANY_REQUESTS', message: 'Too many requests from this address or for this link; try again later.' },
  LINK_FORM_EXPIRED: { status: HttpStatus.FORBIDDEN, code: 'FORBIDDEN', message: 'The form is missing its nonce, is from another link, or is too old: open the link again.' },
  LINK_NOT_CONFIRMED: { status: HttpStatus.BAD_REQUEST, code: 'BAD_USER_INPUT', message: 'The worker did not confirm that this is them (confirm=yes).' },
  LINK_LANGUAGE_INVALID: { status: HttpStatus.BAD_REQUEST, code: 'BAD_USER_INPUT', message: 'language must be one the instruction version is written in.' },
  LINK_LANGUAGE_NOT_READ: { status: HttpStatus.UNPROCESSABLE_ENTITY, code: 'BUSINESS_RULE_VIOLATED', message: 'The worker does not read that language.' },
};
