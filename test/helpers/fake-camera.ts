// A camera for Chromium that films a QR code: a Y4M video (raw YUV 4:2:0,
// the format Chromium's --use-file-for-fake-video-capture plays in a loop)
// whose frames show the code, drawn with the same qrcode package the tickets
// use. The door page's scanner reads it through getUserMedia like a phone
// camera pointed at a ticket.
import { writeFile } from "node:fs/promises";
import QRCode from "qrcode";

export async function writeQrVideo(path: string, text: string, options: { width?: number; height?: number } = {}) {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) * 0.8) / (size + 2 * quiet));
  const side = (size + 2 * quiet) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 200); // a light grey background
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const moduleX = Math.floor(x / scale) - quiet;
      const moduleY = Math.floor(y / scale) - quiet;
      const dark = moduleX >= 0 && moduleY >= 0 && moduleX < size && moduleY < size && qr.modules.get(moduleY, moduleX);
      luma[(top + y) * width + left + x] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: 5 }, () => frame)]));
}
