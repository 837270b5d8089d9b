/**
 * The tile map of the 34 provincial units: one equal tile each on a grid that follows their
 * place from north (row 0) to south, west (column 0) to east. No boundary data: nothing to
 * license and no border to get wrong. The East Sea archipelagos are labelled beside the units
 * they belong to (Hoàng Sa: Đà Nẵng; Trường Sa: Khánh Hòa).
 */
export const PROVINCE_TILES: Readonly<Record<string, { row: number; col: number }>> = {
  P12: { row: 0, col: 1 }, // Lai Châu
  P15: { row: 0, col: 2 }, // Lào Cai
  P08: { row: 0, col: 3 }, // Tuyên Quang
  P04: { row: 0, col: 4 }, // Cao Bằng
  P11: { row: 1, col: 0 }, // Điện Biên
  P14: { row: 1, col: 1 }, // Sơn La
  P25: { row: 1, col: 2 }, // Phú Thọ
  P19: { row: 1, col: 3 }, // Thái Nguyên
  P20: { row: 1, col: 4 }, // Lạng Sơn
  P01: { row: 2, col: 2 }, // Hà Nội
  P24: { row: 2, col: 3 }, // Bắc Ninh
  P22: { row: 2, col: 4 }, // Quảng Ninh
  P37: { row: 3, col: 2 }, // Ninh Bình
  P33: { row: 3, col: 3 }, // Hưng Yên
  P31: { row: 3, col: 4 }, // Hải Phòng
  P38: { row: 4, col: 2 }, // Thanh Hóa
  P40: { row: 5, col: 2 }, // Nghệ An
  P42: { row: 6, col: 3 }, // Hà Tĩnh
  P44: { row: 7, col: 3 }, // Quảng Trị
  P46: { row: 8, col: 3 }, // Huế
  P48: { row: 9, col: 4 }, // Đà Nẵng
  P52: { row: 10, col: 3 }, // Gia Lai
  P51: { row: 10, col: 4 }, // Quảng Ngãi
  P66: { row: 11, col: 3 }, // Đắk Lắk
  P56: { row: 11, col: 4 }, // Khánh Hòa
  P68: { row: 12, col: 3 }, // Lâm Đồng
  P80: { row: 13, col: 1 }, // Tây Ninh
  P79: { row: 13, col: 2 }, // Thành phố Hồ Chí Minh
  P75: { row: 13, col: 3 }, // Đồng Nai
  P91: { row: 14, col: 0 }, // An Giang
  P82: { row: 14, col: 1 }, // Đồng Tháp
  P86: { row: 14, col: 2 }, // Vĩnh Long
  P96: { row: 15, col: 0 }, // Cà Mau
  P92: { row: 15, col: 1 }, // Cần Thơ
};

/** Where the archipelagos' labels go (grid cells east of the coast) and whose they are. */
export const ARCHIPELAGO_LABELS = [
  { key: 'hoangSa', row: 8.5, col: 5.6, province: 'P48' },
  { key: 'truongSa', row: 13, col: 5.2, province: 'P56' },
] as const;

export const TILE_GRID = { rows: 16, cols: 7 } as const;
