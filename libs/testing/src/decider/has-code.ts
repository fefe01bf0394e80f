import {
  domainErrorCatalog,
  isDomainError,
  type DomainError,
  type DomainErrorCode,
  type DomainErrorFamily,
  type DomainErrorParams,
} from '@schakel/domain';

/** What a failing command must throw: a DomainError with this code (and, if given, params and rule). */
export type ErrorExpectation = {
  code: DomainErrorCode;
  params?: Partial<DomainErrorParams>;
  rule?: string;
};

export function hasCode(code: DomainErrorCode, more: Omit<ErrorExpectation, 'code'> = {}): ErrorExpectation {
  return { code, ...more };
}

/** Throws a readable assertion error unless `error` meets the expectation; returns it as DomainError. */
export function assertDomainError(error: unknown, expected: DomainErrorCode | ErrorExpectation): DomainError {
  const expectation = typeof expected === 'string' ? { code: expected } : expected;
  if (!isDomainError(error)) {
    const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`expected a DomainError ${expectation.code}, but got ${described}`);
  }
  const family: DomainErrorFamily = domainErrorCatalog[expectation.code].family;
  const problems: string[] = [];
  if (error.code !== expectation.code) problems.push(`code ${error.code} ("${error.message}")`);
  if (error.family !== family) problems.push(`family ${error.family} instead of ${family}`);
  if (expectation.rule !== undefined && error.rule !== expectation.rule) problems.push(`rule ${String(error.rule)}`);
  for (const [name, value] of Object.entries(expectation.params ?? {})) {
    if (error.params[name] !== value) problems.push(`param ${name}=${String(error.params[name])}, expected ${String(value)}`);
  }
  if (problems.length > 0) throw new Error(`expected ${expectation.code}, but got ${problems.join('; ')}`);
  return error;
}
