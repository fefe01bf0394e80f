import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '@schakel/api';
import { loadConfig, loadOrCreateJwtSecret, mintToken, type Role } from '@schakel/infrastructure';
import { GraphqlClient } from '../demo/graphql-client';
import { runDemoStory } from '../demo/demo-story';
import { printFindings, runStory3 } from '../demo/demo-story-3';
import { runStory4 } from '../demo/demo-story-4';
import { demoSignInLinks } from '../demo/demo-sign-in';
import { day, demoNames, printDemo } from '../demo/print-demo';
import { type CliCommand, parse } from './cli-command';

export const demoCommand: CliCommand = {
  summary: 'load docs/domain.md stories 1–4 through the GraphQL API: the chain, its findings, an inspector\'s replay and a bundle',
  help: `schakel demo [--url http://localhost:3000/graphql]
  Without --url it starts the API in this process on the configured store (the same data as
  npm start) on a free port, runs the stories over HTTP, and stops. Prints the chain tree, the
  instruction's acknowledgement status, the findings after the accident of story 3, the
  inspector's answers of story 4 with an evidence bundle written to <data>/demo/, and a token
  for each role (valid 7 days).`,
  async run(args) {
    const { values } = parse(args, { url: { type: 'string' } });
    const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
    const secret = loadOrCreateJwtSecret(config.dataDir, config.jwtSecret);
    const mint = (who: { party?: string; role: Role; worker?: string }) =>
      mintToken(secret, {
        userId: `demo-${who.role.toLowerCase()}${who.worker ? '-' + who.worker.slice(-6) : who.party ? '-' + who.party.slice(-6) : ''}`,
        partyId: who.party ?? null,
        role: who.role,
        workerId: who.worker ?? null,
        expiresIn: '7d',
      });
    const app = values.url ? null : await createApp(config);
    let url = values.url;
    if (app) {
      await app.listen(0, '127.0.0.1');
      url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    }
    const write = (s: string) => process.stdout.write(s);
    try {
      const api = new GraphqlClient(url!);
      const demo = await runDemoStory(api, mint, new Date().toISOString().slice(0, 10));
      const principal = mint({ party: demo.parties.principal.id, role: 'MANAGER' });
      write(
        `Story 8 and 1–2: ${demo.parties.principal.name} started "Renovatie 48 woningen Zuiderpark" on ${day(demo.days.siteStart).slice(0, 10)} ` +
          `(site start; the chain was set up two weeks before). Its paper file — contracts, the instruction register, toolbox lists — is imported today: ` +
          `every entry keeps its own date and is marked imported (file SHA-256 ${demo.importSha256.slice(0, 16)}…).\n` +
          `Today Jan acknowledges v2 on his phone; the agency types in the paper toolbox list its fitters signed on ${day(demo.days.toolbox).slice(0, 10)}.\n`,
      );
      await printDemo(api, principal, demo, write);
      const accident = await runStory3(api, mint, demo);
      write(`\nStory 3: the fitters started on the site 16 days ago. Yesterday lent worker Marek fell from the scaffold and was admitted to hospital (${accident.lateStep}).\nFindings as the principal sees them:\n`);
      const names = demoNames(demo);
      names.set(accident.incidentId, "Marek's fall");
      await printFindings(api, principal, demo.chainId, write, names);
      // Story 4 reports its own near miss and fall, today, for the inspector to replay.
      write(`\nToday, on the same scaffold, a plank slips under a fitter's foot (reported to the main contractor); minutes later Tomasz falls.\n`);
      const story4 = await runStory4(api, mint, demo, null, write, join(config.dataDir, 'demo'));
      write(`\nTokens (Authorization: Bearer …), valid 7 days:\n`);
      write(`  ADMIN                         ${mint({ role: 'ADMIN' })}\n`);
      for (const party of Object.values(demo.parties)) {
        write(`  MANAGER ${party.name.padEnd(22).slice(0, 22)} ${mint({ party: party.id, role: 'MANAGER' })}\n`);
      }
      for (const worker of Object.values(demo.workers)) {
        write(`  WORKER  ${worker.name.padEnd(22).slice(0, 22)} ${mint({ party: worker.partyId, role: 'WORKER', worker: worker.id })}\n`);
      }
      if (app) {
        write(`\nSign in to the web app (npm start, then open a link; each works once, within 15 minutes — ./bin/schakel invite --email … gives a new one):\n`);
        for (const { who, link } of await demoSignInLinks(app, demo, story4.inspectorPartyId)) write(`  ${who}\n    ${link}\n`);
      }
      if (app) write(`\nThe data stays in ${config.store === 'sqlite' ? config.sqlitePath : 'the configured store'}: npm start serves it.\n`);
      return 0;
    } finally {
      await app?.close();
    }
  },
};
