/** A worker thread of `bilingual-docs check`: checks the batches of files it is sent (see checkFiles.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFiles } from '../configFiles';
import { checkFileSafely } from './checkFile';
import { checkerSpellers, type CheckBatch, type CheckedBatch, type WorkerSetup } from './checkFiles';

const setup = workerData as WorkerSetup;
const options = {
  configFiles: new ConfigFiles(),
  stopFolders: setup.stopFolders,
  overrides: setup.overrides,
  spellers: checkerSpellers(),
  acrossFiles: setup.acrossFiles,
  unitTexts: setup.unitTexts,
};

parentPort!.on('message', async (batch: CheckBatch) => {
  const reports = [];
  for (const file of batch.files) reports.push(await checkFileSafely(file, options));
  const checked: CheckedBatch = { id: batch.id, reports };
  parentPort!.postMessage(checked);
});
