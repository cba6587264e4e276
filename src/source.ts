/** Facts about an input's bytes that both the pure core and the scheduling thread need, without loading the readers. */
import { createHash } from 'node:crypto';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function tooLargeMessage(bytes: number, maxBytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(bytes)} MB, over the limit of ${mb(maxBytes)} MB (option --max-mb); it was not read.`;
}
