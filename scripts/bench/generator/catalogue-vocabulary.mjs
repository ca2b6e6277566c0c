// Vietnamese names for a synthetic province catalogue under the two-level model (province and
// commune). Data only; build-catalogue.mjs draws from it.

/**
 * A position: its name, title and role. The role is not written to the files: the procedure
 * builder uses it to pick who receives, appraises, signs or issues. `signer`, `deputy` and `head`
 * are marked `leader`.
 * @typedef {readonly [name: string, title: string, role: 'signer' | 'deputy' | 'head' | 'staff' | 'clerk' | 'receiver']} PositionSpec
 */

/**
 * A unit before its positions are drawn: the mandatory positions always exist, then a random
 * subset of the optional ones up to six positions in all.
 * @typedef {object} UnitSpec
 * @property {string} name
 * @property {string} title
 * @property {string} kind
 * @property {'province' | 'commune' | 'central'} level
 * @property {string} [agency]
 * @property {readonly PositionSpec[]} mandatory
 * @property {readonly PositionSpec[]} optional
 */

/** The province header. */
export const province = { name: 'LamDong', title: 'Tỉnh Lâm Đồng', code: '68', agency: '000.00.00.H39' };

const departmentPositions = {
    mandatory: [['GiamDoc', 'Giám đốc', 'signer'], ['ChuyenVien', 'Chuyên viên', 'staff']],
    optional: [
        ['PhoGiamDoc', 'Phó Giám đốc', 'deputy'], ['TruongPhong', 'Trưởng phòng chuyên môn', 'head'],
        ['PhoTruongPhong', 'Phó Trưởng phòng chuyên môn', 'head'], ['VanThu', 'Văn thư', 'clerk'],
        ['ChuyenVienChinh', 'Chuyên viên chính', 'staff']
    ]
};
const divisionPositions = {
    mandatory: [['TruongPhong', 'Trưởng phòng', 'signer'], ['ChuyenVien', 'Chuyên viên', 'staff']],
    optional: [['PhoTruongPhong', 'Phó Trưởng phòng', 'deputy'], ['ChuyenVienChinh', 'Chuyên viên chính', 'staff'], ['VanThu', 'Văn thư', 'clerk']]
};
const subDepartmentPositions = {
    mandatory: [['ChiCucTruong', 'Chi cục trưởng', 'signer'], ['ChuyenVien', 'Chuyên viên', 'staff']],
    optional: [['PhoChiCucTruong', 'Phó Chi cục trưởng', 'deputy'], ['TruongPhong', 'Trưởng phòng nghiệp vụ', 'head'], ['VanThu', 'Văn thư', 'clerk'], ['KiemSoatVien', 'Kiểm soát viên', 'staff']]
};
const recordsPositions = {
    mandatory: [['GiamDoc', 'Giám đốc', 'signer'], ['ChuyenVien', 'Viên chức đăng ký', 'staff']],
    optional: [['PhoGiamDoc', 'Phó Giám đốc', 'deputy'], ['VanThu', 'Văn thư', 'clerk'], ['DoDac', 'Viên chức đo đạc bản đồ', 'staff']]
};
const sectorPositions = {
    mandatory: [['ThuTruong', 'Thủ trưởng cơ quan', 'signer'], ['ChuyenVien', 'Công chức tiếp nhận hồ sơ liên thông', 'staff']],
    optional: [['PhoThuTruong', 'Phó Thủ trưởng cơ quan', 'deputy'], ['VanThu', 'Văn thư', 'clerk']]
};

const department = (name, title, agency) => ({ name, title, kind: 'department', level: 'province', agency, ...departmentPositions });
const division = (name, title) => ({ name, title, kind: 'division', level: 'province', ...divisionPositions });
const subDepartment = (name, title) => ({ name, title, kind: 'division', level: 'province', ...subDepartmentPositions });
const records = (name, title) => ({ name, title, kind: 'records-office', level: 'province', ...recordsPositions });
const sector = (name, title, level = 'province') => ({ name, title, kind: level === 'central' ? 'ministry' : 'sector-agency', level, ...sectorPositions });

