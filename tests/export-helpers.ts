import { PassThrough, type Writable } from 'node:stream';

/** Collects what a streaming writer writes. */
export async function collect(write: (output: Writable) => Promise<unknown>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on('end', resolve));
  await write(output);
  if (!output.writableEnded) output.end();
  await ended;
  return Buffer.concat(chunks);
}
