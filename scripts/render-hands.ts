/**
 * Writes an HTML page of the four hand views with every region outlined and labelled, for looking
 * at the drawing by eye: `node --import tsx scripts/render-hands.ts [out.html]`.
 */
import { writeFileSync } from 'node:fs';
import { HAND_VIEWS } from '../packages/core/src/hand/geometry';

const out = process.argv[2] ?? 'hands.html';
const short = (id: string) =>
  id.split('.').slice(2).join('.').replace('distal', 'd').replace('middle', 'm').replace('proximal', 'p');
const svg = HAND_VIEWS.map(
  (v) => `<figure><figcaption>${v.hand} ${v.surface} (thumb on ${v.thumbOn})</figcaption>
<svg viewBox="${v.viewBox}" width="${v.width}" height="${v.height}">
<path d="${v.outline}" fill="#f6dcc8" stroke="#7a5a48" stroke-width="2.5"/>
${v.regions.map((r, i) => `<path d="${r.d}" fill="hsl(${(i * 47) % 360} 60% 80% / .35)" stroke="#7a5a48" stroke-width="0.8"/>`).join('\n')}
<path d="${v.details}" fill="#fff4ee" stroke="#9a7a68" stroke-width="1"/>
${v.regions.map((r) => `<text x="${r.label.x}" y="${r.label.y}" font-size="7" text-anchor="middle" dominant-baseline="middle">${short(r.id)}</text>`).join('\n')}
</svg></figure>`,
).join('\n');
writeFileSync(
  out,
  `<!doctype html><meta charset="utf-8"><style>body{display:flex;flex-wrap:wrap;gap:8px;font:14px sans-serif;margin:8px}figure{margin:0}</style>${svg}`,
);
console.log(`wrote ${out}`);
