/**
 * Internal-procedure tables of published provincial decisions (November 2025), written in the language under
 * `test/fixtures/published/<province>/`, with the numbers each table publishes and the verdict on its arithmetic.
 *
 * Each entry is keyed by the raw file of `../shared/data/qtnb-2025-decisions-md/raw/` and the table's heading as it
 * is printed there (bold markers and line breaks aside), so that a reader of the raw tables can find the same
 * table and compare. `flows` holds the time cells of each way through the table, as published, in path order (the
 * table's own path, or one per case "a) Trường hợp …"); `statutory` is the statutory time the decision states for
 * that flow (its list of procedures, or the table's header), when it states one that can be compared.
 */

/** The findings on a procedure's arithmetic. */
export const ARITHMETIC_CODES = ['total-mismatch', 'total-over-statutory', 'time-over-statutory', 'cut-arithmetic', 'part-over-limit'] as const;
export type ArithmeticCode = typeof ARITHMETIC_CODES[number];

/**
 * A part of a table with its own published subtotal ("Tại Sở …: 43 ngày"), or an upper limit ("Thời hạn thẩm định …:
 * Không quá 15 ngày").
 */
export interface PublishedPart {
    readonly name: string;
    readonly cells: readonly string[];
    readonly subtotal?: string;
    readonly limit?: string;
}

/** One way through a table: the time cells on it as published, its published total and statutory time. */
export interface PublishedFlow {
    /** The case's heading, for a case ("a) Trường hợp …"); none for the table's own path. */
    readonly heading?: string;
    readonly cells: readonly string[];
    /** The published total; none when the table states only limits of its parts. */
    readonly total?: string;
    readonly statutory?: string;
    /** A stated cut: "cắt giảm 12/60 ngày, tỷ lệ 20%". */
    readonly cut?: { readonly cut: number; readonly of: number; readonly ratio?: number };
    readonly parts?: readonly PublishedPart[];
}

/** A published table, where it is written, and the verdict on its arithmetic. */
export interface PublishedTable {
    readonly raw: string;
    readonly decision: string;
    readonly heading: string;
    /** The fixture file (under test/fixtures/published/) and the procedure it declares. */
    readonly fixture: string;
    readonly procedure: string;
    readonly flows: readonly PublishedFlow[];
    /** The findings the table's own numbers call for. */
    readonly verdict: readonly ArithmeticCode[];
    /** The arithmetic, in words. */
    readonly why: string;
    /**
     * Findings the tool reports today that the published numbers do not call for: false positives of the
     * language or its checks, each with why it is wrong. The test expects them until they are fixed, so that
     * fixing one makes the test fail and its entry is removed here.
     */
    readonly falsePositives?: ReadonlyArray<{ readonly code: ArithmeticCode; readonly why: string }>;
}

const LANG_SON = { raw: '71153021e3559f5e.md', decision: '2487/QĐ-UBND ngày 19/11/2025, tỉnh Lạng Sơn' } as const;
const NGHE_AN_3857 = { raw: 'a9e3b1619c1d3512.md', decision: '3857/QĐ-UBND ngày 26/11/2025, tỉnh Nghệ An' } as const;
const NGHE_AN_3760 = { raw: 'e8652ce55bfaba04.md', decision: '3760/QĐ-UBND ngày 19/11/2025, tỉnh Nghệ An' } as const;
const NGHE_AN_3854 = { raw: 'f7f2733d47a603dc.md', decision: '3854/QĐ-UBND ngày 26/11/2025, tỉnh Nghệ An' } as const;
const SON_LA_2969 = { raw: '817cf0e3de96bc43.md', decision: '2969/QĐ-UBND ngày 21/11/2025, tỉnh Sơn La' } as const;
const SON_LA_2929 = { raw: 'ad52bc0b105a20cd.md', decision: '2929/QĐ-UBND ngày 18/11/2025, tỉnh Sơn La' } as const;
const CA_MAU_01779 = { raw: '8a68cd97082b71f2.md', decision: '01779/QĐ-UBND ngày 19/11/2025, tỉnh Cà Mau' } as const;
const CA_MAU_01763 = { raw: 'b1bac569be973504.md', decision: '01763/QĐ-UBND ngày 18/11/2025, tỉnh Cà Mau' } as const;
const VINH_LONG = { raw: 'b3a4b2605f9a281f.md', decision: '2682/QĐ-UBND ngày 20/11/2025, tỉnh Vĩnh Long' } as const;
const BAC_NINH_1490 = { raw: '80bb1f677e7d4d75.md', decision: '1490/QĐ-UBND ngày 18/11/2025, tỉnh Bắc Ninh' } as const;
const BAC_NINH_1582 = { raw: 'ff4de67291d44c52.md', decision: '1582/QĐ-UBND ngày 30/11/2025, tỉnh Bắc Ninh' } as const;

const NOT_COUNTED = 'Không tính thời gian';

