/// What a line of a page points at: the record Enter opens and the editing keys act on.
public struct Target: Hashable, Sendable {
    /// The kinds of record a line can point at; each has at most one detail screen (`DetailScreen.shows`).
    public enum Kind: Hashable, Sendable {
        case project, issue
        /// A duty of the AB roster: Enter opens it with its absences and handover notes; `o` records an absence of its A.
        case duty
        /// A unit's line in the ranking: Enter explains its score.
        case unit
        /// A 调度会: Enter opens it with its decisions and their issues.
        case meeting
        /// A person's line in the contribution list: Enter lists the records behind their figures.
        case person
        /// A 领导批示: `f` responds to it, `l` marks it 已落实; Enter opens the issue or project it is on.
        case instruction
        /// A 招商线索: Enter opens it; the editing keys act on the key project it landed as.
        case lead
    }

    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public static func project(_ id: String) -> Target { Target(.project, id) }
    public static func issue(_ id: String) -> Target { Target(.issue, id) }
    public static func duty(_ id: String) -> Target { Target(.duty, id) }
    public static func unit(_ id: String) -> Target { Target(.unit, id) }
    public static func meeting(_ id: String) -> Target { Target(.meeting, id) }
    public static func person(_ id: String) -> Target { Target(.person, id) }
    public static func instruction(_ id: String) -> Target { Target(.instruction, id) }
    public static func lead(_ id: String) -> Target { Target(.lead, id) }
}
