/// The benefits projects are chosen for — 产值 (output), 税收 (tax) and 就业 (jobs) — planned and reached, summed over
/// projects (docs/domain-rules.md, "Project benefits").
///
/// A measure counts for a project only where the project has a plan for it (a figure reached without a plan has
/// nothing to be measured against); a plan without a reached figure counts as nothing reached yet.
public struct Benefits: Sendable, Equatable {
    public var outputPlan = Money.zero
    public var outputActual = Money.zero
    public var taxPlan = Money.zero
    public var taxActual = Money.zero
    public var jobsPlan = 0
    public var jobsActual = 0

    public init() {}

    /// The project's figures, for the measures it has a plan for.
    public init(_ project: Project) {
        if let plan = project.outputPlan, plan > .zero {
            outputPlan = plan
            outputActual = project.outputActual ?? .zero
        }
        if let plan = project.taxPlan, plan > .zero {
            taxPlan = plan
            taxActual = project.taxActual ?? .zero
        }
        if let plan = project.jobsPlan, plan > 0 {
            jobsPlan = plan
            jobsActual = project.jobsActual ?? 0
        }
    }

    public static func += (a: inout Benefits, b: Benefits) { a = a + b }

    public static func + (a: Benefits, b: Benefits) -> Benefits {
        var sum = a
        sum.outputPlan += b.outputPlan
        sum.outputActual += b.outputActual
        sum.taxPlan += b.taxPlan
        sum.taxActual += b.taxActual
        sum.jobsPlan += b.jobsPlan
        sum.jobsActual += b.jobsActual
        return sum
    }

    /// Whether any measure has a plan.
    public var isPlanned: Bool { outputPlan > .zero || taxPlan > .zero || jobsPlan > 0 }

    /// Each planned measure's share reached, capped at 100% (more jobs do not make up for less tax).
    public var rates: [Ratio] {
        [Ratio.share(outputActual, of: outputPlan), Ratio.share(taxActual, of: taxPlan), Ratio.share(jobsActual, of: jobsPlan)]
            .compactMap { $0?.clampedToUnit }
    }

    /// The mean of `rates`, exactly; nil when no measure is planned (the ranking's part then scores its full weight,
    /// as every part with nothing to measure does).
    public var rate: Ratio? {
        let rates = rates
        guard !rates.isEmpty else { return nil }
        return rates.reduce(Ratio.zero, +) / rates.count
    }

    /// A project's figures on its detail, every measure with a plan or a figure reached (`—` for the other):
    /// `产值：计划 8000.00 万元，实际 5200.00 万元；就业：计划 450 人，实际 310 人`; empty when none is set.
    public static func facts(of project: Project, lang: Lang) -> String {
        func money(_ m: Money?) -> String { m.map { lang.text(.amountIn10kCNY, $0.text) } ?? "—" }
        func count(_ n: Int?) -> String { n.map(String.init) ?? "—" }
        var parts: [String] = []
        if project.outputPlan != nil || project.outputActual != nil {
            parts.append(lang.text(.benefitsOutput, money(project.outputPlan), money(project.outputActual)))
        }
        if project.taxPlan != nil || project.taxActual != nil {
            parts.append(lang.text(.benefitsTax, money(project.taxPlan), money(project.taxActual)))
        }
        if project.jobsPlan != nil || project.jobsActual != nil {
            parts.append(lang.text(.benefitsJobs, count(project.jobsPlan), count(project.jobsActual)))
        }
        return parts.joined(separator: lang.text(.reasonSeparator))
    }

    /// `产值：计划 1200.00 万元，实际 800.00 万元；就业：计划 300 人，实际 120 人`: the planned measures only.
    public func text(_ lang: Lang) -> String {
        func money(_ m: Money) -> String { lang.text(.amountIn10kCNY, m.text) }
        var parts: [String] = []
        if outputPlan > .zero { parts.append(lang.text(.benefitsOutput, money(outputPlan), money(outputActual))) }
        if taxPlan > .zero { parts.append(lang.text(.benefitsTax, money(taxPlan), money(taxActual))) }
        if jobsPlan > 0 { parts.append(lang.text(.benefitsJobs, jobsPlan, jobsActual)) }
        return parts.joined(separator: lang.text(.reasonSeparator))
    }
}
