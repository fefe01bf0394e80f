import type { ChainCommand, CommandMetadata } from '../../index';
import { aChain, asParty, asWorker, chainSpec, instructionIssued, instructionPassedDown } from '../../../../testing/src/builders';

// Given / when / then for toolbox meetings: own attendance by the meeting's QR code acknowledges
// the versions discussed; a paper list is proxy attendance and acknowledges nothing.

type Of<T extends ChainCommand['type']> = Extract<ChainCommand, { type: T }>;
function cmd<T extends ChainCommand['type']>(type: T, metadata: CommandMetadata, data: Omit<Of<T>['data'], 'chainId'>): Of<T> {
  return { type, data: { chainId: 'chain-1', ...data }, metadata } as unknown as Of<T>;
}
const given = () =>
  aChain()
    .openedBy('principal', { sector: 'OTHER' })
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'agency', { kind: 'LENDING' })
    .with(instructionIssued({ instructionId: 'i', issuerPartyId: 'main' }))
    .with(instructionPassedDown({ instructionId: 'i', linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' }))
    .with(instructionPassedDown({ instructionId: 'i', linkId: 'link-steel-agency', fromPartyId: 'steel', toPartyId: 'agency' }))
    .events();
const meeting = { type: 'ToolboxMeetingRecorded' as const, data: { meetingId: 'm1', site: 'Galerij 3', topics: ['WORK_AT_HEIGHT'], instructions: [{ instructionId: 'i', version: 1 }], language: 'pl', leaderName: 'Kees (uitvoerder)', organizerPartyId: 'steel' } };
const marek = { workerId: 'marek', partyId: 'agency', languages: ['pl', 'nl'] };
const tomasz = { workerId: 'tomasz', partyId: 'agency', languages: ['pl'] };

describe('toolbox meetings', () => {
  it('records a meeting with the versions discussed, in a language they are written in', () => {
    const record = (data: Partial<Of<'RecordToolboxMeeting'>['data']>) =>
      cmd('RecordToolboxMeeting', asParty('steel'), { meetingId: 'm1', site: 'Galerij 3', topics: ['WORK_AT_HEIGHT'], instructions: [{ instructionId: 'i', version: 1 }], language: 'pl', leaderName: 'Kees (uitvoerder)', ...data });
    chainSpec().given(given()).when(record({})).then([meeting]);
    chainSpec().given(given()).when(record({ language: 'ro' })).thenThrows('INSTRUCTION_LANGUAGE_UNAVAILABLE');
    chainSpec().given(given()).when(record({ instructions: [{ instructionId: 'i', version: 2 }] })).thenThrows('INSTRUCTION_VERSION_NOT_FOUND');
    chainSpec().given(given()).when(record({ leaderName: ' ' })).thenThrows('INPUT_REQUIRED');
    chainSpec().given([...given(), meeting]).when(record({})).thenThrows('TOOLBOX_MEETING_EXISTS');
  });

  it("a worker's own attendance by the QR code is its acknowledgement of the versions discussed", () => {
    chainSpec()
      .given([...given(), meeting])
      .when(cmd('AttendToolboxMeeting', asWorker('agency', 'marek'), { meetingId: 'm1', worker: marek }))
      .then([
        { type: 'ToolboxAttendanceRecorded', data: { meetingId: 'm1', partyId: 'agency', workerId: 'marek', channel: 'OWN', recordedByPartyId: 'agency' } },
        { type: 'SafetyInstructionAcknowledged', data: { instructionId: 'i', version: 1, partyId: 'agency', workerId: 'marek', language: 'pl', understood: true, channel: 'OWN_ACCOUNT' } },
      ]);
    // a manager cannot attend for a worker by the QR code, and nobody attends twice
    chainSpec().given([...given(), meeting]).when(cmd('AttendToolboxMeeting', asParty('agency'), { meetingId: 'm1', worker: marek })).thenThrows('TOOLBOX_ATTENDANCE_NOT_OWN');
    const attended = { type: 'ToolboxAttendanceRecorded' as const, data: { meetingId: 'm1', partyId: 'agency', workerId: 'marek', channel: 'OWN' as const, recordedByPartyId: 'agency' } };
    chainSpec().given([...given(), meeting, attended]).when(cmd('AttendToolboxMeeting', asWorker('agency', 'marek'), { meetingId: 'm1', worker: marek })).thenThrows('TOOLBOX_ALREADY_ATTENDED');
  });

  it('a paper list is proxy attendance by the organizer or the workers\' party, with no acknowledgement', () => {
    chainSpec()
      .given([...given(), meeting])
      .when(cmd('RecordToolboxAttendanceList', asParty('steel'), { meetingId: 'm1', workerIds: ['tomasz'], workers: [tomasz] }))
      .then([{ type: 'ToolboxAttendanceRecorded', data: { meetingId: 'm1', partyId: 'agency', workerId: 'tomasz', channel: 'PROXY', recordedByPartyId: 'steel' } }]);
    chainSpec().given([...given(), meeting]).when(cmd('RecordToolboxAttendanceList', asParty('main'), { meetingId: 'm1', workerIds: ['tomasz'], workers: [tomasz] })).thenThrows('TOOLBOX_LIST_NOT_ALLOWED');
    chainSpec().given([...given(), meeting]).when(cmd('RecordToolboxAttendanceList', asParty('steel'), { meetingId: 'm1', workerIds: [], workers: [] })).thenThrows('TOOLBOX_WORKERS_INVALID');
    chainSpec().given([...given(), meeting]).when(cmd('RecordToolboxAttendanceList', asParty('steel'), { meetingId: 'm9', workerIds: ['tomasz'], workers: [tomasz] })).thenThrows('TOOLBOX_MEETING_NOT_FOUND');
  });
});