// Lạng Sơn: the four-step Sở part of a 15-day table (B1–B7) and its return.
const LS_15 = ['0,5 ngày', '0,5 ngày', '4,5 ngày', '02 ngày', '02 ngày', '0,5 ngày', '05 ngày', NOT_COUNTED];
// Nghệ An 3760: the five tables' hours (the return's cell is "Giờ hành chính").
const NA_80 = ['02 giờ làm việc', '04 giờ làm việc', '58 giờ làm việc', '06 giờ làm việc', '08 giờ làm việc', '02 giờ làm việc', 'Giờ hành chính'];
// Nghệ An 3854: the commune part and the department part of both tables.
const NA_XA = ['04 giờ làm việc', '04 giờ làm việc', '20 giờ làm việc', '04 giờ làm việc', '04 giờ làm việc', '04 giờ làm việc'];
const NA_SO = ['04 giờ làm việc', '04 giờ làm việc', '12 giờ làm việc', '16 giờ làm việc', '08 giờ làm việc', '04 giờ làm việc', '04 giờ làm việc', '04 giờ làm việc', NOT_COUNTED];
// Sơn La 2929: the 12-day tables of the one-off allowance.
const SL_12 = ['1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/2 ngày', '3,5 ngày', '02 ngày', '04 ngày', '01 ngày'];
// Bắc Ninh 1490, table 2: block I, and the cells of block II's appraisal (B1–B9, then B11–B12 around B10's approval).
const BN_1490_I = ['0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '1 ngày làm việc',
    '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '1,5 ngày làm việc', '0,25 ngày làm việc'];
const BN_1490_II_APPRAISAL = ['0,5 ngày', '0,5 ngày', '02 ngày', '0,5 ngày', '0,5 ngày', '04 ngày', '04 ngày', '01 ngày', '01 ngày', '0,5 ngày', '0,5 ngày'];
// Bắc Ninh 1582: the 17-day tables.
const BN_17A = ['0,5 ngày', '0,25 ngày', '0,5 ngày', '0,25 ngày', '0,5 ngày', '07 ngày', '02 ngày', '01 ngày', '01 ngày', '0,5 ngày', '03 ngày', '0,5 ngày'];
const BN_17B = ['0,25 ngày', '0,25 ngày', '01 ngày', '0,25 ngày', '0,25 ngày', '07 ngày', '02 ngày', '01 ngày', '01 ngày', '0,5 ngày', '03 ngày', '0,5 ngày'];

/** Every table written under test/fixtures/published/, with its verdict. */
export const PUBLISHED_TABLES: readonly PublishedTable[] = [
    {
        ...LANG_SON, heading: '1. Nhóm 07 TTHC, gồm:', fixture: 'lang-son/nhom-07-cong-nhan-doi-moi-sang-tao.tthc', procedure: 'Nhom07CongNhan',
        flows: [
            { heading: 'a) Trường hợp không thành lập hội đồng tư vấn công nhận', cells: LS_15, total: '15 ngày', statutory: '15 ngày' },
            {
                heading: 'b) Trường hợp thành lập hội đồng tư vấn công nhận',
                cells: ['0,5 ngày', '0,5 ngày', '03 ngày', '01 ngày', '01 ngày', '0,5 ngày', '03 ngày', '5,5 ngày', '02 ngày', '1,5 ngày', '01 ngày', '0,5 ngày', NOT_COUNTED,
                    '1,5 ngày', '01 ngày', '01 ngày', '0,5 ngày', '03 ngày', NOT_COUNTED],
                total: '27 ngày'
            }
        ],
        verdict: [],
        why: 'a) 0.5+0.5+4.5+2+2+0.5+5 = 15 = published 15 ngày = statutory 15 ngày; b) 0.5+0.5+3+1+1+0.5+3+5.5+2+1.5+1+0.5+1.5+1+1+0.5+3 = 27 = published 27 ngày '
            + '(B13, the applicant, not counted). The council case has no overall statutory time, only "05 ngày làm việc" (B9–B12: 2+1.5+1+0.5 = 5) and "07 ngày làm '
            + 'việc" (B14–B18: 1.5+1+1+0.5+3 = 7) counted from the meeting or the completed dossier: both met (parts with a limit).'
    },
    {
        ...LANG_SON, heading: '2. Nhóm 02 TTHC, gồm:', fixture: 'lang-son/nhom-02-cap-lai-giay-cong-nhan.tthc', procedure: 'Nhom02CapLai',
        flows: [{ cells: LS_15, total: '15 ngày', statutory: '15 ngày' }],
        verdict: [], why: '0.5+0.5+4.5+2+2+0.5+5 = 15 = published 15 ngày = statutory 15 ngày: adds up'
    },
    {
        ...LANG_SON, heading: '3. Thủ tục đăng ký thực hiện nhiệm vụ đổi mới sáng tạo tài trợ', fixture: 'lang-son/dang-ky-nhiem-vu-doi-moi-sang-tao.tthc', procedure: 'DangKyNhiemVuDMST',
        flows: [{
            cells: ['0,5 ngày', '0,5 ngày', '4,5 ngày', '02 ngày', '02 ngày', '0,5 ngày', '8,5 ngày', '03 ngày', '03 ngày', '0,5 ngày', '05 ngày', '10 ngày', '01 ngày', '01 ngày',
                '0,5 ngày', '0,5 ngày', NOT_COUNTED, '10 ngày', '2,5 ngày', '01 ngày', '01 ngày', '0,5 ngày', '05 ngày', NOT_COUNTED],
            total: '63 ngày', statutory: '63 ngày'
        }],
        verdict: [],
        why: '10 (B1–B6) + 30 (B7–B12) + 3 (B13–B16) + 10 (B18) + 10 (B19–B23) = 63 = published 63 ngày; the statutory stages 10 + 30 + 03 + 10 + 10 add up to the same'
    },
    {
        ...LANG_SON, heading: '4. Thủ tục sửa đổi, chấm dứt Hợp đồng tài trợ thực hiện nhiệm vụ đổi mới sáng tạo', fixture: 'lang-son/sua-doi-cham-dut-hop-dong-tai-tro.tthc', procedure: 'SuaDoiChamDutHopDong',
        flows: [{ cells: LS_15, total: '15 ngày', statutory: '15 ngày' }],
        verdict: [], why: '0.5+0.5+4.5+2+2+0.5+5 = 15 = published 15 ngày (counted from the experts\' opinions) = statutory 15 ngày: adds up'
    },
    {
        ...LANG_SON, heading: '5. Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ', fixture: 'lang-son/cap-giay-chung-nhan-doanh-nghiep-khcn.tthc', procedure: 'CapGCNDoanhNghiepKHCN',
        flows: [{ cells: LS_15, total: '15 ngày', statutory: '15 ngày' }],
        verdict: [], why: '0.5+0.5+4.5+2+2+0.5+5 = 15 = published 15 ngày = statutory 15 ngày: adds up'
    },
    {
        ...LANG_SON, heading: '6. Thủ tục cấp thay đổi nội dung, cấp lại Giấy chứng nhận doanh nghiệp khoa học và công nghệ',
        fixture: 'lang-son/cap-thay-doi-cap-lai-giay-chung-nhan-doanh-nghiep-khcn.tthc', procedure: 'CapThayDoiGCNDoanhNghiepKHCN',
        flows: [{ cells: ['0,5 ngày', '0,25 ngày', '02 ngày', '02 ngày', '02 ngày', '0,25 ngày', '03 ngày', NOT_COUNTED], total: '10 ngày', statutory: '10 ngày' }],
        verdict: [], why: '0.5+0.25+2+2+2+0.25+3 = 10 = published 10 ngày = statutory 10 ngày: adds up'
    },
    {
        ...LANG_SON, heading: '7. Thủ tục đánh giá kết quả thực hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo không sử dụng ngân sách nhà nước',
        fixture: 'lang-son/danh-gia-ket-qua-nhiem-vu-khcn.tthc', procedure: 'DanhGiaNhiemVuKHCN',
        flows: [{
            cells: ['0,5 ngày', '0,5 ngày', '03 ngày', '01 ngày', '01 ngày', '0,5 ngày', '04 ngày', '08 ngày', '03 ngày', '01 ngày', '01 ngày', '0,5 ngày', '04 ngày', NOT_COUNTED],
            total: '28 ngày', statutory: '28 ngày'
        }],
        verdict: [], why: '0.5+0.5+3+1+1+0.5+4+8+3+1+1+0.5+4 = 28 = published 28 ngày = statutory 28 ngày: adds up'
    },
    {
        ...NGHE_AN_3857, heading: 'I. Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư (mã số 1.012994)', fixture: 'nghe-an/khau-tru-kinh-phi-boi-thuong.tthc', procedure: 'KhauTruKinhPhiBoiThuong',
        flows: [{ cells: ['04 giờ', '04 giờ', '112 giờ', '24 giờ', '16 giờ', '08 giờ', NOT_COUNTED], total: '168 giờ' }],
        verdict: [], why: '4+4+112+24+16+8 = 168 giờ = published 168 giờ (tương đương 21 ngày); the decision states no statutory time'
    },
    {
        ...NGHE_AN_3760, heading: '1. Đề nghị miễn, giảm học phí trong cơ sở giáo dục nghề nghiệp và cơ sở giáo dục đại học công lập',
        fixture: 'nghe-an/mien-giam-hoc-phi-gdnn-dh-cong-lap.tthc', procedure: 'MienGiamHocPhiGDNNDHCongLap',
        flows: [{ cells: NA_80, total: '80 giờ làm việc', statutory: '80 giờ làm việc' }],
        verdict: [], why: '2+4+58+6+8+2 = 80 giờ = published and statutory 80 giờ làm việc (the return is "Giờ hành chính"): adds up'
    },
    {
        ...NGHE_AN_3760, heading: '2. Đề nghị hỗ trợ chi phí học tập trong trường trung học phổ thông tư thục',
        fixture: 'nghe-an/ho-tro-chi-phi-hoc-tap-thpt-tu-thuc.tthc', procedure: 'HoTroChiPhiHocTapTHPTTuThuc',
        flows: [{ cells: NA_80, total: '80 giờ làm việc', statutory: '80 giờ làm việc' }],
        verdict: [], why: '2+4+58+6+8+2 = 80 giờ = published and statutory 80 giờ làm việc: adds up'
    },
    {
        ...NGHE_AN_3760, heading: '1. Đề nghị miễn, giảm học phí trong cơ sở giáo dục nghề nghiệp, cơ sở giáo dục đại học tư thục',
        fixture: 'nghe-an/mien-giam-hoc-phi-gdnn-dh-tu-thuc.tthc', procedure: 'MienGiamHocPhiGDNNDHTuThuc',
        flows: [{ cells: ['02 giờ làm việc', '04 giờ làm việc', '58 giờ làm việc', '06 giờ làm việc', '07 giờ làm việc', '03 giờ làm việc', 'Giờ hành chính'], total: '80 giờ làm việc', statutory: '80 giờ làm việc' }],
        verdict: [], why: '2+4+58+6+7+3 = 80 giờ = published and statutory 80 giờ làm việc: adds up'
    },
    {
        ...NGHE_AN_3760, heading: '2. Đề nghị hỗ trợ chi phí học tập trong cơ sở giáo dục mầm non công lập',
        fixture: 'nghe-an/ho-tro-chi-phi-hoc-tap-mam-non-pho-thong-cong-lap.tthc', procedure: 'HoTroChiPhiHocTapCongLap',
        flows: [{ cells: NA_80, total: '80 giờ làm việc', statutory: '80 giờ làm việc' }],
        verdict: [], why: '2+4+58+6+8+2 = 80 giờ = published and statutory 80 giờ làm việc: adds up'
    },
    {
        ...NGHE_AN_3760, heading: '3. Đề nghị hỗ trợ chi phí học tập trong cơ sở giáo dục mầm non dân lập, tư thục',
        fixture: 'nghe-an/ho-tro-chi-phi-hoc-tap-mam-non-tu-thuc.tthc', procedure: 'HoTroChiPhiHocTapTuThucXa',
        flows: [{ cells: NA_80, total: '80 giờ làm việc', statutory: '80 giờ làm việc' }],
        verdict: [], why: '2+4+58+6+8+2 = 80 giờ = published and statutory 80 giờ làm việc: adds up'
    },
    {
        ...NGHE_AN_3854, heading: '1. Thủ tục giải quyết chế độ trợ cấp một lần', fixture: 'nghe-an/tro-cap-mot-lan-doi-tuong-con-song.tthc', procedure: 'TroCapMotLanConSong',
        flows: [{
            cells: [...NA_XA, ...NA_SO], total: '96 giờ làm việc', statutory: '12 ngày làm việc',
            parts: [{ name: 'TaiXa', cells: NA_XA, subtotal: '40 giờ làm việc' }, { name: 'TaiSo', cells: NA_SO, subtotal: '56 giờ làm việc' }]
        }],
        verdict: [], why: 'commune 4+4+20+4+4+4 = 40 giờ; Sở Nội vụ 4+4+12+16+8+4+4+4 = 56 giờ; 40+56 = 96 giờ = published 96 giờ = statutory 12 ngày làm việc: adds up'
    },
    {
        ...NGHE_AN_3854, heading: '2. Thủ tục giải quyết chế độ trợ cấp một lần', fixture: 'nghe-an/tro-cap-mot-lan-doi-tuong-da-tu-tran.tthc', procedure: 'TroCapMotLanDaTuTran',
        flows: [{
            cells: [...NA_XA, ...NA_SO], total: '96 giờ làm việc', statutory: '12 ngày làm việc',
            parts: [{ name: 'TaiXa', cells: NA_XA, subtotal: '40 giờ làm việc' }, { name: 'TaiSo', cells: NA_SO, subtotal: '56 giờ làm việc' }]
        }],
        verdict: [], why: 'the same table as 1.: 40 + 56 = 96 giờ = published 96 giờ = statutory 12 ngày làm việc: adds up'
    },
    {
        ...SON_LA_2969, heading: '1. Cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực báo chí, xuất bản',
        fixture: 'son-la/cap-giay-chung-nhan-luu-hanh-tu-do-cfs.tthc', procedure: 'CapCFSBaoChiXuatBan',
        flows: [{ cells: ['1/4 ngày', '1/4 ngày', '01 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày'], total: '03 ngày', statutory: '03 ngày làm việc' }],
        verdict: [], why: 'eight cells of 1/4 and one of 01: 8 × 1/4 + 1 = 3 = published 03 ngày = statutory 03 ngày làm việc: adds up'
    },
    {
        ...SON_LA_2969, heading: '2. Sửa đổi, bổ sung/cấp lại giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực báo chí, xuất bản',
        fixture: 'son-la/sua-doi-cap-lai-giay-chung-nhan-cfs.tthc', procedure: 'SuaDoiCapLaiCFSBaoChiXuatBan',
        flows: [{ cells: ['1/4 ngày', '1/4 ngày', '1,5 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày', '1/4 ngày'], total: '03 ngày', statutory: '03 ngày làm việc' }],
        verdict: ['total-mismatch'],
        why: '8 × 1/4 + 1,5 = 3,5 ngày, but the published total is 03 ngày and the statutory time 03 ngày làm việc: does not add up (half a day over)'
    },
    {
        ...SON_LA_2929, heading: '1. Thủ tục giải quyết chế độ trợ cấp một lần đối với công nhân viên chức nhà nước, chuyên gia các ngành',
        fixture: 'son-la/tro-cap-mot-lan-doi-tuong-con-song.tthc', procedure: 'TroCapMotLanConSong',
        flows: [{ cells: SL_12, total: '12 ngày', statutory: '12 ngày làm việc' }],
        verdict: [], why: '1/4+1/4+1/4+1/4+1/2+3,5+2+4+1 = 12 = published 12 ngày = statutory 12 ngày làm việc: adds up'
    },
    {
        ...SON_LA_2929, heading: '2. Thủ tục giải quyết chế độ trợ cấp một lần đối với công nhân viên chức nhà nước, chuyên gia các ngành',
        fixture: 'son-la/tro-cap-mot-lan-doi-tuong-da-tu-tran.tthc', procedure: 'TroCapMotLanDaTuTran',
        flows: [{ cells: SL_12, total: '12 ngày', statutory: '12 ngày làm việc' }],
        verdict: [], why: 'the same cells as 1.: 12 = published 12 ngày = statutory 12 ngày làm việc: adds up'
    },
    {
        ...SON_LA_2929, heading: '3. Thủ tục giải quyết chế độ miễn học phí đối với con đẻ, con nuôi hợp pháp của hạ sĩ quan, binh sĩ tại ngũ',
        fixture: 'son-la/mien-hoc-phi-con-ha-si-quan-binh-si.tthc', procedure: 'MienHocPhiConHaSiQuan',
        flows: [{ cells: ['1/4 ngày', '1/2 ngày', '1/4 ngày'], total: '01 ngày', statutory: '01 ngày' }],
        verdict: [], why: '1/4+1/2+1/4 = 1 = published 01 ngày = statutory 01 ngày: adds up'
    },
    {
        ...SON_LA_2929, heading: '4. Thủ tục xác minh, kết luận đối với quân nhân, công nhân và viên chức quốc phòng', fixture: 'son-la/xac-minh-quan-nhan-mat-tich.tthc', procedure: 'XacMinhQuanNhanMatTich',
        flows: [
            { cells: ['1/2 ngày', '1/2 ngày', '08 ngày', '01 ngày', '1/2 ngày', '1/2 ngày', '01 ngày'], total: '10 ngày', statutory: '10 ngày' },
            {
                heading: 'Tổng thời gian thực hiện trong trường hợp hồ sơ chưa đầy đủ thông tin, cần phải xác minh:',
                cells: ['1/2 ngày', '1/2 ngày', '08 ngày', '01 ngày', '28 ngày', '1/2 ngày', '1/2 ngày', '01 ngày'], total: '30 ngày', statutory: '30 ngày'
            }
        ],
        verdict: ['total-mismatch'],
        why: 'full information (B3 "chuyển sang B5"): 1/2+1/2+8+1+1/2+1/2+1 = 12 ngày against published and statutory 10 ngày; verification: 1/2+1/2+8+1+28+1/2+1/2+1 = 40 ngày '
            + 'against published and statutory 30 ngày: neither adds up (B1–B3 alone make 10)'
    },
    {
        ...SON_LA_2929, heading: '5. Thủ tục xác nhận cán bộ Quân đội nghỉ hưu mắc bệnh hiểm nghèo', fixture: 'son-la/xac-nhan-can-bo-nghi-huu-mac-benh-hiem-ngheo.tthc', procedure: 'XacNhanCanBoNghiHuuBenhHiemNgheo',
        flows: [{ cells: ['02 ngày', '1/2 ngày', '03 ngày', '01 ngày', '1/2 ngày', '1/2 ngày', '1/2 ngày', '01 ngày'], total: '09 ngày', statutory: '09 ngày làm việc' }],
        verdict: [], why: '2+1/2+3+1+1/2+1/2+1/2+1 = 9 = published 09 ngày = statutory 09 ngày làm việc: adds up'
    },
    {
        ...SON_LA_2929, heading: '6. Thủ tục đăng ký khám bệnh, chữa bệnh đối với sĩ quan phục viên có đủ 15 năm phục vụ trong Quân đội',
        fixture: 'son-la/dang-ky-kham-chua-benh-si-quan-phuc-vien.tthc', procedure: 'DangKyKhamChuaBenhSiQuanPhucVien',
        flows: [{ cells: ['1/4 ngày', '1/4 ngày', '1/2 ngày'], total: '01 ngày', statutory: '01 ngày' }],
        verdict: [], why: '1/4+1/4+1/2 = 1 = published 01 ngày = statutory 01 ngày: adds up'
    },
    {
        ...CA_MAU_01779, heading: '1. Công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền cấp giấy phép của Ủy ban nhân dân cấp tỉnh',
        fixture: 'ca-mau/cong-nhan-ket-qua-tham-do-khoang-san.tthc', procedure: 'CongNhanKetQuaThamDoKhoangSan',
        flows: [
            {
                heading: '1.1. Trường hợp tổ chức, cá nhân đề nghị công nhận kết quả thăm dò khoáng sản nhóm I, nhóm II',
                cells: ['0,5 ngày', '42 ngày', '0,5 ngày', '4,5 ngày', '0,5 ngày'], total: '48 ngày', statutory: '48 ngày', cut: { cut: 12, of: 60, ratio: 20 },
                parts: [{ name: 'TaiSo1', cells: ['0,5 ngày', '42 ngày', '0,5 ngày'], subtotal: '43 ngày' }, { name: 'TaiVP1', cells: ['4,5 ngày', '0,5 ngày'], subtotal: '05 ngày' }]
            },
            {
                heading: '1.2. Trường hợp tổ chức, cá nhân đề nghị công nhận kết quả thăm dò khoáng sản nhóm III',
                cells: ['0,5 ngày', '30 ngày', '0,5 ngày', '4,5 ngày', '0,5 ngày'], total: '36 ngày', statutory: '36 ngày', cut: { cut: 9, of: 45, ratio: 20 },
                parts: [{ name: 'TaiSo2', cells: ['0,5 ngày', '30 ngày', '0,5 ngày'], subtotal: '31 ngày' }, { name: 'TaiVP2', cells: ['4,5 ngày', '0,5 ngày'], subtotal: '05 ngày' }]
            }
        ],
        verdict: [],
        why: '1.1: Sở 0.5+42+0.5 = 43, Văn phòng 4.5+0.5 = 5, 43+5 = 48 = published 48 ngày, 48+12 = 60 and 12/60 = 20%; 1.2: Sở 0.5+30+0.5 = 31, Văn phòng 5, '
            + '31+5 = 36 = published 36 ngày, 36+9 = 45 and 9/45 = 20%: all add up'
    },
    {
        ...CA_MAU_01763, heading: 'Nhóm 2 thủ tục:', fixture: 'ca-mau/nhom-02-giay-chung-nhan-luu-hanh-tu-do-cfs.tthc', procedure: 'Nhom02CFSBaoChiXuatBan',
        flows: [{
            cells: ['0,25 ngày làm việc', '0,5 ngày làm việc', '0,25 ngày làm việc', '0,75 ngày làm việc', '0,25 ngày làm việc'], total: '02 ngày làm việc', statutory: '02 ngày làm việc',
            cut: { cut: 1, of: 3, ratio: 33.33 },
            parts: [
                { name: 'TaiSo', cells: ['0,25 ngày làm việc', '0,5 ngày làm việc', '0,25 ngày làm việc'], subtotal: '01 ngày làm việc' },
                { name: 'TaiVP', cells: ['0,75 ngày làm việc', '0,25 ngày làm việc'], subtotal: '01 ngày làm việc' }
            ]
        }],
        verdict: [], why: 'Sở 0.25+0.5+0.25 = 1, Văn phòng 0.75+0.25 = 1, 1+1 = 2 = published 02 ngày làm việc; 2+1 = 3 and 1/3 = 33.33%: adds up'
    },
    {
        ...VINH_LONG, heading: '1. Thủ tục Đăng ký cai nghiện ma túy tự nguyện - Mã số 3.000527.H61', fixture: 'vinh-long/dang-ky-cai-nghien-ma-tuy-tu-nguyen.tthc', procedure: 'DangKyCaiNghienTuNguyen',
        flows: [{
            cells: ['0,25 ngày làm việc', '0,25 ngày làm việc', '01 ngày làm việc', '01 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc'],
            total: '03 ngày làm việc', statutory: '03 ngày làm việc'
        }],
        verdict: [], why: '0.25+0.25+1+1+0.25+0.25 = 3 = published 03 ngày làm việc = statutory 03 ngày làm việc: adds up'
    },
    {
        ...BAC_NINH_1490, heading: '1. Trình tự chuẩn bị dự án đầu tư do nhà đầu tư đề xuất', fixture: 'bac-ninh/trinh-tu-chuan-bi-du-an-ppp-nha-dau-tu-de-xuat.tthc', procedure: 'ChuanBiDuAnPPPNhaDauTuDeXuat',
        flows: [{
            cells: ['0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '1 ngày làm việc', '0,25 ngày làm việc',
                '0,25 ngày làm việc', '0,25 ngày làm việc', '0,25 ngày làm việc', '1,5 ngày làm việc', '0,25 ngày làm việc'],
            total: '05 ngày làm việc', statutory: '05 ngày làm việc'
        }],
        verdict: [], why: 'ten cells of 0.25, one of 1 and one of 1.5: 2.5+1+1.5 = 5 = published "Không quá 05 ngày làm việc": adds up'
    },
    {
        ...BAC_NINH_1490, heading: '2. Thẩm định báo cáo nghiên cứu khả thi, phê duyệt dự án áp dụng loại hợp đồng BT không yêu cầu thanh toán',
        fixture: 'bac-ninh/tham-dinh-bao-cao-nckt-du-an-bt.tthc', procedure: 'ThamDinhNCKTDuAnBT',
        // Case a) (the footnote): blocks I and II; no total, three limits.
        flows: [{
            cells: [...BN_1490_I, ...BN_1490_II_APPRAISAL.slice(0, 9), '05 ngày làm việc', ...BN_1490_II_APPRAISAL.slice(9)],
            parts: [
                { name: 'DeXuatDuAn', cells: BN_1490_I, limit: '05 ngày làm việc' },
                { name: 'ThamDinh', cells: BN_1490_II_APPRAISAL, limit: '15 ngày' },
                { name: 'PheDuyet', cells: ['05 ngày làm việc'], limit: '05 ngày làm việc' }
            ]
        }],
        verdict: [],
        why: 'I: ten cells of 0.25, one of 1 and one of 1.5 = 5 = "Trong thời hạn 05 ngày làm việc"; II: 0.5+0.5+2+0.5+0.5+4+4+1+1 (B1–B9) + 0.5+0.5 (B11–B12) = 15 = "Không quá 15 ngày"; B10 05 ngày làm việc = "Không quá 05 ngày làm việc": within every limit'
    },
    {
        ...BAC_NINH_1490, heading: '1. Thủ tục Công bố dự án đầu tư kinh doanh', fixture: 'bac-ninh/cong-bo-du-an-dau-tu-kinh-doanh.tthc', procedure: 'CongBoDuAnDauTuKinhDoanh',
        flows: [{
            cells: ['0,5 ngày', '0,5 ngày', '01 ngày', '0,5 ngày', '0,5 ngày', '12 ngày', '3,5 ngày', '01 ngày', '01 ngày', '0,5 ngày', '06 ngày', '0,5 ngày', '0,5 ngày',
                '05 ngày làm việc (không tính trong quy trình giải quyết hồ sơ)'],
            total: '28 ngày', statutory: '28 ngày'
        }],
        verdict: [], why: '0.5+0.5+1+0.5+0.5+12+3.5+1+1+0.5+6+0.5+0.5 = 28 = published "Không quá 28 ngày"; B14\'s 05 ngày làm việc is outside the processing time: adds up'
    },
    {
        ...BAC_NINH_1582, heading: '1. Chấp thuận chủ trương đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC: 1.009645.H05', fixture: 'bac-ninh/chap-thuan-chu-truong-dau-tu.tthc', procedure: 'ChapThuanChuTruongDauTu',
        flows: [{ cells: BN_17A, total: '17 ngày', statutory: '17 ngày' }],
        verdict: [], why: '0.5+0.25+0.5+0.25+0.5+7+2+1+1+0.5+3+0.5 = 17 = published "Không quá 17 ngày": adds up'
    },
    {
        ...BAC_NINH_1582, heading: '2. Thủ tục điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND cấp tỉnh – Mã TTHC: 1.009646.H05',
        fixture: 'bac-ninh/dieu-chinh-du-an-dau-tu.tthc', procedure: 'DieuChinhDuAnDauTu',
        flows: [
            { heading: '2.1. Trường hợp điều chỉnh dự án thuộc trường hợp quy định tại Khoản 3 Điều 41 Luật đầu tư', cells: BN_17A, total: '17 ngày', statutory: '17 ngày' },
            {
                heading: '2.2. Trường hợp Điều chỉnh dự án đầu tư theo bản án, quyết định của tòa án, trọng tài',
                cells: ['0,5 ngày', '0,5 ngày', '02 ngày', '2 ngày', '1 ngày', '0,5 ngày', '05 ngày', '0,5 ngày'], total: '12 ngày', statutory: '12 ngày'
            }
        ],
        verdict: [], why: '2.1: 17 as in table 1 = published 17 ngày; 2.2: 0.5+0.5+2+2+1+0.5+5+0.5 = 12 = published 12 ngày: both add up'
    },
    {
        ...BAC_NINH_1582, heading: '3. Thủ tục gia hạn thời hạn hoạt động của dự án đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC: 1.009659.H05',
        fixture: 'bac-ninh/gia-han-thoi-han-hoat-dong-du-an.tthc', procedure: 'GiaHanHoatDongDuAn',
        flows: [{ cells: BN_17A, total: '17 ngày', statutory: '17 ngày' }],
        verdict: [], why: '0.5+0.25+0.5+0.25+0.5+7+2+1+1+0.5+3+0.5 = 17 = published "Không quá 17 ngày": adds up'
    },
    {
        ...BAC_NINH_1582, heading: '4. Thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC: 1.009642.H05', fixture: 'bac-ninh/chap-thuan-nha-dau-tu.tthc', procedure: 'ChapThuanNhaDauTu',
        flows: [{ cells: BN_17B, total: '17 ngày', statutory: '17 ngày' }],
        verdict: [], why: '0.25+0.25+1+0.25+0.25+7+2+1+1+0.5+3+0.5 = 17 = published "Không quá 17 ngày": adds up'
    },
    {
        ...BAC_NINH_1582, heading: '5. Thủ tục điều chỉnh văn bản chấp thuận Nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC: 1.009644.H05',
        fixture: 'bac-ninh/dieu-chinh-van-ban-chap-thuan-nha-dau-tu.tthc', procedure: 'DieuChinhChapThuanNhaDauTu',
        flows: [{ cells: BN_17B, total: '17 ngày', statutory: '17 ngày' }],
        verdict: [], why: '0.25+0.25+1+0.25+0.25+7+2+1+1+0.5+3+0.5 = 17 = published "Không quá 17 ngày": adds up'
    }
];

/**
 * A published time cell in working hours (8 to a day; a bare "ngày" counted as a working day, as the tables'
 * totals do): "0,5 ngày", "1/4 ngày", "04 giờ", "02 giờ làm việc", "0,25 ngày làm việc". A cell that is not
 * counted ("Không tính thời gian", "Giờ hành chính", "… (không tính …)") is 0. Throws on anything else, so that a
 * mistyped cell cannot pass as zero.
 */
export function hoursOf(cell: string): number {
    if (/không tính|giờ hành chính/iu.test(cell)) return 0;
    const fraction = /^(\d+)\/(\d+) ngày/u.exec(cell);
    if (fraction) return (Number(fraction[1]) / Number(fraction[2])) * 8;
    const plain = /^(\d+(?:,\d+)?) (giờ|ngày)/u.exec(cell);
    if (!plain) throw new Error(`Not a published time cell: '${cell}'`);
    const amount = Number(plain[1].replace(',', '.'));
    return plain[2] === 'giờ' ? amount : amount * 8;
}

const TOLERANCE = 0.01;

/** The verdict a table's own numbers call for: whether its cells add up to its totals, subtotals and statutory times, and its cut. */
export function verdictOfNumbers(table: PublishedTable): ArithmeticCode[] {
    const codes = new Set<ArithmeticCode>();
    const sum = (cells: readonly string[]): number => cells.reduce((total, cell) => total + hoursOf(cell), 0);
    for (const flow of table.flows) {
        const counted = sum(flow.cells);
        for (const part of flow.parts ?? []) {
            if (part.subtotal !== undefined && Math.abs(sum(part.cells) - hoursOf(part.subtotal)) > TOLERANCE) codes.add('total-mismatch');
            if (part.limit !== undefined && sum(part.cells) > hoursOf(part.limit) + TOLERANCE) codes.add('part-over-limit');
        }
        if (flow.total === undefined) continue;
        const total = hoursOf(flow.total);
        const mismatch = Math.abs(counted - total) > TOLERANCE;
        if (mismatch) codes.add('total-mismatch');
        if (flow.statutory !== undefined) {
            const statutory = hoursOf(flow.statutory);
            // One cause, one finding: steps that contradict the published total are not reported again
            // against the statutory time (the total-mismatch message shows their sum).
            if (!mismatch && counted > statutory + TOLERANCE) codes.add('time-over-statutory');
            if (total > statutory + TOLERANCE) codes.add('total-over-statutory');
        }
        if (flow.cut) {
            const { cut, of, ratio } = flow.cut;
            const totalDays = total / 8;
            if (Math.abs(totalDays + cut - of) > TOLERANCE || (ratio !== undefined && Math.abs(Math.round((cut / of) * 10000) / 100 - ratio) > TOLERANCE)) {
                codes.add('cut-arithmetic');
            }
        }
    }
    return ARITHMETIC_CODES.filter(code => codes.has(code));
}
