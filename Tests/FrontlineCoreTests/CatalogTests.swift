import Testing

@testable import FrontlineCore

/// The localisation catalog (docs/architecture.md, "Adding a language"): every key in Chinese and English,
/// the same values named in both, and a language's missing text falling back to English.
@Suite struct CatalogTests {
    /// Keys whose English names a value that the Chinese leaves out, or the other way round, on purpose.
    static let differingPlaceholders: [TextKey: String] = [
        .illegalAction: "English shows the status's Chinese name beside its own",
        .firstHalfOfMonth: "English writes the month with two digits",
        .secondHalfOfMonth: "English writes the month with two digits",
        .importNeitherUTF8NorGB18030: "English also names the byte offset",
        .attractionMonthLabel: "English writes the month as YYYY-MM",
        .briefCadreVisitBy: "Chinese writes the week's Sunday without its year",
        .lightMark: "Chinese names the light's colour, English gives its letter",
        .cliNotOneOf: "English also gives the choices' English names",
        .invalidInstructionNotAwaitingResponse: "English shows the status's Chinese name beside its own",
        .invalidInstructionNotResponded: "English shows the status's Chinese name beside its own",
        .invalidNotUrgeable: "English shows the status's Chinese name beside its own",
        .ledgerStatusOnlyByMove: "English shows the status's English name beside the Chinese",
        .ledgerNotAChoice: "English also gives the choices' English aliases",
        .ledgerNoKnownColumn: "English also names the columns by their English keys",
    ]

    @Test func everyKeyHasAChineseAndAnEnglishText() {
        let missingZh = TextKey.allCases.filter { Catalog.zh[$0] == nil }
        let missingEn = TextKey.allCases.filter { Catalog.en[$0] == nil }
        #expect(missingZh.isEmpty, "no Chinese text: \(missingZh)")
        #expect(missingEn.isEmpty, "no English text: \(missingEn)")
    }

    @Test func chineseAndEnglishNameTheSameValues() {
        for key in TextKey.allCases where Self.differingPlaceholders[key] == nil {
            let zh = Catalog.placeholders(in: Catalog.template(key, in: Catalog.zh))
            let en = Catalog.placeholders(in: Catalog.template(key, in: Catalog.en))
            #expect(zh == en, "\(key): Chinese \(zh.sorted()), English \(en.sorted())")
        }
    }

    @Test func placeholdersAreNumberedFromOneWithoutGaps() {
        for key in TextKey.allCases {
            let used = Catalog.placeholders(in: Catalog.template(key, in: Catalog.zh))
                .union(Catalog.placeholders(in: Catalog.template(key, in: Catalog.en)))
            #expect(used == Set(used.isEmpty ? [] : Array(1...used.count)), "\(key): \(used.sorted())")
        }
    }

    @Test func everyRegisteredLanguageNamesOnlyValuesTheKeyHas() {
        for (code, table) in Catalog.tables {
            for (key, text) in table {
                let known = Catalog.placeholders(in: Catalog.template(key, in: Catalog.zh))
                    .union(Catalog.placeholders(in: Catalog.template(key, in: Catalog.en)))
                #expect(Catalog.placeholders(in: text).isSubset(of: known), "\(code) \(key): \(text)")
            }
        }
    }

    /// A language with one text of its own: the rest comes from English.
    @Test func aMissingTextFallsBackToEnglish() {
        let tiny: Catalog.Table = [.nothingChanged: "rien n'a changé"]
        #expect(Catalog.template(.nothingChanged, in: tiny) == "rien n'a changé")
        #expect(Catalog.template(.dueToday, in: tiny) == "due today")
        #expect(Catalog.template(.dueToday, in: nil) == "due today")
    }

    /// What a problem keeps is a key and its values; the reader's language writes it, nested texts included.
    @Test func aPhraseIsWrittenInTheReadersLanguage() {
        let typed = InputProblem(Phrase(.inputWholeNumber, "0", "100"), typed: "x")
        #expect(typed.message(.zh) == "应为 0–100 的整数，收到“x”")
        #expect(typed.message(.en) == "expected a whole number from 0 to 100, got 'x'")
        let nested = FieldError(Phrase(.fieldExpectedOneOf, .key(.dueToday)))
        #expect(nested.message(.zh) == "应为以下之一：今天到期" && nested.message(.en) == "expected one of due today")
    }

    @Test func valuesFillTheirNumberedPlaces() {
        #expect(Catalog.fill("{2} before {1}", with: ["a", "b"]) == "b before a")
        #expect(Catalog.fill("{1}% of {x} and {3}", with: ["5"]) == "5% of {x} and {3}")
        #expect(Lang.zh.text(.revisionOutOfSequence, 3, 5) == "修订号不连续：应为 3，实为 5")
        #expect(Lang.en.text(.revisionOutOfSequence, 3, 5) == "revision out of sequence: expected 3, found 5")
    }

    @Test func languagesAreNamedByTheirCodesAsBefore() {
        #expect(Lang(rawValue: "zh") == .zh && Lang(rawValue: "en") == .en && Lang(rawValue: "xx") == nil)
        #expect(Lang.from(locale: "zh_CN.UTF-8") == .zh && Lang.from(locale: "ZH") == .zh)
        #expect(Lang.from(locale: "en_US.UTF-8") == .en && Lang.from(locale: "C") == .en && Lang.from(locale: nil) == .en)
        #expect(Lang.allCases == [.zh, .en])
    }
}
