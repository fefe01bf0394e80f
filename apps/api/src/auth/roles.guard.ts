import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden } from '@schakel/application';
import type { GraphqlContext } from './graphql-context';
import type { Role } from '@schakel/infrastructure';
import { ROLES_KEY } from './roles.decorator';

/** Refuses a caller whose token role is not among the resolver's @Roles(). Runs after AuthGuard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const caller = GqlExecutionContext.create(context).getContext<GraphqlContext>().caller;
    if (caller && roles.includes(caller.role)) return true;
    throw forbidden('ROLE_NOT_ALLOWED', `This needs one of the roles ${roles.join(', ')}; the token has ${caller?.role ?? 'none'}.`);
  }
}
