/** The one error the ingest throws: it names the file, the line and what is wrong. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}
