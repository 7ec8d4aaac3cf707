/**
 * Names whose capitals NĐ 30/2020 Phụ lục II fixes: the first syllable and those of the proper
 * names inside ("Thủ tướng Chính phủ", "Bộ Công Thương" is written so by its own decree). Each
 * is read in any case; written all in capitals (a document's header) it is left alone.
 */
export const BODIES = [
  'Phó Thủ tướng Chính phủ',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Tổng Bí thư',
  'Ban Chấp hành Trung ương',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Văn phòng Chính phủ',
  'Thanh tra Chính phủ',
  'Đảng Cộng sản Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ngân hàng Nhà nước Việt Nam',
  'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Tư pháp',
  'Bộ Y tế',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Công Thương',
  'Bộ Xây dựng',
  'Bộ Giao thông vận tải',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Thông tin và Truyền thông',
  'Bộ Khoa học và Công nghệ',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Văn hóa, Thể thao và Du lịch',
];
/** "Ủy ban nhân dân" and "Hội đồng nhân dân" of a named place: the body capitalised, the kind of place not. */
export const LOCAL = ['Ủy ban nhân dân', 'Hội đồng nhân dân'];
export const PLACE_KINDS = 'tỉnh|huyện|quận|thị xã|thị trấn|xã|phường';

/** The first syllables of the names, folded to lower case ("uỷ" as well as "ủy"): the words RW310 starts from. */
export const HEADS: readonly string[] = [...new Set([...BODIES, ...LOCAL].map((p) => p.split(' ')[0].toLowerCase())), 'uỷ'];
