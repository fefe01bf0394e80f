// The API application's one public entry, for what must run the composed application itself: the
// CLI's `demo` (serves it over HTTP) and `invite` (the write side and sign-in links, with the
// projections running). Everything else the CLI needs comes from the libs (docs/adr/0011-module-boundaries.md).
export { createApp } from './create-app';
export { MembershipWrites } from './identity/membership-writes';
export { SignInService } from './identity/sign-in.service';
export { SignInMailer } from './identity/sign-in-mailer';
