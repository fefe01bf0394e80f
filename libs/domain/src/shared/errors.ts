import {
  domainErrorCatalog,
  domainErrorMessage,
  type DomainErrorCode,
  type DomainErrorCodeOf,
  type DomainErrorFamily,
  type DomainErrorParams,
} from './error-codes';

/**
 * An expected failure: a command broke a rule. `family` maps to the API's error class,
 * `code` names the rule (`CHAIN_LINK_CYCLE`), `rule` the named invariant that raised it, if any.
 */
export abstract class DomainError extends Error {
  abstract readonly family: DomainErrorFamily;
  readonly code: DomainErrorCode;
  readonly params: DomainErrorParams;
  readonly rule: string | null;

  protected constructor(code: DomainErrorCode, params: DomainErrorParams = {}, rule: string | null = null) {
    super(domainErrorMessage(code, params));
    this.code = code;
    this.params = params;
    this.rule = rule;
  }
}

export class Invalid extends DomainError {
  readonly family = 'INVALID' as const;
  constructor(code: DomainErrorCodeOf<'INVALID'>, params: DomainErrorParams = {}, rule: string | null = null) {
    super(code, params, rule);
    this.name = 'Invalid';
  }
}

export class NotFound extends DomainError {
  readonly family = 'NOT_FOUND' as const;
  constructor(code: DomainErrorCodeOf<'NOT_FOUND'>, params: DomainErrorParams = {}, rule: string | null = null) {
    super(code, params, rule);
    this.name = 'NotFound';
  }
}

export class NotAllowed extends DomainError {
  readonly family = 'NOT_ALLOWED' as const;
  constructor(code: DomainErrorCodeOf<'NOT_ALLOWED'>, params: DomainErrorParams = {}, rule: string | null = null) {
    super(code, params, rule);
    this.name = 'NotAllowed';
  }
}

export class Conflict extends DomainError {
  readonly family = 'CONFLICT' as const;
  constructor(code: DomainErrorCodeOf<'CONFLICT'>, params: DomainErrorParams = {}, rule: string | null = null) {
    super(code, params, rule);
    this.name = 'Conflict';
  }
}

export class RuleViolated extends DomainError {
  readonly family = 'RULE_VIOLATED' as const;
  constructor(code: DomainErrorCodeOf<'RULE_VIOLATED'>, params: DomainErrorParams = {}, rule: string | null = null) {
    super(code, params, rule);
    this.name = 'RuleViolated';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Builds the error of the right family for a code (for callers that only hold a code). */
export function domainError(code: DomainErrorCode, params: DomainErrorParams = {}, rule: string | null = null): DomainError {
  const family = domainErrorCatalog[code].family;
  switch (family) {
    case 'INVALID':
      return new Invalid(code as DomainErrorCodeOf<'INVALID'>, params, rule);
    case 'NOT_FOUND':
      return new NotFound(code as DomainErrorCodeOf<'NOT_FOUND'>, params, rule);
    case 'NOT_ALLOWED':
      return new NotAllowed(code as DomainErrorCodeOf<'NOT_ALLOWED'>, params, rule);
    case 'CONFLICT':
      return new Conflict(code as DomainErrorCodeOf<'CONFLICT'>, params, rule);
    case 'RULE_VIOLATED':
      return new RuleViolated(code as DomainErrorCodeOf<'RULE_VIOLATED'>, params, rule);
    default: {
      const unreachable: never = family;
      throw new TypeError(`unknown error family ${String(unreachable)}`);
    }
  }
}
