/** The stylesheet and scripts every review page links to, copied from ./assets next to this module. */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));

export async function copyAssets(outDir: string): Promise<void> {
  const to = join(outDir, 'assets');
  await mkdir(to, { recursive: true });
  for (const name of await readdir(ASSETS_DIR)) await copyFile(join(ASSETS_DIR, name), join(to, name));
}
