import Foundation
import FrontlineTestSupport
import Testing

/// `frontline import LEDGER.xlsx`: workbooks as another program writes them (Python's openpyxl), with a merged
/// title row above the header, real dates, numbers stored as floats and a formula, import exactly as their CSV
/// does; a bad cell is named as Excel names it, and nothing is saved.
struct WorkbookImportTests {
    let dir = TempDirectory()

    /// Writes the CSV ledger `csv` as sheet 项目台账 of `xlsx`: a merged title in row 1, the header in row 2, dates
    /// as dates (format yyyy/m/d), figures as numbers. `formula` replaces one cell (e.g. `F4`) by a formula with
    /// the cell's value as its cached result, as Excel saves it, or without one (`cached: False`).
    static let script = #"""
        import csv, datetime, re, sys, zipfile
        from openpyxl import Workbook
        source, target, formula, cached, bad = sys.argv[1:6]
        wb = Workbook(); ws = wb.active; ws.title = "项目台账"
        rows = list(csv.reader(open(source, encoding="utf-8-sig")))
        ws.cell(row=1, column=1, value="潍坊高新区重点项目台账")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        values = {}
        for r, row in enumerate(rows, start=2):
            for c, text in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c)
                if r > 2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                    cell.value = datetime.date.fromisoformat(text); cell.number_format = "yyyy/m/d"
                elif r > 2 and re.fullmatch(r"-?\d+(\.\d+)?", text) and not text.startswith("0"):
                    cell.value = float(text)
                else:
                    cell.value = text
                values[cell.coordinate] = text
        if bad:
            ref, text = bad.split("=", 1); ws[ref] = text
        if formula:
            ws[formula] = "=" + values[formula] + "+0"
        wb.save(target)
        if formula and cached == "True":
            # openpyxl does not calculate: store the result as Excel does when it saves.
            with zipfile.ZipFile(target) as z: parts = {n: z.read(n) for n in z.namelist()}
            sheet = parts["xl/worksheets/sheet1.xml"].decode()
            sheet = re.sub(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/>' % formula, r'\1<f>\2</f><v>%s</v>' % values[formula], sheet)
            sheet = re.sub(r'(<c r="%s"[^>]*>)<f>([^<]*)</f>(</c>|<v></v>)' % formula, r'\1<f>\2</f><v>%s</v></c>' % values[formula], sheet)
            parts["xl/worksheets/sheet1.xml"] = sheet.encode()
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
                for n, data in parts.items(): z.writestr(n, data)
        """#

    func store() -> String {
        let store = dir.at("store")
        #expect(Binary.run(["init", store, "--sample"]).code == 0)
        return store
    }

    func workbook(from store: String, formula: String = "", cached: Bool = true, bad: String = "") -> String {
        let csv = dir.at("projects.csv"), xlsx = dir.at("项目台账.xlsx")
        #expect(Binary.run(["export", "--kind", "projects", "--output", csv, "--data", store]).code == 0)
        let written = Binary.python(["-c", Self.script, csv, xlsx, formula, cached ? "True" : "False", bad])
        #expect(written.code == 0, "\(written)")
        return xlsx
    }

    @Test(.needs(.openpyxl)) func aWorkbookOfTheLedgerImportsAsItsCSVDoes() throws {
        let store = store()
        let xlsx = workbook(from: store, formula: "F4")
        let journal = Files.bytes(store + "/journal.jsonl")
        let imported = Binary.run(["import", xlsx, "--kind", "projects", "--data", store, "--lang", "en"])
        #expect(imported.code == 0, "\(imported)")
        #expect(
            imported.out.hasPrefix("projects ledger: 0 new, 0 changed, 30 unchanged"),
            "dates, figures and the formula read as the CSV has them: \(imported.out)")
        #expect(Files.bytes(store + "/journal.jsonl") == journal, "nothing to save")

        // A change made in the workbook is one change, reported at its sheet row (the header is row 2).
        let changed = workbook(from: store, bad: "M5=61")
        let dryRun = Binary.run(["import", changed, "--kind", "projects", "--dry-run", "--data", store, "--lang", "en"])
        #expect(dryRun.code == 0 && dryRun.out.contains("row 5: change P-003: progressPct"), "\(dryRun)")
    }

    @Test(.needs(.openpyxl)) func aBadCellIsNamedAsExcelNamesItAndNothingIsSaved() throws {
        let store = store()
        let xlsx = workbook(from: store, bad: "I6=明年春天")
        let journal = Files.bytes(store + "/journal.jsonl")
        let refused = Binary.run(["import", xlsx, "--kind", "projects", "--data", store, "--lang", "zh"])
        #expect(refused.code == 65, "\(refused)")
        #expect(refused.err.contains("项目台账!I6 计划开工"), "\(refused.err)")
        #expect(Files.bytes(store + "/journal.jsonl") == journal)

        let noValue = workbook(from: store, formula: "F4", cached: false)
        let formula = Binary.run(["import", noValue, "--kind", "projects", "--data", store, "--lang", "en"])
        #expect(formula.code == 65 && formula.err.contains("项目台账!F4: the formula has no calculated value"), "\(formula)")

        let sheet = Binary.run(["import", xlsx, "--kind", "projects", "--sheet", "Sheet9", "--data", store, "--lang", "en"])
        #expect(sheet.code == 65 && sheet.err.contains("no sheet named 'Sheet9'; there are: 项目台账"), "\(sheet)")
        #expect(Files.bytes(store + "/journal.jsonl") == journal)
    }

    @Test func aDamagedWorkbookIsRefusedAndACSVHasNoSheets() throws {
        let store = store()
        let damaged = dir.at("damaged.xlsx")
        Files.write("PK\u{3}\u{4} not really a workbook", to: damaged)
        let refused = Binary.run(["import", damaged, "--kind", "projects", "--data", store, "--lang", "en"])
        #expect(refused.code == 65 && refused.err.contains("not an Excel workbook (.xlsx)"), "\(refused)")
        let csv = dir.at("p.csv")
        #expect(Binary.run(["export", "--kind", "projects", "--output", csv, "--data", store]).code == 0)
        let sheet = Binary.run(["import", csv, "--kind", "projects", "--sheet", "项目", "--data", store, "--lang", "en"])
        #expect(sheet.code == 64 && sheet.err.contains("--sheet is for Excel workbooks"), "\(sheet)")
    }
}
