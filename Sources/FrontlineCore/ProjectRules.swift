/// The rules about a project that several figures share, each written once (docs/domain-rules.md).
extension Project {
    /// Whether construction had begun by the end of `day`: its actual start date when one is
    /// recorded (on or before `day`), else its stage (开工 or later on the main line).
    ///
    /// The one definition behind the start light, the ranking's start rate and the report's 开工率.
    public func hasStarted(on day: Day) -> Bool {
        if let actualStart { return actualStart <= day }
        return stage.hasStarted
    }

    /// Whether the project is due to start by `day` and counts in a start rate: a 新开工 project whose
    /// planned start is on or before `day`.
    public func isDueToStart(by day: Day) -> Bool {
        annualType == .new && (planStart.map { $0 <= day } ?? false)
    }

    /// What is wrong with a light set by hand: it needs a reason that is not blank. nil when sound.
    ///
    /// The one rule that the planner applies to every change (command line, board, import) and that
    /// `frontline check` applies to the store.
    public var overrideProblem: Phrase? {
        guard lightOverride != nil, (lightOverrideReason ?? "").trimmingSpaces.isEmpty else { return nil }
        return Phrase(.overrideNeedsReason)
    }
}
