import type { Projection } from './runner/projection';
import { chainLinkProjection } from './links/chain-link.projection';
import { chainProjection } from './chains/chain.projection';
import { correctionProjection } from './corrections/correction.projection';
import { incidentProjection } from './incidents/incident.projection';
import { instructionProjection } from './instructions/instruction.projection';
import { partyProjection } from './parties/party.projection';
import { vergewisCheckProjection } from './checks/vergewis-check.projection';
import { memberProjection } from './members/member.projection';
import { inspectorGrantProjection } from './grants/inspector-grant.projection';
import { personalDataErasureProjection } from './personal-data/personal-data-erasure.projection';

export {
  chainLinkProjection,
  chainProjection,
  correctionProjection,
  incidentProjection,
  instructionProjection,
  partyProjection,
  vergewisCheckProjection,
};

/**
 * Every read-model projection, in the order the runner applies them to each event. Corrections
 * come late: they update rows the other projections made from earlier events; erasure blanks them last.
 */
export function readModelProjections(): Projection[] {
  return [
    partyProjection,
    memberProjection,
    chainProjection,
    chainLinkProjection,
    instructionProjection,
    vergewisCheckProjection,
    incidentProjection,
    inspectorGrantProjection,
    correctionProjection,
    personalDataErasureProjection,
  ];
}
