import { writeFileSync } from 'node:fs';
import { create } from 'qrcode';

/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`) that shows `text` as a
 * QR code: Y4M (YUV 4:2:0), the code drawn black on white in the Y plane, U and V at 128 (grey), a
 * few identical frames that Chromium plays in a loop. The gate's scanner reads it as it reads a phone's
 * camera pointed at a pass.
 */
export function writeQrVideo(path: string, text: string, width = 640, height = 480): void {
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) - 40) / (size + 2 * quiet));
  const side = scale * (size + 2 * quiet);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const y = Buffer.alloc(width * height, 200);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const r = Math.floor(row / scale) - quiet;
      const c = Math.floor(col / scale) - quiet;
      const dark = r >= 0 && c >= 0 && r < size && c < size && qr.modules.get(r, c);
      y[(top + row) * width + left + col] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const frames = Array.from({ length: 5 }, () => frame);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
}
