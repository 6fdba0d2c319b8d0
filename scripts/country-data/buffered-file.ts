/** A synchronous, buffered text file writer: the generator writes millions of lines without holding them. */
import { closeSync, openSync, writeSync } from 'node:fs';

export class BufferedFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  lines = 0;

  constructor(path: string, header?: string) {
    this.fd = openSync(path, 'w');
    if (header !== undefined) this.line(header);
    this.lines = 0;
  }

  line(text: string): void {
    this.chunks.push(text, '\n');
    this.size += text.length + 1;
    this.lines++;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.chunks.length) writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
