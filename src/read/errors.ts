import type { MediaType } from '../schema/record.js';

/** A document that cannot be read: the code is for machines, the message for an archivist. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    /** The format detected before reading failed, when there was one. */
    readonly mediaType: MediaType | null = null,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export type ReadErrorCode =
  | 'empty_file'
  | 'too_large'
  | 'encrypted'
  | 'corrupt'
  | 'unsupported_format'
  | 'no_text'
  | 'timeout'
  | 'read_failed';
