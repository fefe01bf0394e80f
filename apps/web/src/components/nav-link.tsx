import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/**
 * A link of the menu or of a screen's tabs: marked `active` (with aria-current) while its page is open,
 * or a page below it unless `end` is set.
 */
export function NavLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [path] = useLocation();
  const active = path === to || (!end && path.startsWith(`${to}/`));
  return (
    <Link to={to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
