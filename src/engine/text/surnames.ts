/**
 * Common Vietnamese family names. A run of capitals that starts with one names a person
 * ("Trịnh Văn Tâm"); a run that starts otherwise names a body or a place ("Phòng Cảnh
 * sát …", "Bắc Từ Liêm"). Shared by the importer (finding people) and the scorer (telling
 * a person from a body).
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Trịnh Lương Mai Lâm Tạ Trương Cao Tô Quách Chu Lưu Triệu Kiều Đoàn Vương Nông Hứa Lã Khổng Phùng Đàm Nghiêm Tăng Hầu Thân Doãn Tống Mạc Lục Chử Ninh Thái Hà Văn Giang Kim Quan Châu La Lại Lò Mẫn Nhữ Ông Viên'.split(' '),
);
