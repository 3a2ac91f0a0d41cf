/** Worker for queue.test.ts: opens its own connection, waits for the start signal, then takes tickets. */
import { parentPort, workerData } from "node:worker_threads";
import { openQueueStore } from "../../src/kiosk/queue.ts";

const { file, count, start } = workerData as { file: string; count: number; start: SharedArrayBuffer };
const store = openQueueStore(file);
const signal = new Int32Array(start);
parentPort?.postMessage({ ready: true });
// Both workers block here until the test flips the flag, so their transactions really overlap.
Atomics.wait(signal, 0, 0);
const numbers: string[] = [];
for (let i = 0; i < count; i += 1) numbers.push(store.takeTicket("stadhuis", "eid-paspoort", "A").number);
store.close();
parentPort?.postMessage({ numbers });
