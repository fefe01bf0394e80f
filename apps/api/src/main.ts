import { ConfigError, loadConfig, type AppConfig } from '@schakel/infrastructure';
import { createApp } from './create-app';

let config: AppConfig | null = null;

async function main(): Promise<void> {
  config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  const graphql = url.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost') + '/graphql';
  process.stdout.write(
    [
      '',
      `Schakel is running on the ${config.store} store.`,
      `  Open the app:  ${graphql.replace('/graphql', '/')}  (sign in with the link that schakel invite prints)`,
      `  GraphQL:  ${graphql}  (POST queries; the app uses it too)`,
      `  Health:   ${graphql.replace('/graphql', '/health')}`,
      `  Sign in:  ./bin/schakel invite --email <address> [--party <partyId> --role MANAGER]  (prints or mails a link)`,
      `  Dev only: ./bin/schakel token --role ADMIN            (a bearer token for scripts)`,
      `  Example data: npm run demo   (docs/domain.md stories 1–4, with sign-in links for the app and a token for each role)`,
      `  The domain:   docs/domain.md   Settings: docs/operations.md`,
      '',
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`schakel: configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`schakel: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (config?.logLevel === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
