/** Where czdoc keeps what it makes or installs on the user's machine (register, case forms). */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's data directory: $CZDOC_DATA_DIR, else $XDG_DATA_HOME/czdoc, else ~/.local/share/czdoc. */
export function dataDirectory(): string {
  if (process.env.CZDOC_DATA_DIR) return process.env.CZDOC_DATA_DIR;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'czdoc');
}
