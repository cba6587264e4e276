/** `czdoc gazetteer info|import`: which register is in use, and installing a newer one. */
import { gazetteerInfo, importRegister, loadGazetteer } from '../../gazetteer/index.js';
import { HELP } from '../help.js';
import { EXIT, parse, UsageError, type Out } from '../args.js';

export async function gazetteerCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, { gazetteer: { type: 'string' } });
  const [sub, file] = positionals;
  if (values.help) return out(HELP), EXIT.ok;
  if (sub === 'info') {
    const info = gazetteerInfo(loadGazetteer(values.gazetteer ?? null));
    out(Object.entries(info).map(([k, v]) => `${k.padEnd(15)} ${v}`).join('\n') + '\n');
    return EXIT.ok;
  }
  if (sub === 'import') {
    if (!file) throw new UsageError('gazetteer import needs a register: obce.csv or a folder with obce.csv, okresy.csv, kraje.csv');
    const { register, installedAt } = importRegister(file);
    process.stderr.write(`czdoc: installed register ${register.version} (${register.municipalities.length} municipalities) at ${installedAt}\n`);
    return EXIT.ok;
  }
  throw new UsageError('gazetteer needs a subcommand: info, or import FILE');
}
