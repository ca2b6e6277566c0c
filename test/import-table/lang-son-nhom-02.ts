// The Lạng Sơn table "2. Nhóm 02 TTHC" of Quyết định 2487/QĐ-UBND (raw/71153021e3559f5e.md, lines 1325–1443) laid
// out as the decision lays it out: the group heading, its two members and the total above the table, a "Số TT /
// Trình tự / Trách nhiệm thực hiện / Thời gian thực hiện" table, several performers in a cell ("…/NVBĐ"), "Không
// tính thời gian", and the total at the foot.
import type { WordBlock } from '../support/table-documents.js';

/** The blocks of the document. */
export const langSonNhom02: readonly WordBlock[] = [
    '2. Nhóm 02 TTHC, gồm:',
    '2.1. Thủ tục cấp lại Giấy công nhận trung tâm đổi mới sáng tạo, Giấy công nhận trung tâm đổi mới sáng tạo cấp tỉnh',
    '2.2. Thủ tục cấp lại Giấy công nhận trung tâm hỗ trợ khởi nghiệp sáng tạo sáng tạo, Giấy công nhận trung tâm hỗ trợ khởi nghiệp sáng tạo cấp tỉnh, Giấy công nhận cá nhân, nhóm cá nhân khởi nghiệp sáng tạo, Giấy công nhận doanh nghiệp khởi nghiệp sáng tạo, Giấy công nhận chuyên gia hỗ trợ khởi nghiệp sáng tạo, Giấy công nhận nhà đầu tư cá nhân khởi nghiệp sáng tạo',
    'Tổng thời gian giải quyết TTHC:\n15 ngày kể từ ngày nhận được hồ sơ hợp lệ',
    { rows: [
        ['Số TT', 'Trình tự', 'Trách nhiệm thực hiện', 'Thời gian thực hiện'],
        ['B1', '- Tiếp nhận hồ sơ đầy đủ, hợp lệ (Lưu ý: Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ, CCMC trả lời tổ chức, cá nhân về tính hợp lệ của hồ sơ).\n- Chuyển hồ sơ cho lãnh đạo Phòng QLCN&TĐC.', 'CCMC của Sở tại TTPVHCC/NVBĐ', '0,5 ngày'],
        ['B2', 'Phân công xử lý hồ sơ', 'Lãnh đạo Phòng QLCN&TĐC', '0,5 ngày'],
        ['B3', 'Thẩm định hồ sơ, dự thảo Tờ trình đề nghị UBND ban hành Giấy công nhận hoặc Công văn từ chối công nhận\nChuyển hồ sơ đến Lãnh đạo Phòng.', 'Chuyên viên Phòng QLCN&TĐC', '4,5 ngày'],
        ['B4', 'Xem xét Tờ trình, trình Lãnh đạo Sở', 'Lãnh đạo Phòng QLCN&TĐC', '02 ngày'],
        ['B5', 'Ký duyệt Tờ trình', 'Lãnh đạo Sở', '02 ngày'],
        ['B6', 'Ban hành Tờ trình', 'Văn thư Sở', '0,5 ngày'],
        ['B7', 'Ban hành Giấy công nhận hoặc Công văn từ chối công nhận', 'UBND tỉnh', '05 ngày'],
        ['B8', '- Trả kết quả giải quyết TTHC.\n- Thống kê, theo dõi.', 'CCMC của Sở tại TTPVHCC/NVBĐ', 'Không tính thời gian'],
        [{ text: 'Tổng thời gian giải quyết TTHC', span: 3 }, '15 ngày']
    ] }
];
