import FrontlineCore

/// An error at the command line's edge: how the program ends, and a message in both languages.
public struct CLIError: Error, Equatable {
    public var status: ExitStatus
    public var zh: String
    public var en: String

    public init(_ status: ExitStatus, zh: String, en: String) {
        self.status = status
        self.zh = zh
        self.en = en
    }

    public static func usage(_ zh: String, _ en: String) -> CLIError { CLIError(.usage, zh: zh, en: en) }

    public func message(_ lang: Lang) -> String { lang == .zh ? zh : en }
}
