import { randomUUID } from 'node:crypto';
import { Mutation, SEND_AGAIN, sendMutation } from './gateway-client';
import { chaosProposal } from './seed';

/** A command the load sent, and what finally came of it. */
export interface SentCommand {
  commandId: string;
  mutation: Mutation;
  /** The fault under way when it was first sent, or `none`. */
  during: string;
  /** null: accepted; a code: refused; `UNANSWERED`: no answer within the give-up time, retries included. */
  code: string | null;
  attempts: number;
  latencyMs: number;
}

export interface SteadyLoadOptions {
  graphqlUrl: string;
  clients: number;
  /** Each client's pause between two commands: the request rate's bound on a shared 2-core machine. */
  pauseMs: number;
  /** At most this many sends in all, retries included; then the clients stop. */
  requestBudget: number;
  /** The proposals supporters choose from; drafted and submitted ones join it. */
  proposalIds: string[];
  run: string;
}

const GIVE_UP_AFTER_MS = 180_000;
const FIRST_RETRY_MS = 200;
const LAST_RETRY_MS = 2_000;

/**
 * A steady mix of citizens' commands through the gateway, as clients that want them to take effect: a send the
 * platform failed to answer is sent again with the same commandId (after a back-off) until it is answered. Most
 * commands support a proposal (each by a new citizen); one in five drafts a new proposal and submits it.
 */
export class ChaosLoad {
  readonly sent: SentCommand[] = [];
  /** The fault now under way, recorded with each command first sent during it. */
  phase = 'none';
  /** Sends waiting for their answer now. */
  inFlight = 0;
  private sends = 0;
  private stopping = false;
  private running: Promise<void> | undefined;
  private nextPerson = 0;

  constructor(private readonly options: SteadyLoadOptions) {}

  start(): void {
    this.running = Promise.all(
      Array.from({ length: this.options.clients }, (_, client) => this.client(client)),
    ).then(() => undefined);
  }

  /** Lets every client finish the command it is on (retries included), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  get budgetLeft(): boolean {
    return this.sends < this.options.requestBudget;
  }

  /** Sends one command until it is answered and records it: the probe that tells the platform serves again. */
  async command(mutation: Mutation): Promise<SentCommand> {
    const command = { commandId: randomUUID(), mutation, during: this.phase };
    const sentAt = performance.now();
    for (let attempts = 1; ; attempts++) {
      this.sends++;
      this.inFlight++;
      const outcome = await sendMutation(this.options.graphqlUrl, command.commandId, mutation).finally(
        () => this.inFlight--,
      );
      const code = outcome.accepted ? null : outcome.code;
      const latencyMs = performance.now() - sentAt;
      if (code === null || !SEND_AGAIN.has(code) || latencyMs > GIVE_UP_AFTER_MS) {
        const answered = {
          ...command,
          code: code && SEND_AGAIN.has(code) ? 'UNANSWERED' : code,
          attempts,
          latencyMs,
        };
        this.sent.push(answered);
        return answered;
      }
      await pause(Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1)));
    }
  }

  support(proposalId = this.supportedProposal()): Promise<SentCommand> {
    return this.command({ name: 'supportProposal', input: { proposalId }, actor: this.newPerson() });
  }

  private async client(client: number): Promise<void> {
    for (let turn = client; !this.stopping && this.budgetLeft; turn++) {
      if (turn % 5 === 4) await this.draftAndSubmit();
      else await this.support();
      await pause(this.options.pauseMs);
    }
  }

  private async draftAndSubmit(): Promise<void> {
    const author = this.newPerson();
    const proposalId = `chaos-${this.options.run}-${randomUUID().slice(0, 8)}`;
    const drafted = await this.command({
      name: 'draftProposal',
      actor: author,
      input: chaosProposal(proposalId),
    });
    if (drafted.code !== null) return;
    const submitted = await this.command({ name: 'submitProposal', actor: author, input: { proposalId } });
    if (submitted.code === null) this.options.proposalIds.push(proposalId);
  }

  /** A proposal the clients are supporting. */
  supportedProposal(): string {
    const ids = this.options.proposalIds;
    return ids[Math.floor(Math.random() * ids.length)];
  }

  private newPerson(): string {
    return `citizen-${this.options.run}-${this.nextPerson++}`;
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
