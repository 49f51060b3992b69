import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline project new`: add a key project (administrators).
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project", abstract: "Add a key project.", subcommands: [ProjectNew.self])
}

struct ProjectNew: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Add a key project; prints its id.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The project's name.") var name: String
    @Option(help: "帮包领导: the leader (id, name or login).") var leader: String
    @Option(help: "帮包单位: the responsible unit (id or name).") var unit: String
    @Option(help: "建设单位: the owner enterprise.") var owner: String = ""
    @Option(help: "所属园区/街道 (unit id or name).") var area: String?
    @Option(help: "谋划 洽谈 签约 开工 在建 竣工 投产 停缓建 终止.") var stage: String?
    @Option(help: "Total investment in 万元.") var total: String?
    @Option(help: "This year's planned investment in 万元.") var plan: String?
    @Option(name: .customLong("plan-start"), help: "Planned start: YYYY-MM-DD.") var planStart: String?

    func run() throws {
        let session = try Session.open(global)
        var fields: [String: JSONValue] = [
            "name": .string(name),
            "owner": .string(owner),
            "leader": .string(try session.resolve(.person, leader, option: "--leader")),
            "unit": .string(try session.resolve(.unit, unit, option: "--unit")),
        ]
        if let area { fields["area"] = .string(try session.resolve(.unit, area, option: "--area")) }
        if let stage { fields["stage"] = try vocabulary(Stage.self, stage, option: "--stage").json }
        for (option, key, text) in [("--total", "total", total), ("--plan", "plan", plan)] {
            guard let text else { continue }
            fields[key] = try session.money(text, option: option).json
        }
        if let planStart { fields["planStart"] = try session.day(planStart, option: "--plan-start", from: session.changeDay).json }
        let entry = try session.perform(.create(.project, id: nil, fields: fields))
        session.write((entry.changes.first?.id ?? "") + "\n")
    }
}
