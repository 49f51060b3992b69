/// How a Frontline document is set, after the national standard for official documents (GB/T 9704, the layout
/// government offices print): A4, margins 37 / 26 / 35 / 28 mm, body in 仿宋 三号 (16 pt) on a fixed 28 pt line,
/// the title in 小标宋 二号 (22 pt) centred, headings 一、 in 黑体 and （一） in 楷体, the page number "— 1 —" in
/// 宋体 四号 at the foot; figures and Latin letters in Times New Roman. An English document keeps the layout in
/// Times New Roman and Arial.
struct WordStyle {
    /// A font as the document names it, and what a reader without it should use instead (the font table's
    /// `altName`, which Word and LibreOffice both read), with its family for any further substitution.
    struct Font: Equatable {
        var name: String
        var alternative: String
        var family: String
    }

    /// The font for Chinese text and the font for the rest, of one kind of text.
    struct Face {
        var chinese: Font
        var latin: Font

        /// `w:rFonts` for a run of this face.
        var runFonts: String {
            let latin = xmlEscaped(self.latin.name)
            return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(xmlEscaped(chinese.name))\" w:cs=\"\(latin)\"/>"
        }
    }

    var body: Face
    var title: Face
    var heading: Face
    var subheading: Face
    var pageNumber: Face
    /// Subheadings numbered （一）（二）… within each heading, as official documents number them.
    var numbersSubheadings: Bool

    private static let times = Font(name: "Times New Roman", alternative: "Liberation Serif", family: "roman")
    private static let arial = Font(name: "Arial", alternative: "Liberation Sans", family: "swiss")

    static let chinese = WordStyle(
        body: Face(chinese: Font(name: "仿宋_GB2312", alternative: "仿宋", family: "modern"), latin: times),
        title: Face(chinese: Font(name: "方正小标宋简体", alternative: "宋体", family: "roman"), latin: times),
        heading: Face(chinese: Font(name: "黑体", alternative: "SimHei", family: "swiss"), latin: times),
        subheading: Face(chinese: Font(name: "楷体_GB2312", alternative: "楷体", family: "script"), latin: times),
        pageNumber: Face(chinese: Font(name: "宋体", alternative: "SimSun", family: "roman"), latin: times),
        numbersSubheadings: true)

    static let english = WordStyle(
        body: Face(chinese: times, latin: times), title: Face(chinese: times, latin: times),
        heading: Face(chinese: arial, latin: arial), subheading: Face(chinese: arial, latin: arial),
        pageNumber: Face(chinese: times, latin: times), numbersSubheadings: false)

    /// Every font the document names, once each.
    var fonts: [Font] {
        var seen: Set<String> = []
        return [body, title, heading, subheading, pageNumber].flatMap { [$0.chinese, $0.latin] }.filter { seen.insert($0.name).inserted }
    }

    // Sizes in half-points, lengths in twentieths of a point (twips), as WordprocessingML counts them.
    static let bodySize = 32, titleSize = 44, tableSize = 24, pageNumberSize = 28, footerSize = 21
    static let bodyLine = 560
    static let pageWidth = 11906, pageHeight = 16838
    static let margins = (top: 2098, right: 1474, bottom: 1984, left: 1587)
}
