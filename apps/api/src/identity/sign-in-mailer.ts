import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type AppConfig, APP_CONFIG } from '@schakel/infrastructure';

/** Sends sign-in links by SMTP when SMTP_URL is configured. */
@Injectable()
export class SignInMailer {
  private readonly logger = new Logger('SignInMailer');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(to: string, link: string): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.config.smtpFrom,
      to,
      subject: 'Sign in to Schakel',
      text: `Open this link within 15 minutes to sign in to Schakel:\n\n${link}\n\nThe link works once. If you did not ask for it, ignore this mail.`,
    });
  }

  /** Fire and forget: the answer to requestSignIn must not wait on (or reveal) the mail server. */
  sendLater(to: string, link: string): void {
    this.send(to, link).catch((error: unknown) => this.warn(error));
  }

  /** Logs a mail that could not be sent (never the link itself); false. */
  warn(error: unknown): false {
    this.logger.warn(`sign-in mail not sent: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
