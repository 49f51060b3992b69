/// Where things go on the screen: header, tabs, page title, column titles, body, message line, footer.
struct Layout {
    let width: Int
    let height: Int
    let hasColumns: Bool

    static let minimumWidth = 60
    static let minimumHeight = 15

    var isTooSmall: Bool { width < Layout.minimumWidth || height < Layout.minimumHeight }
    let headerRow = 0
    let tabRow = 1
    let titleRow = 2
    var columnRow: Int { 3 }
    var bodyTop: Int { hasColumns ? 4 : 3 }
    var bodyHeight: Int { max(0, messageRow - bodyTop) }
    var messageRow: Int { height - 2 }
    var footerRow: Int { height - 1 }
}
