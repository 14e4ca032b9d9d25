/**
 * The words that follow a number in report prose and say what it counts. A figure is
 * the number with its unit ("2.340 đối tượng", "1,8 tỷ USD"), so these lists decide
 * where a figure ends. They hold the genre's vocabulary, not any one report's.
 */

/** Scale words between a number and its unit: "1,8 tỷ USD", "2 triệu lượt khách". */
export const SCALE_WORDS = ['nghìn tỷ', 'ngàn tỷ', 'nghìn tỉ', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'vạn', 'trillion', 'billion', 'million', 'thousand'];

/** Currencies: a number with one of these is money. */
export const CURRENCIES = ['đồng', 'VNĐ', 'VND', 'vnđ', 'USD', 'đô la Mỹ', 'đô la', 'euro', 'EUR', 'yên', 'nhân dân tệ', 'dong', 'dollars', 'US dollars'];

/** Scale words that mean money on their own in Vietnamese press: "thu 452 tỷ". */
export const MONEY_SCALES = ['nghìn tỷ', 'ngàn tỷ', 'nghìn tỉ', 'tỷ', 'tỉ'];

/** Units of measure, written as they are (case matters: "MW" is not "mw"). */
export const MEASURES = ['ha', 'héc ta', 'km', 'km2', 'km²', 'm', 'm2', 'm²', 'm3', 'm³', 'kg', 'tấn', 'tạ', 'lít', 'MW', 'kW', 'kWh', 'GW', 'MWh', 'điểm'];

/** Nouns of two syllables counted in reports; a one-syllable noun ("vụ", "xã") needs no list. */
export const TWO_SYLLABLE_UNITS = [
  'đối tượng', 'trường hợp', 'chi bộ', 'đảng viên', 'cán bộ', 'doanh nghiệp', 'dự án', 'công trình', 'học sinh',
  'sinh viên', 'giáo viên', 'bệnh nhân', 'người dân', 'hộ dân', 'hộ nghèo', 'hộ cận nghèo', 'hộ gia đình', 'lượt người',
  'lượt khách', 'lượt khám', 'lượt xe', 'phương tiện', 'hồ sơ', 'thủ tục', 'tổ chức', 'cơ sở', 'gia đình', 'trẻ em',
  'tuyến đường', 'căn hộ', 'căn nhà', 'ngôi nhà', 'lao động', 'công nhân', 'du khách', 'khách hàng', 'thí sinh',
  'vận động viên', 'huy chương', 'đơn vị', 'chỉ tiêu', 'tiêu chí', 'sản phẩm', 'giường bệnh', 'trạm y tế', 'trường học',
  'lớp học', 'ý kiến', 'kiến nghị', 'đơn thư', 'vụ việc', 'vụ án', 'bị can', 'chiến sĩ', 'thanh niên', 'tân binh',
  'cuộc thanh tra', 'cuộc kiểm tra', 'tổ dân phố', 'xã viên', 'người chết', 'người bị thương', 'mét vuông', 'ca mắc',
  'ca bệnh', 'ca nhiễm', 'xe máy', 'ô tô', 'giấy phép', 'tài khoản', 'người lao động', 'hợp tác xã', 'thôn xóm',
  'đồng chí', 'di tích', 'lễ hội', 'câu lạc bộ', 'nhà văn hóa', 'km đường', 'mô hình', 'tác phẩm', 'đại biểu', 'bài viết',
  'bác sĩ', 'dược sĩ', 'y sĩ', 'điều dưỡng', 'bài thi', 'tập thể', 'cá nhân', 'biển báo', 'điểm đen', 'đảng bộ', 'giải thưởng',
  'học viên', 'nhà ở', 'nhân khẩu', 'camera',
];

/** Units that take the grade after them: "3 giải Nhất", "2 huy chương Vàng". */
export const GRADED_UNITS = ['giải', 'huy chương', 'giải thưởng'];
/** The grades, as reports capitalise them. */
export const GRADES = ['Nhất', 'Nhì', 'Ba', 'Tư', 'Khuyến khích', 'Vàng', 'Bạc', 'Đồng', 'Đặc biệt'];

/**
 * Words that cannot be a unit: after "đạt 452" the next word "và" says the number
 * stands alone. Prepositions, conjunctions, verbs of comparison.
 */
export const NOT_UNITS = new Set([
  'và', 'với', 'so', 'của', 'là', 'trong', 'tại', 'đến', 'tới', 'từ', 'theo', 'cho', 'trên', 'dưới', 'hơn', 'gần',
  'khoảng', 'được', 'đã', 'sẽ', 'bị', 'có', 'thì', 'mà', 'nhưng', 'hay', 'hoặc', 'bằng', 'đạt', 'tăng', 'giảm', 'vượt',
  'chiếm', 'trở', 'lên', 'xuống', 'còn', 'nay', 'này', 'qua', 'vừa', 'rồi', 'nữa', 'về', 'do', 'vào', 'ra',
  'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'than', 'the', 'a', 'an', 'is', 'are', 'was',
  'were', 'up', 'down', 'over', 'under', 'per', 'as', 'compared',
]);
