import FrontlineCore
import Testing

@testable import FrontlineUI

/// The board's forms take their fields from the field catalog (docs/architecture.md, "Adding a field").
struct FieldCatalogFormTests {
    @Test("an edit form offers the schema's editForm fields, labelled and typed as the catalog says", arguments: [Lang.zh, .en])
    func editFormsComeFromTheCatalog(lang: Lang) throws {
        let state = SampleState.make(lang: lang)
        for (kind, id) in [(RecordKind.issue, "I-0073"), (.project, "P-002")] {
            let form = try #require(Forms.edit(kind, id, state))
            #expect(form.fields.map(\.key) == kind.editForm.map(\.name), "an administrator is offered every field")
            #expect(form.fields.map(\.label) == kind.editForm.map { $0.label!.text(lang) })
            #expect(form.fields.map(\.kind) == kind.editForm.map { $0.input! })
        }
    }

    @Test("a form field made from a descriptor reads what is typed by the field's kind of input")
    func fieldFromADescriptor() throws {
        let total = try #require(RecordKind.project.field("total"))
        let field = FormField(total, .en, value: "1,234.5")
        #expect(field.label == "Total investment" && field.kind == .money)
        #expect(try field.parse(today: SampleState.today, index: BoardIndex(SampleState.board), lang: .en).get() == .string("1234.50"))
    }
}
