// The client side of the load burst in a worker thread (tests/helpers/load.ts, clientInWorker).
import { parentPort, workerData } from "node:worker_threads";
import { sendExplanations } from "./load.ts";

const { base, options } = workerData as { base: string; options: Parameters<typeof sendExplanations>[1] };
parentPort?.postMessage(await sendExplanations(base, options));
