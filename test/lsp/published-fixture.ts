/** A commune procedure with a published total, a case with its own time and total, a part, a council, a group member, a not-counted return. */
export const PUBLISHED = `
procedure TroCap "Giải quyết trợ cấp" {
  code 1.000002
  sector "Người có công"
  level commune
  authority UBNDXa
  days working
  cut-off 15:00
  total 2wd "kể từ ngày nhận đủ hồ sơ hợp lệ"
  channel in-person time 2wd fee 0 VND
  case XacMinh "Trường hợp cần xác minh" { time 3wd total 3wd }
  part TaiXa "Tại Ủy ban nhân dân xã" at commune subtotal 4h
  body HoiDong "Hội đồng xét duyệt"
  member TroCapA "Trợ cấp một lần" { code 1.000003 }
  step TiepNhan "Tiếp nhận hồ sơ" reception by TTPVHCCXa.CongChuc or TTPVHCCTinh.CanBo 4h digitises -> ThamDinh
  step ThamDinh "Thẩm định" appraisal by VanPhongXa.TuPhap with HoiDong, CongAnXa 4h in TaiXa -> KyDuyet when XacMinh -> XacMinhHoSo
  step XacMinhHoSo "Xác minh" inspection by HoiDong 1wd -> KyDuyet
  step KyDuyet "Ký duyệt" approval by leaders of UBNDXa assigned 1wd signs-digitally requests payment -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 4h not-counted "thời gian trả kết quả"
}
`;
