import FrontlineCore
import FrontlineRandom

/// Random command lines for every command that works on a store: each command's words, its arguments and
/// options filled with `HostileValues`, options sometimes left out, repeated, misspelt or given twice.
///
/// Not generated: `board` and `demo` (they need a terminal; the board's forms read typed values through
/// the same core readers, tested by `FormFieldFuzzTests`), `init` (a random directory as root could be
/// anywhere), and paths: `import` reads a file the fuzz writes, `export --output` writes into the test's
/// own directory.
struct CommandLineFuzz {
    enum Kind { case number, date, amount, text, id, vocabulary, file, output }

    struct Template {
        var words: [String]
        var positionals: [Kind]
        var options: [(String, Kind)]
        var flags: [String]
    }

    static let listOptions: [(String, Kind)] = [("--format", .vocabulary)]
    static let templates: [Template] = [
        Template(words: ["check"], positionals: [], options: [], flags: []),
        Template(
            words: ["projects"], positionals: [],
            options: listOptions + [
                ("--unit", .id), ("--leader", .id), ("--light", .vocabulary),
                ("--stage", .vocabulary), ("--search", .text),
            ], flags: []),
        Template(
            words: ["issues"], positionals: [],
            options: listOptions + [
                ("--due-within", .number), ("--unit", .id), ("--project", .id),
                ("--status", .vocabulary),
            ], flags: ["--overdue", "--mine", "--all"]),
        Template(words: ["units"], positionals: [], options: listOptions, flags: []),
        Template(words: ["show"], positionals: [.id], options: listOptions, flags: []),
        Template(words: ["log"], positionals: [], options: listOptions + [("--since", .date), ("--record", .id)], flags: ["--verify"]),
        Template(
            words: ["project", "new"], positionals: [],
            options: [
                ("--name", .text), ("--leader", .id), ("--unit", .id), ("--owner", .text),
                ("--area", .id), ("--stage", .vocabulary), ("--total", .amount),
                ("--plan", .amount), ("--plan-start", .date),
            ], flags: []),
        Template(
            words: ["issue", "new"], positionals: [],
            options: [
                ("--project", .id), ("--title", .text), ("--unit", .id), ("--due", .date),
                ("--description", .text), ("--category", .vocabulary), ("--source", .vocabulary),
                ("--person", .id), ("--leader", .id), ("--urgency", .vocabulary),
                ("--co-unit", .id),
            ], flags: []),
        Template(words: ["issue", "move"], positionals: [.id, .vocabulary], options: [("--note", .text)], flags: []),
        Template(words: ["issue", "extend"], positionals: [.id], options: [("--due", .date), ("--days", .number), ("--reason", .text)], flags: []),
        Template(
            words: ["visit"], positionals: [.id], options: [("--date", .date), ("--mode", .vocabulary), ("--note", .text), ("--visitor", .id)],
            flags: []),
        Template(
            words: ["progress"], positionals: [.id],
            options: [
                ("--pct", .number), ("--ytd", .amount), ("--stage", .vocabulary),
                ("--physical", .text), ("--note", .text), ("--problems", .text),
                ("--next", .text),
            ], flags: []),
        Template(
            words: ["absence"], positionals: [.id],
            options: [
                ("--from", .date), ("--to", .date), ("--reason", .vocabulary),
                ("--handover", .text),
            ], flags: []),
        Template(words: ["report", "half-month"], positionals: [], options: [("--period", .date), ("--format", .vocabulary)], flags: ["--publish"]),
        Template(words: ["rank"], positionals: [], options: listOptions + [("--period", .date)], flags: []),
        Template(words: ["edit"], positionals: [.id, .text, .text], options: [], flags: []),
        Template(words: ["undo"], positionals: [], options: [], flags: []),
        Template(words: ["compact"], positionals: [], options: [], flags: []),
        Template(words: ["import"], positionals: [.file], options: [("--kind", .vocabulary)], flags: ["--dry-run"]),
        Template(
            words: ["export"], positionals: [], options: [("--kind", .vocabulary), ("--format", .vocabulary), ("--output", .output)], flags: []),
    ]

    /// Field names for `edit FIELD=VALUE`.
    static let fields = [
        "progressPct", "total", "ytd", "planStart", "due", "leader", "responsibleLeader", "unit", "person", "name", "title",
        "sortOrder", "extensions", "status", "log", "nope", "a", "b", "visitDays", "laggingCount", "sampleDate",
    ]

    var values: HostileValues
    /// Where `.file` and `.output` values point.
    let files: [String]
    let output: String

    mutating func value(_ kind: Kind) -> String {
        switch kind {
        case .number: values.value(HostileValues.numbers)
        case .date: values.value(HostileValues.dates)
        case .amount: values.value(HostileValues.amounts)
        case .text: values.value(HostileValues.texts)
        case .id: values.value(HostileValues.ids)
        case .vocabulary: values.value(HostileValues.vocabularies)
        case .file: values.random.pick(files)
        case .output: output
        }
    }

    /// One command line (without `--data`).
    mutating func next() -> [String] {
        let template = values.random.pick(Self.templates)
        var arguments = template.words
        for kind in template.positionals where !values.random.chance(100) {
            if template.words == ["edit"] && kind == .text {
                arguments.append(values.random.pick(Self.fields) + "=" + value(values.random.pick([.number, .date, .amount, .id, .text])))
            } else {
                arguments.append(value(kind))
            }
        }
        for (name, kind) in template.options where values.random.chance(700) {
            let spelling = values.random.chance(20) ? name + "x" : name
            if values.random.chance(30) {
                arguments.append(spelling + "=" + value(kind))
            } else {
                arguments += [spelling, value(kind)]
            }
            if values.random.chance(50) { arguments += [name, value(kind)] }
        }
        for flag in template.flags where values.random.chance(300) { arguments.append(flag) }
        if values.random.chance(50) { arguments.append(value(.text)) }
        if values.random.chance(100) { arguments += ["--as-of", value(.date)] }
        if values.random.chance(100) { arguments += ["--lang", values.random.pick(["zh", "en", "fr", ""])] }
        return arguments
    }
}
