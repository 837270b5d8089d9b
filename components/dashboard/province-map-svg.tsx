'use client';

import { PROVINCE_TILES, TILE_GRID } from '@/lib/domain/province-tiles';
import { type BinnedTile, provinceMapMarkup, STEP } from './province-map-markup';

/**
 * The tile map's <svg>: its markup written from the tiles' data, on the server for the HTML and
 * again in the browser, so that the page's payload carries the data and not the markup.
 */
export function ProvinceMapSvg({
  tiles,
  colors,
  title,
  labels,
}: {
  tiles: BinnedTile[];
  colors: readonly string[];
  title: string;
  /** the archipelagos' names and places */
  labels: { name: string; row: number; col: number }[];
}) {
  return (
    <svg
      viewBox={`0 0 ${TILE_GRID.cols * STEP} ${TILE_GRID.rows * STEP}`}
      className="h-auto w-full"
      data-testid="province-map"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: written by provinceMapMarkup, every text escaped
      dangerouslySetInnerHTML={{
        __html: provinceMapMarkup({ tiles, places: PROVINCE_TILES, colors, title, labels }),
      }}
    />
  );
}
