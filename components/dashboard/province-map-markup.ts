import { escapeHtml } from '@/lib/escape-html';
import type { MapScale, MapTile } from './province-map';

/** A tile with the bin of its value in the scale (−1: no value), as the page sends it. */
export type BinnedTile = MapTile & { bin: number };

/** The tiles with their bins: the scale's `binOf` is a function, which no payload carries. */
export function binTiles(tiles: MapTile[], scale: MapScale): BinnedTile[] {
  return tiles.map((tile) => ({ ...tile, bin: tile.value === null ? -1 : scale.binOf(tile.value) }));
}

export const TILE = 64;
const GAP = 6;
export const STEP = TILE + GAP;
export const NO_DATA = '#e2e8f0';

/** Dark tiles carry white text; light ones dark text (both above 4.5:1). */
const textOn = (bin: number) => (bin >= 3 ? '#ffffff' : '#0f172a');

/**
 * The inside of the tile map's <svg> as one string, where 34 tiles as elements cost ~170 nodes
 * to serialise, parse and render on every request. Written by the map's client component from
 * the tiles' data (province-map-svg.tsx), so that the React payload carries the data (~3 KB), not
 * the markup (~16 KB) a second time beside the HTML. Every text is escaped (unit names are typed
 * by people).
 */
export function provinceMapMarkup({
  tiles,
  places,
  colors,
  title,
  labels,
}: {
  tiles: BinnedTile[];
  /** each unit's place on the grid */
  places: Readonly<Record<string, { row: number; col: number }>>;
  /** the scale's colours, by bin */
  colors: readonly string[];
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
    const bin = tile.bin;
    const x = place.col * STEP;
    const y = place.row * STEP;
    const code = escapeHtml(tile.code);
    out.push(
      `<a href="/organizations/${code}" aria-label="${escapeHtml(`${tile.name}: ${tile.label}`)}">`,
      `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="6" fill="${bin < 0 ? NO_DATA : colors[bin]}" stroke="#ffffff" data-code="${code}" data-value="${tile.value ?? ''}"></rect>`,
      `<text x="${x + TILE / 2}" y="${y + 26}" text-anchor="middle" font-size="9" fill="${textOn(bin)}">${escapeHtml(tile.name)}</text>`,
      // not drawn (outside <text>): keeps the name and the value apart in the link's visible text
      ' ',
      `<text x="${x + TILE / 2}" y="${y + 44}" text-anchor="middle" font-size="12" font-weight="600" fill="${textOn(bin)}">${escapeHtml(tile.label)}</text>`,
      '</a>',
    );
  }
  return out.join('');
}
