/** A worker thread of `bilingual-docs check`: checks the batches of files it is sent (see checkFiles.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFiles } from '../configFiles';
import { checkFileSafely } from './checkFile';
import type { CheckBatch, CheckedBatch, WorkerSetup } from './checkFiles';

const setup = workerData as WorkerSetup;
const options = { configFiles: new ConfigFiles(), stopFolders: setup.stopFolders, overrides: setup.overrides, acrossFiles: setup.acrossFiles };

parentPort!.on('message', (batch: CheckBatch) => {
  const reports = batch.paths.map((path, index) => checkFileSafely(path, batch.displayPaths[index]!, options));
  const checked: CheckedBatch = { id: batch.id, reports };
  parentPort!.postMessage(checked);
});
