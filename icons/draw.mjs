// The icon's one drawn source: shapes in a 128-unit square, rendered with 4×4 supersampling to
// PNG at every size the manifest needs, plus an SVG of the same shapes. Run: node icons/draw.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

// Painted in order; each shape: a colour and an inside(x, y) test in 0..128 units.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const shapes = [
  { color: [26, 86, 219], inside: roundRect(0, 0, 128, 128, 26), svg: '<rect width="128" height="128" rx="26" fill="#1a56db"/>' },
  { color: [255, 255, 255], inside: roundRect(16, 20, 112, 88, 14), svg: '<rect x="16" y="20" width="96" height="68" rx="14" fill="#fff"/>' },
  { color: [255, 255, 255], inside: triangle(34, 84, 62, 84, 30, 110), svg: '<path d="M34 84h28l-32 26z" fill="#fff"/>' },
  { color: [255, 196, 0], inside: roundRect(28, 34, 100, 50, 4), svg: '<rect x="28" y="34" width="72" height="16" rx="4" fill="#ffc400"/>' },
  { color: [26, 86, 219], inside: roundRect(28, 60, 80, 72, 4), svg: '<rect x="28" y="60" width="52" height="12" rx="4" fill="#1a56db"/>' },
];

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) * 128) / size;
          const y = ((py + (sy + 0.5) / ss) * 128) / size;
          let hit = null;
          for (const shape of shapes) if (shape.inside(x, y)) hit = shape.color;
          if (hit) { r += hit[0]; g += hit[1]; b += hit[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      // Premultiplied sums back to straight colour.
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return png(size, pixels);
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(here, `icon-${size}.png`), render(size));
writeFileSync(
  join(here, "icon.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">${shapes.map((s) => s.svg).join("")}</svg>\n`,
);
console.log("icons written");
