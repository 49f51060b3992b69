import FrontlineStore

/// What the PostgreSQL store needs to know about its address, a libpq connection URI.
enum PostgresAddress {
    /// The schemes libpq reads as a connection URI.
    static let schemes: Set<String> = ["postgresql", "postgres"]

    /// The address as it may be shown (the board's header, messages): a password in it, `user:secret@host` or
    /// `?password=secret`, is left out. libpq reads the same URI whole.
    static func shown(_ address: StoreAddress) -> String {
        var text = address.text
        if let colonSlashes = text.indices.first(where: { text[$0...].hasPrefix("://") }) {
            let authorityStart = text.index(colonSlashes, offsetBy: 3)
            let authorityEnd = text[authorityStart...].firstIndex { $0 == "/" || $0 == "?" } ?? text.endIndex
            let authority = text[authorityStart..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                text.replaceSubrange(colon..<at, with: "")
            }
        }
        guard let query = text.firstIndex(of: "?") else { return text }
        let parameters = text[text.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false)
            .filter { !$0.lowercased().hasPrefix("password=") }
        return String(text[..<query]) + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }
}
