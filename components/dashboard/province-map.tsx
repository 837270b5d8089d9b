import { ARCHIPELAGO_LABELS } from '@/lib/domain/province-tiles';
import { binTiles, NO_DATA } from './province-map-markup';
import { ProvinceMapSvg } from './province-map-svg';

export type MapTile = { code: string; name: string; value: number | null; label: string };
export type MapScale = {
  colors: readonly string[];
  bins: readonly string[];
  binOf: (value: number) => number;
};

/**
 * The tile map: one <a><rect/></a> per province on the grid of lib/domain/province-tiles.ts,
 * coloured by the scale's bin of its value, its name and value written on it and given as its
 * accessible name; each tile opens the unit's page. Keyboard: every tile is a link.
 */
export function ProvinceMap({
  tiles,
  scale,
  title,
  noData,
  legendTitle,
  archipelagos,
}: {
  tiles: MapTile[];
  scale: MapScale;
  title: string;
  noData: string;
  legendTitle: string;
  archipelagos: Record<(typeof ARCHIPELAGO_LABELS)[number]['key'], string>;
}) {
  return (
    <div className="flex flex-wrap items-start gap-6">
      <nav aria-label={title} className="w-full max-w-[30rem]">
        <ProvinceMapSvg
          tiles={binTiles(tiles, scale)}
          colors={scale.colors}
          title={title}
          labels={ARCHIPELAGO_LABELS.map((a) => ({ name: archipelagos[a.key], row: a.row, col: a.col }))}
        />
      </nav>
      <div className="text-sm">
        <p className="mb-1 font-medium">{legendTitle}</p>
        <ul className="flex flex-col gap-1">
          {scale.bins.map((bin, i) => (
            <li key={bin} className="flex items-center gap-2">
              <span className="inline-block h-4 w-6 rounded" style={{ background: scale.colors[i] }} />
              {bin}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-6 rounded"
              style={{ background: NO_DATA }}
            />
            {noData}
          </li>
        </ul>
      </div>
    </div>
  );
}
