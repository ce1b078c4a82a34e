import { describe, expect, it } from 'vitest';
import { WorkerCall } from '../../../src/io/worker-call';
import { FakeWorker } from './fake-call-worker';

const square = async (n: number) => n * n;
/** The page's own answer, told apart from the worker's. */
const inPage = async (n: number) => -n * n;

describe('WorkerCall', () => {
  it('answers in the worker, each request with its own reply when they come back out of order', async () => {
    const worker = new FakeWorker(square, true);
    const call = new WorkerCall(() => worker, inPage);
    const a = call.call(2);
    const b = call.call(3);
    await worker.answer(worker.received[1]!);
    await worker.answer(worker.received[0]!);
    expect([await a, await b]).toEqual([4, 9]);
  });

  it('answers in the page where there are no workers, and asks for a worker once', async () => {
    let made = 0;
    const call = new WorkerCall<number, number>(() => {
      made++;
      return null;
    }, inPage);
    expect([await call.call(2), await call.call(3)]).toEqual([-4, -9]);
    expect(made).toBe(1);
  });

  it('answers in the page what a failed worker had, and everything after, without starting another', async () => {
    const worker = new FakeWorker(square, true);
    let made = 0;
    const call = new WorkerCall(() => {
      made++;
      return worker;
    }, inPage);
    const pending = call.call(5);
    worker.fail();
    expect(await pending).toBe(-25);
    expect(worker.terminated).toBe(true);
    expect(await call.call(6)).toBe(-36);
    expect(made).toBe(1);
    expect(worker.received).toHaveLength(1);
  });

  it('answers in the page a request the browser cannot copy to the worker', async () => {
    const worker = new FakeWorker(square);
    worker.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    expect(await new WorkerCall(() => worker, inPage).call(7)).toBe(-49);
  });

  it('answers in the page when starting the worker throws', async () => {
    const call = new WorkerCall<number, number>(() => {
      throw new Error('blocked by the page policy');
    }, inPage);
    expect(await call.call(8)).toBe(-64);
  });
});
