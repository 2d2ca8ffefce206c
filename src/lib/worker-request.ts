/**
 * One request to a worker thread: the ingest's pools and the build's article-body workers send
 * work the same way, one message in flight per worker. Here, not beside a pool, because page code
 * imports it too and the pool modules name their worker scripts (Vite would bundle those).
 */
import type { Worker } from 'node:worker_threads';

/** Sends one message to a worker and waits for its reply, its crash or its exit (`what` names the work in the error). */
export function request<Req, Rep>(worker: Worker, message: Req, what: string): Promise<Rep> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: Rep) => {
      cleanup();
      resolve(reply);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker exited (code ${code}) during ${what}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(message);
  });
}
