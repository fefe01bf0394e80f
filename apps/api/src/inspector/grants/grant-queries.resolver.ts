import { Inject, UseFilters } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { GrantQueries, type GrantView } from '@schakel/read-models';
import { READ_MODELS, type Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../../auth/current-caller.decorator';
import { Roles } from '../../auth/roles.decorator';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { InspectorGrant } from './grant.types';

/** Grants of inspector access as people look for them: the inspector's own, and those a party gave. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class GrantQueriesResolver {
  private readonly grants: GrantQueries;

  constructor(@Inject(READ_MODELS) dataSource: DataSource) {
    this.grants = new GrantQueries(dataSource);
  }

  @Query(() => [InspectorGrant], { description: 'The chains you may inspect now or later: grants to your inspectorate, or to you, not revoked or expired.' })
  @Roles('INSPECTOR')
  async myGrants(@CurrentCaller() caller: Caller): Promise<InspectorGrant[]> {
    return (await this.grants.grantsTo(caller.partyId!, caller.userId, new Date().toISOString())).map(toGrant);
  }

  @Query(() => [InspectorGrant], { description: 'The inspector grants your party gave, newest first, revoked and expired ones too.' })
  @Roles('MANAGER')
  async grantsGiven(@CurrentCaller() caller: Caller): Promise<InspectorGrant[]> {
    return (await this.grants.grantsBy(caller.partyId!, new Date().toISOString())).map(toGrant);
  }
}

function toGrant(view: GrantView): InspectorGrant {
  return {
    ...view,
    validFrom: new Date(view.validFrom),
    validUntil: new Date(view.validUntil),
    reportPath: `/reports/chains/${view.chainId}/replay.html`,
  };
}
