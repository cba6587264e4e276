/** A problem with an export's target, not with a record: the command line turns it into exit code 2. */
export class ExportError extends Error {}
