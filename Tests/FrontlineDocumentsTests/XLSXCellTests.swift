import Testing

@testable import FrontlineDocuments

/// Cell values as Excel shows them: serial dates in both date systems, numbers with 15 significant digits.
struct XLSXCellTests {
    @Test(arguments: [
        (46353.0, false, "2026-11-27"), (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"),
        (36585.0, false, "2000-02-29"), (44891.0, true, "2026-11-27"), (46353.5, false, "2026-11-27 12:00"),
        (46353.999999, false, "2026-11-28"),
    ])
    func serialDates(_ serial: Double, _ dates1904: Bool, _ text: String) {
        #expect(XLSXCell.date(serial: serial, dates1904: dates1904) == text)
    }

    @Test func outOfRangeSerialsAreNotDates() {
        #expect(XLSXCell.date(serial: -1, dates1904: false) == nil)
        #expect(XLSXCell.date(serial: 3_000_000, dates1904: false) == nil)
    }

    @Test(arguments: [(0.1 + 0.2, "0.3"), (126_000.0, "126000"), (36852.6, "36852.6"), (-2.5, "-2.5")])
    func numbersShowAsExcelShowsThem(_ number: Double, _ text: String) {
        #expect(XLSXCell.general(number) == text)
    }

    @Test func placesAndReferencesAgree() {
        #expect(XLSXCell.place("B12")! == (12, 1))
        #expect(XLSXCell.place("AA3")! == (3, 26))
        #expect(XLSXCell.place("12") == nil)
        #expect(XLSXCell(row: 7, column: 27).reference == "AB7")
    }

    @Test(arguments: [
        ("yyyy/m/d", true), ("[$-804]yyyy\"年\"m\"月\"d\"日\"", true), ("0.00", false), ("General", false),
        ("\"day\" 0", false), ("[Red]0.00", false), ("h:mm", false),
    ])
    func dateFormatsAreRecognised(_ code: String, _ isDate: Bool) {
        #expect(XLSXStyles.isDateFormat(code) == isDate)
    }
}
