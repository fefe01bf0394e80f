import { registerEnumType } from '@nestjs/graphql';
import { basisKinds, certificateSchemes, certificateStatuses, complianceClocks, coordinatorPhases, specialHazards, workerDiplomas } from '@schakel/domain';

function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const CertificateSchemeEnum = enumOf(certificateSchemes, 'CertificateScheme', 'A company safety certificate: VCA*, VCA**, VCA Petrochemie, VCU, or the Safety Culture Ladder.');
export const CertificateStatusEnum = enumOf(certificateStatuses, 'CertificateStatus', 'Whether the certificate holds, is suspended or was withdrawn.');
export const WorkerDiplomaEnum = enumOf(workerDiplomas, 'WorkerDiploma', 'A personal VCA diploma (counts for 10 years).');
export const CoordinatorPhaseEnum = enumOf(coordinatorPhases, 'CoordinatorPhase', 'The V&G coordinator\'s phase: design or execution.');
export const SpecialHazardEnum = enumOf(specialHazards, 'SpecialHazard', 'A special hazard of construction works (Annex II of Directive 92/57/EEC).');
export const BasisKindEnum = enumOf(basisKinds, 'BasisKind', 'LAW in force, the LENDING_ACT on lent workers, or a CERTIFICATION_OR_CONTRACT rule.');
export const ClockEnum = enumOf(complianceClocks, 'Clock', 'RECORDED: what the records said at the time (transaction time); OCCURRED: what had happened (valid time).');
