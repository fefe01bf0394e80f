export { MemberRow } from './member.entity';
export { SignInCodeRow } from './sign-in-code.entity';
export { UserSessionRow } from './user-session.entity';
export { memberProjection } from './member.projection';
export { MemberQueries, type MemberView } from './member-queries';
