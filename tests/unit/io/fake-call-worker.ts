import type { CallMessage, CallWorkerLike, ReplyMessage } from '../../../src/io/worker-call';

/**
 * A worker double that runs `work` as a worker would: the request copied as `postMessage`
 * copies it, the reply later (held until `answer` when `hold` is set).
 */
export class FakeWorker<Req, Res> implements CallWorkerLike<Req, Res> {
  onmessage: ((e: MessageEvent<ReplyMessage<Res>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: CallMessage<Req>[] = [];
  terminated = false;
  constructor(
    readonly work: (request: Req) => Promise<Res>,
    readonly hold = false,
  ) {}
  postMessage(message: CallMessage<Req>): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    if (!this.hold) void this.answer(copy);
  }
  async answer(message: CallMessage<Req>): Promise<void> {
    const reply = await this.work(message.request);
    this.onmessage?.({ data: structuredClone({ id: message.id, reply }) } as MessageEvent<ReplyMessage<Res>>);
  }
  fail(): void {
    this.onerror?.({ message: '', preventDefault: () => {} } as unknown as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}
