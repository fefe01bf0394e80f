import { badInput } from '@schakel/application';

/** Every top-level list takes `first`: this many when not given, never more than MAX_PAGE. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

/** `first` checked: 1..MAX_PAGE, or BAD_USER_INPUT saying so. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput('PAGE_SIZE_INVALID', `first must be from 1 to ${MAX_PAGE}, got ${first}.`);
  }
  return first;
}

/** `offset` checked: 0 or more. */
export function pageOffset(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0) throw badInput('PAGE_OFFSET_INVALID', `offset must be 0 or more, got ${offset}.`);
  return offset;
}
