import { lead, type Leadership } from '../coordination/leadership.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { PlatformPort } from '../delivery/platform-port.ts';
import type { Logger } from '../log.ts';
import type { HttpRoute } from '../ops/http-server.ts';
import { RefusedError, type ConnectionStatus } from '../platforms/keep-connecting.ts';
import type { PlatformRuntime } from '../platforms/platform-runtime.ts';

/** How a platform is run: built afresh each time this instance takes its role. */
export interface PlatformFactory {
  readonly name: string;
  create(): PlatformRuntime;
  /**
   * Run by one instance at a time (the role `platform:<name>`): its intake — Telegram's long poll,
   * Discord's gateway sessions — and all of its sending, so one token has one paced lane. False for
   * the console, which every process has.
   */
  readonly elected: boolean;
  /** Webhook endpoints it serves on HTTP_PORT, with the secret a request must carry (every instance serves them; decision 0011). */
  readonly webhooks?: readonly { path: string; secret: string; header: string }[];
  /** Endpoints every instance serves and answers itself on HTTP_PORT, elected or not (Discord's interactions over HTTP). */
  readonly served?: () => ServedEndpoint[];
}

/** An endpoint an instance answers itself (no hand-over): its route, and how to let its work in flight finish. */
export interface ServedEndpoint {
  route: HttpRoute;
  close(): Promise<void>;
}

export interface SlotEvents {
  /** The platform is connected here: alerts waiting for it can go. */
  onReady(name: string): void;
  /** The platform refused the bot (a wrong token): the process must stop. */
  onRefused(err: Error): void;
  onRole(role: string, held: boolean): void;
}

/** One platform in this process: running here while this instance holds its role, idle otherwise. */
export interface PlatformSlot {
  readonly name: string;
  readonly factory: PlatformFactory;
  /** The running platform, or null while another instance holds the role. */
  current(): PlatformRuntime | null;
  status(): ConnectionStatus & { here: boolean };
  stop(): Promise<void>;
}

const IDLE: ConnectionStatus = { state: 'stopped', failures: 0, lastError: null, since: new Date(0).toISOString() };

/**
 * Starts `factory` now (not elected) or whenever this instance is elected for its role, and stops
 * it when the role is lost, before another instance can take over. `ports` (the worker's view) holds
 * the platform's port only while it runs here.
 */
export function platformSlot(
  factory: PlatformFactory,
  deps: { coordinator: Coordinator; ports: Map<string, PlatformPort>; logger: Logger; leaseTtlMs?: number | undefined; events: SlotEvents },
): PlatformSlot {
  const role = `platform:${factory.name}`;
  let running: PlatformRuntime | null = null;
  let leadership: Leadership | null = null;

  async function begin(): Promise<void> {
    const rt = factory.create();
    running = rt;
    deps.ports.set(factory.name, rt.port);
    void rt.ready.then(() => deps.events.onReady(factory.name));
    void rt.refused?.then((err) => deps.events.onRefused(err));
    try {
      await rt.start();
    } catch (err) {
      // A refusal comes through `refused`; anything else here is the platform's own failure to start.
      if (!(err instanceof RefusedError)) deps.logger.error({ err, platform: factory.name }, 'the platform could not start');
    }
  }

  async function end(): Promise<void> {
    const rt = running;
    running = null;
    deps.ports.delete(factory.name);
    await rt?.stop();
  }

  if (!factory.elected) void begin();
  else {
    leadership = lead(deps.coordinator, role, {
      ...(deps.leaseTtlMs ? { ttlMs: deps.leaseTtlMs } : {}),
      logger: deps.logger,
      onElected: async () => {
        deps.logger.info({ platform: factory.name }, `this instance now runs ${factory.name}: its intake and its sending`);
        deps.events.onRole(role, true);
        await begin();
      },
      onLost: async (reason) => {
        deps.logger.warn({ platform: factory.name, reason }, `this instance no longer runs ${factory.name}`);
        deps.events.onRole(role, false);
        await end();
      },
    });
  }

  return {
    name: factory.name,
    factory,
    current: () => running,
    status: () => (running ? { ...running.status(), here: true } : { ...IDLE, here: false }),
    async stop() {
      if (leadership) await leadership.stop();
      else await end();
    },
  };
}
