/**
 * The smallest tar (ustar) the backups need: a few regular files, written and read whole.
 * `tar -tvf` lists such a file, so an operator can look inside a backup with the usual tools.
 */
const BLOCK = 512;

function field(target: Buffer, offset: number, length: number, text: string): void {
  target.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'utf8');
}

const octal = (value: number, digits: number) => `${value.toString(8).padStart(digits, '0')}\0`;

function header(name: string, size: number, mtime: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name too long: ${name}`);
  const block = Buffer.alloc(BLOCK);
  field(block, 0, 100, name);
  field(block, 100, 8, octal(0o600, 7));
  field(block, 108, 8, octal(0, 7));
  field(block, 116, 8, octal(0, 7));
  field(block, 124, 12, octal(size, 11));
  field(block, 136, 12, octal(Math.floor(mtime / 1000), 11));
  block.fill(' ', 148, 156); // the checksum counts its own field as spaces
  field(block, 156, 1, '0');
  field(block, 257, 6, 'ustar\0');
  field(block, 263, 2, '00');
  let sum = 0;
  for (const byte of block) sum += byte;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

export type TarEntry = { name: string; data: Buffer };

export function writeTar(entries: TarEntry[], mtime = Date.now()): Buffer {
  const parts: Buffer[] = [];
  for (const { name, data } of entries) {
    parts.push(header(name, data.length, mtime), data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

/** The regular files of a tar, or null when the bytes are not one (a bad checksum included). */
export function readTar(bytes: Buffer): TarEntry[] | null {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= bytes.length) {
    const block = bytes.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) return entries;
    if (block.toString('latin1', 257, 262) !== 'ustar') return null;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
    if (sum !== Number.parseInt(block.toString('latin1', 148, 156).replace(/[\0 ]/g, ''), 8)) return null;
    const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = Number.parseInt(block.toString('latin1', 124, 136).replace(/[\0 ]/g, ''), 8);
    const start = offset + BLOCK;
    if (!Number.isFinite(size) || start + size > bytes.length) return null;
    if (block.toString('latin1', 156, 157) === '0' || block[156] === 0) {
      entries.push({ name, data: Buffer.from(bytes.subarray(start, start + size)) });
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return null;
}
