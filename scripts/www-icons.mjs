// The playground's icons, drawn here: a sun setting into the sea, as SVG and as PNG (a small
// rasteriser with 4x4 supersampling and a PNG encoder on node:zlib). Used by build-www.mjs.
import { deflateSync } from "node:zlib";
// The PNG chunks' CRC-32 is the one the playground's zip writer uses.
import { crc32 } from "../www/src/archive.js";

const SKY = [0x1d, 0x1b, 0x2e];
const SEA = [0x2b, 0x28, 0x45];
const SUN_TOP = [0xff, 0xc4, 0x6b];
const SUN_BOTTOM = [0xf0, 0x5a, 0x28];
const HORIZON = 0.64;
const SUN = { x: 0.5, y: 0.64, r: 0.3 };
/** Gaps cut through the lower half of the sun (y from, y to), as fractions of the size. */
const GAPS = [
  [0.5, 0.525],
  [0.565, 0.59],
  [0.61, 0.625],
];
/** Reflections on the sea (y, half width). */
const WAVES = [
  [0.72, 0.2],
  [0.8, 0.13],
  [0.88, 0.07],
];

/** The icon as SVG (maskable: the picture fills the square; the safe zone holds the sun). */
export function iconSvg() {
  const p = (v) => (v * 100).toFixed(1);
  const gaps = GAPS.map(([a, b]) => `<rect x="0" y="${p(a)}" width="100" height="${p(b - a)}" fill="#1d1b2e"/>`).join("");
  const waves = WAVES.map(
    ([y, w]) => `<rect x="${p(0.5 - w)}" y="${p(y - 0.012)}" width="${p(2 * w)}" height="2.4" rx="1.2" fill="#f08a4b" opacity="0.8"/>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="pysunset">
<defs><linearGradient id="sun" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffc46b"/><stop offset="1" stop-color="#f05a28"/></linearGradient>
<clipPath id="sky"><rect width="100" height="${p(HORIZON)}"/></clipPath></defs>
<rect width="100" height="100" rx="18" fill="#1d1b2e"/>
<rect y="${p(HORIZON)}" width="100" height="${p(1 - HORIZON)}" fill="#2b2845"/>
<g clip-path="url(#sky)"><circle cx="${p(SUN.x)}" cy="${p(SUN.y)}" r="${p(SUN.r)}" fill="url(#sun)"/>${gaps}</g>
${waves}
</svg>
`;
}

function colourAt(x, y) {
  if (y >= HORIZON) {
    for (const [wy, w] of WAVES) if (Math.abs(y - wy) < 0.012 && Math.abs(x - 0.5) < w) return [0xf0, 0x8a, 0x4b];
    return SEA;
  }
  const inSun = (x - SUN.x) ** 2 + (y - SUN.y) ** 2 < SUN.r ** 2;
  if (!inSun || GAPS.some(([a, b]) => y >= a && y < b)) return SKY;
  const t = (y - (SUN.y - SUN.r)) / SUN.r;
  return SUN_TOP.map((c, i) => Math.round(c + (SUN_BOTTOM[i] - c) * Math.min(1, Math.max(0, t))));
}

/** The icon as a PNG of `size` pixels (full-bleed: suitable as a maskable icon). */
export function iconPng(size) {
  const samples = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
        }
      }
      const at = py * (size * 4 + 1) + 1 + px * 4;
      for (let i = 0; i < 3; i++) raw[at + i] = Math.round(sum[i] / (samples * samples));
      raw[at + 3] = 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
