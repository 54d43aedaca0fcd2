/** A review worker for `copydesk --jobs N`: takes jobs from the main thread, sends back results. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job';

export interface WorkerRequest {
  id: number;
  job: Job;
}
export type WorkerResponse = { id: number; ok: true; result: ReturnType<typeof runJob> } | { id: number; ok: false; error: string };

parentPort?.on('message', (msg: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { id: msg.id, ok: true, result: runJob(msg.job) };
  } catch (e) {
    res = { id: msg.id, ok: false, error: (e as Error)?.stack || String(e) };
  }
  parentPort!.postMessage(res);
});
