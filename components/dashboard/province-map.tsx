import { ARCHIPELAGO_LABELS, PROVINCE_TILES, TILE_GRID } from '@/lib/domain/province-tiles';

export type MapTile = { code: string; name: string; value: number | null; label: string };
export type MapScale = {
  colors: readonly string[];
  bins: readonly string[];
  binOf: (value: number) => number;
};

const TILE = 64;
const GAP = 6;
const STEP = TILE + GAP;
const NO_DATA = '#e2e8f0';

/** Dark tiles carry white text; light ones dark text (both above 4.5:1). */
const textOn = (bin: number) => (bin >= 3 ? '#ffffff' : '#0f172a');

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
  const width = TILE_GRID.cols * STEP;
  const height = TILE_GRID.rows * STEP;
  return (
    <div className="flex flex-wrap items-start gap-6">
      <nav aria-label={title} className="w-full max-w-[30rem]">
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" data-testid="province-map">
          <title>{title}</title>
          {ARCHIPELAGO_LABELS.map((a) => (
            <text
              key={a.key}
              x={a.col * STEP}
              y={a.row * STEP + TILE / 2}
              fontSize={10}
              fill="#334155"
              fontStyle="italic"
            >
              {archipelagos[a.key].split(' (').map((part, i) => (
                <tspan key={part} x={a.col * STEP - 24} dy={i === 0 ? 0 : 13}>
                  {i === 0 ? part : `(${part}`}
                </tspan>
              ))}
            </text>
          ))}
          {tiles.map((tile) => {
            const place = PROVINCE_TILES[tile.code];
            if (!place) return null;
            const bin = tile.value === null ? -1 : scale.binOf(tile.value);
            const x = place.col * STEP;
            const y = place.row * STEP;
            return (
              <a
                key={tile.code}
                href={`/organizations/${tile.code}`}
                aria-label={`${tile.name}: ${tile.label}`}
              >
                <rect
                  x={x}
                  y={y}
                  width={TILE}
                  height={TILE}
                  rx={6}
                  fill={bin < 0 ? NO_DATA : scale.colors[bin]}
                  stroke="#ffffff"
                  data-code={tile.code}
                  data-value={tile.value ?? ''}
                />
                <text x={x + TILE / 2} y={y + 26} textAnchor="middle" fontSize={9} fill={textOn(bin)}>
                  {tile.name}
                </text>
                {/* not drawn (outside <text>): keeps the name and the value apart in the link's visible text */}{' '}
                <text
                  x={x + TILE / 2}
                  y={y + 44}
                  textAnchor="middle"
                  fontSize={12}
                  fontWeight={600}
                  fill={textOn(bin)}
                >
                  {tile.label}
                </text>
              </a>
            );
          })}
        </svg>
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
