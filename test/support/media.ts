import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Real media for intake tests, made once per test process with ffmpeg and exiftool (STACK.md). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-media-'));
const made = new Map<string, string>();

function make(name: string, build: (file: string) => void): string {
  const existing = made.get(name);
  if (existing) return existing;
  const file = path.join(dir, name);
  build(file);
  made.set(name, file);
  return file;
}

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);

/** An H.264/AAC MP4 of `seconds`, stamped with `creationTime` (ISO, UTC) in its metadata. */
export function mp4(seconds = 2, creationTime = '2026-11-20T02:00:00Z', size = '320x240'): string {
  return make(`clip-${seconds}-${creationTime.replace(/\W/g, '')}-${size}.mp4`, (file) =>
    ffmpeg(
      ...['-f', 'lavfi', '-i', `testsrc=duration=${seconds}:size=${size}:rate=25`],
      ...['-f', 'lavfi', '-i', `sine=duration=${seconds}`],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'],
      ...['-metadata', `creation_time=${creationTime}`, file],
    ),
  );
}

/** A WAV recording of `seconds`. */
export function wav(seconds = 1): string {
  return make(`tone-${seconds}.wav`, (file) => ffmpeg('-f', 'lavfi', '-i', `sine=duration=${seconds}`, file));
}

/** A JPEG photo whose EXIF says it was taken at `taken` (device local time, "YYYY:MM:DD HH:MM:SS"). */
export function jpeg(taken = '2026:11:20 10:00:05'): string {
  return make(`photo-${taken.replace(/\W/g, '')}.jpg`, (file) => {
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=640x480', '-frames:v', '1', file);
    execFileSync('exiftool', ['-q', '-overwrite_original', `-DateTimeOriginal=${taken}`, file]);
  });
}

/** A small, valid one-page PDF. */
export function pdf(): string {
  return make('doc.pdf', (file) => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    ];
    let body = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((o, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    fs.writeFileSync(file, body);
  });
}

/** SHA-256 and SM3 computed independently of the server (whole file in memory: test files are small). */
export function digestsOf(file: string): { sha256: string; sm3: string } {
  return digestsOfBytes(fs.readFileSync(file));
}

/** SHA-256 and SM3 of bytes, by Node's own crypto (independent of the server's hash workers). */
export function digestsOfBytes(bytes: Buffer): { sha256: string; sm3: string } {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sm3: createHash('sm3').update(bytes).digest('hex'),
  };
}
