export const HELP = `czdoc — Czech documents (PDF, DOCX, HTML, Markdown, TXT) to validated JSON records

Usage:
  czdoc extract <files|folders|globs...> --out DIR [--jsonl FILE|-] [options]
  czdoc run <pipeline>              run pipelines/<pipeline>.json (npm start = czdoc run default)
  czdoc check [fixtures...]         compare extraction with reviewed expected records (default: fixtures/)
  czdoc review <records dir> [--out DIR] [--open]
                                    static HTML review: every value highlighted in its document
  czdoc export <records dir> [--sqlite FILE] [--csv DIR] [--xlsx FILE]
                                    a SQLite database (incremental), CSV files, an XLSX workbook
  czdoc queue add <inputs...>       one job per document on the shared Redis queue (BullMQ)
  czdoc queue status [--json]       waiting/active/delayed/completed/failed, and the failures
  czdoc worker --out DIR            take jobs from the queue (on any number of machines)
  czdoc schema                      print the record's JSON Schema
  czdoc gazetteer info              which register of municipalities is in use
  czdoc gazetteer import FILE       validate and install a newer register (obce.csv or its folder)
  czdoc --help | --version

Options of extract:
  -o, --out DIR          write DIR/<path relative to the input root>.json per input
      --jsonl FILE       also stream the records as JSON Lines (- for stdout)
  -w, --workers N        worker threads that parse and extract (default: number of cores)
  -j, --concurrency N    documents in flight (default: 2 per worker)
      --timeout-s S      per-document time limit; over it an error record "timeout" (default 120)
      --force            redo inputs whose record is up to date
      --gazetteer FILE   register to link municipalities against
      --max-mb N         refuse larger inputs with an error record (default 100)
      --no-progress      no progress bar
      --review           also write DIR/review/index.html

Options of export:
      --sqlite FILE      SQLite database, a table per kind of value, full-text index; only changed records are rewritten
      --csv DIR          one UTF-8 CSV (with BOM) per table
      --xlsx FILE        one workbook, a sheet per table
      --lang cs|en       column names of the CSV files and sheets (default cs)
      --delimiter ';'    CSV separator: , (default), ; (with decimal commas, for Czech Excel) or tab

Options of queue and worker:
      --redis URL        Redis (default: $CZDOC_REDIS_URL, else redis://127.0.0.1:6379)
      --queue NAME       queue name (default czdoc)
      --attempts N       (queue add) tries for transient I/O errors (default 5; bad documents: 1)
      --backoff-s S      (queue add) first retry delay, doubling each time (default 10)
      --limit N          (queue status) failures listed (default 20)
  worker also takes --workers, --concurrency, --timeout-s, --max-mb, --gazetteer as extract,
      --lock-s S         a killed worker's jobs are taken up again after this (default 30)

Options of check:
      --update           rewrite the expected records from the current extraction (after review!)
      --json             machine-readable result on stdout
      --junit FILE       JUnit XML for CI systems
      --show-blind       also show the differences of blind groups (check.json "blind"), for settling
      --config FILE      thresholds and known differences (default: fixtures/check.json)
      --shared DIR       where corpus documents are read from (default: shared/ beside the project folder, or $CZDOC_SHARED)

Exit codes: 0 all documents succeeded / check passed, 1 some failed / check found a regression,
            2 usage error (also a missing or malformed expected record).
`;
