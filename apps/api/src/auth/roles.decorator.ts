import { SetMetadata } from '@nestjs/common';
import type { Role } from '@schakel/infrastructure';

export const ROLES_KEY = 'schakel:roles';
/** The token roles that may call a resolver; checked by the RolesGuard after authentication. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
