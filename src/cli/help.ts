export const HELP = `czdoc — Czech documents (PDF, DOCX, HTML, Markdown, TXT) to validated JSON records

Usage:
  czdoc extract <files|folders|globs...> --out DIR [--jsonl FILE|-] [options]
  czdoc run <pipeline>              run pipelines/<pipeline>.json (npm start = czdoc run default)
  czdoc schema                      print the record's JSON Schema
  czdoc gazetteer info              which register of municipalities is in use
  czdoc gazetteer import FILE       validate and install a newer register (obce.csv or its folder)
  czdoc --help | --version

Options of extract:
  -o, --out DIR          write DIR/<path relative to the input root>.json per input
      --jsonl FILE       also stream the records as JSON Lines (- for stdout)
  -j, --concurrency N    documents in parallel (default: number of cores)
      --force            redo inputs whose record is up to date
      --gazetteer FILE   register to link municipalities against
      --max-mb N         refuse larger inputs with an error record (default 100)
      --no-progress      no progress bar

Exit codes: 0 all documents succeeded, 1 some failed (their records say why), 2 usage error.
`;