/** The 40 province-level (and central) units. @type {readonly UnitSpec[]} */
export const provinceUnits = [
    {
        name: 'TTPVHCCTinh', title: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'one-stop', level: 'province', agency: '000.30.39.H39',
        mandatory: [['GiamDoc', 'Giám đốc Trung tâm', 'head'], ['CongChucTiepNhan', 'Công chức tiếp nhận và trả kết quả', 'receiver']],
        optional: [['PhoGiamDoc', 'Phó Giám đốc Trung tâm', 'head'], ['CongChucTraKetQua', 'Công chức trả kết quả', 'receiver'], ['ChuyenVien', 'Chuyên viên kiểm soát thủ tục hành chính', 'staff'], ['VienChucCNTT', 'Viên chức công nghệ thông tin', 'staff']]
    },
    {
        name: 'UBNDTinh', title: 'Ủy ban nhân dân tỉnh', kind: 'people-committee', level: 'province', agency: '000.00.00.H39',
        mandatory: [['ChuTich', 'Chủ tịch Ủy ban nhân dân tỉnh', 'signer'], ['PhoChuTich', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'deputy']],
        optional: [['PhoChuTichThuongTruc', 'Phó Chủ tịch Thường trực', 'deputy'], ['PhoChuTichKinhTe', 'Phó Chủ tịch phụ trách kinh tế', 'deputy'], ['PhoChuTichVanXa', 'Phó Chủ tịch phụ trách văn hóa - xã hội', 'deputy'], ['ThuKy', 'Thư ký lãnh đạo', 'staff']]
    },
    {
        name: 'VanPhongUBNDTinh', title: 'Văn phòng Ủy ban nhân dân tỉnh', kind: 'office', level: 'province', agency: '000.01.39.H39',
        mandatory: [['ChanhVanPhong', 'Chánh Văn phòng', 'head'], ['ChuyenVien', 'Chuyên viên theo dõi lĩnh vực', 'staff']],
        optional: [['PhoChanhVanPhong', 'Phó Chánh Văn phòng', 'head'], ['VanThu', 'Văn thư', 'clerk'], ['ChuyenVienTongHop', 'Chuyên viên tổng hợp', 'staff'], ['KiemSoatTTHC', 'Chuyên viên kiểm soát thủ tục hành chính', 'staff']]
    },
    department('SoNoiVu', 'Sở Nội vụ', '000.02.39.H39'),
    department('SoTuPhap', 'Sở Tư pháp', '000.03.39.H39'),
    department('SoTaiChinh', 'Sở Tài chính', '000.04.39.H39'),
    department('SoCongThuong', 'Sở Công Thương', '000.05.39.H39'),
    department('SoNongNghiepMoiTruong', 'Sở Nông nghiệp và Môi trường', '000.06.39.H39'),
    department('SoXayDung', 'Sở Xây dựng', '000.07.39.H39'),
    department('SoGiaoDucDaoTao', 'Sở Giáo dục và Đào tạo', '000.08.39.H39'),
    department('SoYTe', 'Sở Y tế', '000.09.39.H39'),
    department('SoVanHoaTheThaoDuLich', 'Sở Văn hóa, Thể thao và Du lịch', '000.10.39.H39'),
    department('SoKhoaHocCongNghe', 'Sở Khoa học và Công nghệ', '000.11.39.H39'),
    department('SoDanTocTonGiao', 'Sở Dân tộc và Tôn giáo', '000.12.39.H39'),
    department('SoNgoaiVu', 'Sở Ngoại vụ', '000.13.39.H39'),
    department('ThanhTraTinh', 'Thanh tra tỉnh', '000.14.39.H39'),
    department('BanQuanLyKhuCongNghiep', 'Ban Quản lý các khu công nghiệp tỉnh', '000.15.39.H39'),
    subDepartment('ChiCucKiemLam', 'Chi cục Kiểm lâm'),
    subDepartment('ChiCucThuyLoi', 'Chi cục Thủy lợi'),
    subDepartment('ChiCucChanNuoiThuY', 'Chi cục Chăn nuôi và Thú y'),
    subDepartment('ChiCucTrongTrotBVTV', 'Chi cục Trồng trọt và Bảo vệ thực vật'),
    subDepartment('ChiCucDanSo', 'Chi cục Dân số'),
    subDepartment('ChiCucATVSTP', 'Chi cục An toàn vệ sinh thực phẩm'),
    division('PhongHanhChinhTuPhap', 'Phòng Hành chính tư pháp - Sở Tư pháp'),
    division('PhongQuanLyXayDung', 'Phòng Quản lý xây dựng - Sở Xây dựng'),
    division('PhongNguoiCoCong', 'Phòng Người có công - Sở Nội vụ'),
    division('PhongDangKyKinhDoanh', 'Phòng Đăng ký kinh doanh - Sở Tài chính'),
    records('VanPhongDangKyDatDai', 'Văn phòng đăng ký đất đai tỉnh'),
    records('ChiNhanhVPDKDDDaLat', 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đà Lạt'),
    records('ChiNhanhVPDKDDBaoLoc', 'Chi nhánh Văn phòng đăng ký đất đai khu vực Bảo Lộc'),
    records('ChiNhanhVPDKDDDucTrong', 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Trọng'),
    sector('ThueTinh', 'Thuế tỉnh Lâm Đồng'),
    sector('BHXHTinh', 'Bảo hiểm xã hội tỉnh Lâm Đồng'),
    sector('CongAnTinh', 'Công an tỉnh Lâm Đồng'),
    sector('KhoBacKhuVuc', 'Kho bạc Nhà nước khu vực XV'),
    sector('ThongKeTinh', 'Thống kê tỉnh Lâm Đồng'),
    sector('QuanLyThiTruong', 'Chi cục Quản lý thị trường tỉnh Lâm Đồng'),
    sector('NganHangChinhSach', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lâm Đồng'),
    sector('BoTuPhap', 'Bộ Tư pháp', 'central'),
    sector('BoCongAn', 'Bộ Công an', 'central')
];

/**
 * The five units of every commune or ward, by role in a procedure: `onestop` receives and returns,
 * `committee` signs, `office` appraises civil-status matters and issues, `economy` and `society`
 * appraise the rest. `{place}` is replaced by "xã Lạc Dương" or "phường Lâm Viên - Đà Lạt".
 */
export const communeUnitSpecs = [
    {
        role: 'onestop', suffix: 'TTPVHCC', kind: 'one-stop', title: 'Trung tâm Phục vụ hành chính công {place}',
        mandatory: [['GiamDoc', 'Giám đốc Trung tâm', 'head'], ['CongChucTiepNhan', 'Công chức tiếp nhận và trả kết quả', 'receiver']],
        optional: [['PhoGiamDoc', 'Phó Giám đốc Trung tâm', 'head'], ['CongChucTraKetQua', 'Công chức trả kết quả', 'receiver'], ['NhanVienHoTro', 'Nhân viên hỗ trợ dịch vụ công trực tuyến', 'staff'], ['ChuyenVienCNTT', 'Chuyên viên công nghệ thông tin', 'staff']]
    },
    {
        role: 'committee', suffix: 'UBND', kind: 'people-committee', title: 'Ủy ban nhân dân {place}',
        mandatory: [['ChuTich', 'Chủ tịch Ủy ban nhân dân', 'signer'], ['PhoChuTich', 'Phó Chủ tịch Ủy ban nhân dân', 'deputy']],
        optional: [['PhoChuTichKinhTe', 'Phó Chủ tịch phụ trách kinh tế', 'deputy'], ['PhoChuTichVanXa', 'Phó Chủ tịch phụ trách văn hóa - xã hội', 'deputy'], ['UyVienCongAn', 'Ủy viên, Trưởng Công an', 'staff'], ['UyVienQuanSu', 'Ủy viên, Chỉ huy trưởng Quân sự', 'staff']]
    },
    {
        role: 'office', suffix: 'VanPhong', kind: 'office', title: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {place}',
        mandatory: [['ChanhVanPhong', 'Chánh Văn phòng', 'head'], ['CongChucTuPhap', 'Công chức Tư pháp - Hộ tịch', 'staff']],
        optional: [['VanThu', 'Văn thư', 'clerk'], ['PhoChanhVanPhong', 'Phó Chánh Văn phòng', 'head'], ['CongChucTuPhap2', 'Công chức Tư pháp - Hộ tịch (thứ hai)', 'staff'], ['ChuyenVienTongHop', 'Chuyên viên tổng hợp', 'staff']]
    },
    {
        // In wards the division is "Phòng Kinh tế, Hạ tầng và Đô thị" (the `ward-variant` check).
        role: 'economy', suffix: 'KinhTe', kind: 'division', title: 'Phòng Kinh tế {place}', wardTitle: 'Phòng Kinh tế, Hạ tầng và Đô thị {place}',
        mandatory: [['TruongPhong', 'Trưởng phòng', 'head'], ['ChuyenVienDiaChinh', 'Công chức Địa chính - Xây dựng', 'staff']],
        optional: [['PhoTruongPhong', 'Phó Trưởng phòng', 'head'], ['ChuyenVienXayDung', 'Chuyên viên quản lý xây dựng', 'staff'], ['ChuyenVienNongNghiep', 'Chuyên viên nông nghiệp', 'staff'], ['ChuyenVienMoiTruong', 'Chuyên viên môi trường', 'staff']]
    },
    {
        role: 'society', suffix: 'VanHoaXaHoi', kind: 'division', title: 'Phòng Văn hóa - Xã hội {place}',
        mandatory: [['TruongPhong', 'Trưởng phòng', 'head'], ['ChuyenVienLDTBXH', 'Công chức Lao động - Thương binh và Xã hội', 'staff']],
        optional: [['PhoTruongPhong', 'Phó Trưởng phòng', 'head'], ['ChuyenVienVanHoa', 'Chuyên viên văn hóa, thông tin', 'staff'], ['ChuyenVienGiaoDuc', 'Chuyên viên giáo dục', 'staff'], ['ChuyenVienYTe', 'Chuyên viên y tế', 'staff']]
    }
];

/** Communes and wards: [ID stem, Vietnamese place name]. 52 of them, five units each: 260 units. */
export const communes = [
    ['LacDuong', 'xã Lạc Dương'], ['DonDuong', 'xã Đơn Dương'], ['DucTrong', 'xã Đức Trọng'], ['LamHa', 'xã Lâm Hà'],
    ['DamRong', 'xã Đam Rông'], ['DiLinh', 'xã Di Linh'], ['BaoLam', 'xã Bảo Lâm'], ['DaHuoai', 'xã Đạ Huoai'],
    ['DaTeh', 'xã Đạ Tẻh'], ['CatTien', 'xã Cát Tiên'], ['HiepThanh', 'xã Hiệp Thạnh'], ['NinhGia', 'xã Ninh Gia'],
    ['TaNang', 'xã Tà Năng'], ['DinhVan', 'xã Đinh Văn'], ['NamBan', 'xã Nam Ban'], ['PhucTho', 'xã Phúc Thọ'],
    ['TanHa', 'xã Tân Hà'], ['DinhTrangThuong', 'xã Đinh Trang Thượng'], ['HoaNinh', 'xã Hòa Ninh'], ['GiaHiep', 'xã Gia Hiệp'],
    ['BaoThuan', 'xã Bảo Thuận'], ['LocBac', 'xã Lộc Bắc'], ['LocThanh', 'xã Lộc Thành'], ['LocAn', 'xã Lộc An'],
    ['QuangLap', 'xã Quảng Lập'], ['KaDo', 'xã Ka Đô'], ['PhiLieng', 'xã Phi Liêng'], ['DaSar', 'xã Đạ Sar'],
    ['DaNhim', 'xã Đạ Nhim'], ['DungKNo', "xã Đưng K'Nớ"], ['TaHine', 'xã Tà Hine'], ['TanHoi', 'xã Tân Hội'],
    ['HoaBac', 'xã Hòa Bắc'], ['DamBri', 'xã Đam Bri'], ['LocNgai', 'xã Lộc Ngãi'], ['DaiLao', 'xã Đại Lào'],
    ['Madaguoi', 'xã Madaguôi'], ['DongNai', 'xã Đồng Nai Thượng'], ['TienHoang', 'xã Tiên Hoàng'], ['GiaVien', 'xã Gia Viễn'],
    ['XuanHuong', 'phường Xuân Hương - Đà Lạt'], ['CamLy', 'phường Cam Ly - Đà Lạt'], ['LamVien', 'phường Lâm Viên - Đà Lạt'],
    ['XuanTruong', 'phường Xuân Trường - Đà Lạt'], ['LangBiang', 'phường Lang Biang - Đà Lạt'], ['BaoLoc1', 'phường 1 Bảo Lộc'],
    ['BaoLoc2', 'phường 2 Bảo Lộc'], ['BaoLoc3', 'phường 3 Bảo Lộc'], ['BLao', "phường B'Lao"], ['LienNghia', 'phường Liên Nghĩa'],
    ['DaLatXuanTho', 'phường Xuân Thọ'], ['TramHanh', 'phường Trạm Hành']
];

/** Forms that every procedure may use (Decree 118/2025/NĐ-CP, annex). [name, title, code] */
export const standardForms = [
    ['Mau01', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Mẫu số 01'],
    ['Mau02', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', 'Mẫu số 02'],
    ['Mau03', 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', 'Mẫu số 03'],
    ['Mau04', 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', 'Mẫu số 04'],
    ['Mau05', 'Sổ theo dõi hồ sơ', 'Mẫu số 05'],
    ['Mau06', 'Phiếu kiểm soát quá trình giải quyết hồ sơ', 'Mẫu số 06']
];

/** Forms not tied to one kind of procedure: authorisations, inspection records, hand-over slips. [name, title, code] */
export const genericForms = [
    ['GiayUyQuyen', 'Giấy ủy quyền', 'Mẫu GUQ'],
    ['VanBanCamKet', 'Văn bản cam kết', undefined],
    ['BanKhaiThongTin', 'Bản khai thông tin cá nhân', undefined],
    ['DonDeNghiChung', 'Đơn đề nghị (mẫu chung)', undefined],
    ['BienBanKiemTra', 'Biên bản kiểm tra thực tế', 'Mẫu BB-KT'],
    ['ToTrinh', 'Tờ trình đề nghị phê duyệt', 'Mẫu TTr'],
    ['ThongBaoNghiaVuTaiChinh', 'Thông báo nghĩa vụ tài chính', 'Mẫu 01/TB-TC'],
    ['PhieuChuyenHoSo', 'Phiếu chuyển hồ sơ liên thông', 'Mẫu PCHS'],
    ['BanSaoDienTu', 'Bản sao điện tử có chứng thực', undefined],
    ['VanBanThamDinh', 'Văn bản thẩm định', undefined]
];
