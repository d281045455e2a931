import type { PlatformPort } from '../delivery/platform-port.ts';
import type { HttpRoute } from '../ops/http-server.ts';
import type { ConnectionStatus } from './keep-connecting.ts';

/** A platform the runtime starts and stops: its delivery port plus its intake (updates, gateway). */
export interface PlatformRuntime {
  readonly name: string;
  port: PlatformPort;
  /**
   * Starts intake without waiting on the outside world for long: resolves once connected or once
   * the first try failed or is slow (retries go on in the background); rejects only when the
   * platform refused the bot for good (a wrong token).
   */
  start(): Promise<void>;
  /** Resolves once connected (alerts queued meanwhile then go out). */
  readonly ready: Promise<void>;
  /** Resolves when the platform refused the bot (a wrong token), at start or on any later try: the process must stop. */
  readonly refused?: Promise<Error>;
  /** Endpoints to serve on HTTP_PORT (Telegram's webhook). */
  readonly routes?: readonly HttpRoute[];
  /** Connection state for logs, /healthz and doctor. */
  status(): ConnectionStatus;
  /** Stops intake; in-flight handlers finish; closes the lane. Idempotent. */
  stop(): Promise<void>;
}
