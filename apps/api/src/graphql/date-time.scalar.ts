import { GraphQLScalarType, Kind } from 'graphql';
import { Invalid, parseInstant } from '@schakel/domain';

/** The instant, read as strictly as the domain reads it; a mistake is refused, never normalised. */
function strictInstant(value: unknown): Date {
  // `new Date('2026-02-30T10:00:00Z')` is 2 March: accepting that would record a day nobody meant.
  const ms = parseInstant(value);
  if (ms === null) throw new Invalid('INPUT_INSTANT_INVALID', { field: 'DateTime', value: String(value) });
  return new Date(ms);
}

/**
 * `DateTime` in place of Nest's GraphQLISODateTime (same name and description, so the schema
 * reads the same): a real calendar instant with a time zone, in the years the domain allows.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: strictInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new Invalid('INPUT_INSTANT_INVALID', { field: 'DateTime', value: ast.kind });
    return strictInstant(ast.value);
  },
});
