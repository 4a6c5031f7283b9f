/**
 * Test images the project makes itself, with sharp: a "camera photo" of
 * 4000 by 3000 pixels and about 3 MB (smooth gradients and shapes under
 * sensor-like noise, so it compresses as badly as a real photo does, where
 * pure noise would be worse and flat colour far better), and small helpers
 * for broken files.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { mulberry32 } from '../../bench/generate-corpus.ts';

/** The corpus generator's seeded generator, so every run makes the same image. */
const random = mulberry32;

export interface PhotoOptions {
  width?: number;
  height?: number;
  /** JPEG quality, as a camera saves it. */
  quality?: number;
  /** Standard deviation of the noise, in 0–255 steps. */
  noise?: number;
  seed?: number;
}

/** Writes a JPEG that looks like a camera photo to a computer; returns its size in bytes. */
export async function writePhoto(path: string, options: PhotoOptions = {}): Promise<number> {
  const { width = 4000, height = 3000, quality = 90, noise = 6, seed = 1 } = options;
  const next = random(seed);
  const pixels = Buffer.alloc(width * height * 3);
  // A few soft discs of colour over a sky-to-ground gradient.
  const discs = Array.from({ length: 6 }, () => ({
    x: next() * width,
    y: next() * height,
    r: (0.05 + next() * 0.2) * width,
    colour: [next() * 255, next() * 255, next() * 255],
  }));
  // Hard-edged blocks (walls, windows, signs): edges at every scale, as in a street scene.
  const blocks = Array.from({ length: 60 }, () => {
    const w = (0.01 + next() * 0.12) * width;
    const h = (0.01 + next() * 0.2) * height;
    return { x0: next() * width, y0: next() * height, w, h, shade: (next() - 0.5) * 90 };
  });
  // Value noise at two scales (texture: foliage, brick, fabric) that survives being scaled down.
  const octave = (cell: number, amplitude: number) => {
    const columns = Math.ceil(width / cell) + 2;
    const rows = Math.ceil(height / cell) + 2;
    const grid = Float32Array.from({ length: columns * rows }, () => (next() - 0.5) * amplitude);
    return (x: number, y: number) => {
      const gx = x / cell;
      const gy = y / cell;
      const ix = Math.floor(gx);
      const iy = Math.floor(gy);
      const fx = gx - ix;
      const fy = gy - iy;
      const at = (cx: number, cy: number) => grid[cy * columns + cx]!;
      const top = at(ix, iy) + (at(ix + 1, iy) - at(ix, iy)) * fx;
      const bottom = at(ix, iy + 1) + (at(ix + 1, iy + 1) - at(ix, iy + 1)) * fx;
      return top + (bottom - top) * fy;
    };
  };
  const coarse = octave(96, 50);
  const fine = octave(20, 36);
  const gauss = () => (next() + next() + next() + next() - 2) * 1.73; // ≈ N(0, 1)
  for (let y = 0; y < height; y++) {
    const sky = y / height;
    for (let x = 0; x < width; x++) {
      let r = 90 + 120 * (1 - sky) + 30 * Math.sin(x / 170);
      let g = 110 + 90 * (1 - sky) + 25 * Math.sin((x + y) / 230);
      let b = 150 + 80 * (1 - sky) - 60 * sky;
      for (const disc of discs) {
        const distance = Math.hypot(x - disc.x, y - disc.y);
        if (distance < disc.r) {
          const weight = 0.6 * (1 - distance / disc.r);
          r += (disc.colour[0]! - r) * weight;
          g += (disc.colour[1]! - g) * weight;
          b += (disc.colour[2]! - b) * weight;
        }
      }
      let shade = coarse(x, y) + fine(x, y);
      for (const block of blocks) {
        if (x >= block.x0 && x < block.x0 + block.w && y >= block.y0 && y < block.y0 + block.h) shade += block.shade;
      }
      r += shade;
      g += shade;
      b += shade * 0.9;
      // Luminance grain plus a little colour noise, as a camera sensor gives.
      const grain = gauss() * noise;
      const offset = (y * width + x) * 3;
      pixels[offset] = Math.max(0, Math.min(255, r + grain + (next() - 0.5) * noise));
      pixels[offset + 1] = Math.max(0, Math.min(255, g + grain + (next() - 0.5) * noise));
      pixels[offset + 2] = Math.max(0, Math.min(255, b + grain + (next() - 0.5) * noise));
    }
  }
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
  writeFileSync(path, jpeg);
  return jpeg.length;
}

/** A small PNG of one colour (a valid image that is not a photo). */
export async function writeSmallPng(path: string, width = 640, height = 480): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: { r: 29, g: 78, b: 137 } } })
    .png()
    .toFile(path);
}
