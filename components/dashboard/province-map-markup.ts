import { escapeHtml } from '@/lib/escape-html';
import type { MapScale, MapTile } from './province-map';

export const TILE = 64;
const GAP = 6;
export const STEP = TILE + GAP;
export const NO_DATA = '#e2e8f0';

/** Dark tiles carry white text; light ones dark text (both above 4.5:1). */
const textOn = (bin: number) => (bin >= 3 ? '#ffffff' : '#0f172a');

/**
 * The inside of the tile map's <svg> as one string: written once into the HTML and carried as
 * one string in the React payload, where 34 tiles as elements cost ~170 nodes to serialise,
 * parse and render on every request. Every text is escaped (unit names are typed by people).
 */
export function provinceMapMarkup({
  tiles,
  places,
  scale,
  title,
  labels,
}: {
  tiles: MapTile[];
  /** each unit's place on the grid */
  places: Readonly<Record<string, { row: number; col: number }>>;
  scale: MapScale;
  title: string;
  /** the archipelagos' names and places, a name's "(…)" on a line of its own */
  labels: { name: string; row: number; col: number }[];
}): string {
  const out = [`<title>${escapeHtml(title)}</title>`];
  for (const label of labels) {
    const lines = label.name
      .split(' (')
      .map(
        (part, i) =>
          `<tspan x="${label.col * STEP - 24}" dy="${i === 0 ? 0 : 13}">${escapeHtml(i === 0 ? part : `(${part}`)}</tspan>`,
      );
    out.push(
      `<text x="${label.col * STEP}" y="${label.row * STEP + TILE / 2}" font-size="10" fill="#334155" font-style="italic">${lines.join('')}</text>`,
    );
  }
  for (const tile of tiles) {
    const place = places[tile.code];
    if (!place) continue;
    const bin = tile.value === null ? -1 : scale.binOf(tile.value);
    const x = place.col * STEP;
    const y = place.row * STEP;
    const code = escapeHtml(tile.code);
    out.push(
      `<a href="/organizations/${code}" aria-label="${escapeHtml(`${tile.name}: ${tile.label}`)}">`,
      `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="6" fill="${bin < 0 ? NO_DATA : scale.colors[bin]}" stroke="#ffffff" data-code="${code}" data-value="${tile.value ?? ''}"></rect>`,
      `<text x="${x + TILE / 2}" y="${y + 26}" text-anchor="middle" font-size="9" fill="${textOn(bin)}">${escapeHtml(tile.name)}</text>`,
      // not drawn (outside <text>): keeps the name and the value apart in the link's visible text
      ' ',
      `<text x="${x + TILE / 2}" y="${y + 44}" text-anchor="middle" font-size="12" font-weight="600" fill="${textOn(bin)}">${escapeHtml(tile.label)}</text>`,
      '</a>',
    );
  }
  return out.join('');
}
