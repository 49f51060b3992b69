import Foundation
import Testing

/// Something a test needs from the machine: root, or a program such as tmux or strace.
///
/// A test that lacks it is skipped with the reason and how to get it, so `swift test` passes on a
/// developer's machine. CI sets `FRONTLINE_TESTS_REQUIRE_ALL=1` (in `.ci/run`): then nothing is skipped,
/// and a missing tool fails the test that needs it instead of hiding it.
public struct Requirement: Sendable {
    public var met: Bool
    public var reason: Comment

    public static let root = Requirement(
        met: geteuid() == 0,
        reason: "needs root (it adds Unix accounts, mounts a tmpfs or installs a package): CI runs the suite as root")

    public static func program(_ name: String, package: String) -> Requirement {
        Requirement(
            met: Binary.which(name) != nil,
            reason: "needs \(name), which is not installed: apt-get install \(package) (.ci/run installs it)")
    }

    public static let tmux = program("tmux", package: "tmux")
    /// Compiling a GB18030 locale (for a terminal set to GB18030) needs localedef and glibc's locale sources.
    public static let localeSources = Requirement(
        met: Binary.which("localedef") != nil && FileManager.default.fileExists(atPath: "/usr/share/i18n/charmaps/GB18030.gz")
            && FileManager.default.fileExists(atPath: "/usr/share/i18n/locales/zh_CN"),
        reason: "needs localedef and the GB18030 charmap to build a zh_CN.GB18030 locale: apt-get install locales (.ci/run installs it)")
    public static let strace = program("strace", package: "strace")
    public static let setpriv = program("setpriv", package: "util-linux")
    public static let lintian = program("lintian", package: "lintian")
    public static let unshare = program("unshare", package: "util-linux")
    /// Workbooks written as another program writes them, by Python's openpyxl.
    public static let openpyxl = Requirement(
        met: Binary.python(["-c", "import openpyxl"]).code == 0,
        reason: "needs Python's openpyxl to write test workbooks: apt-get install python3-openpyxl or pip install openpyxl (.ci/run installs it)")
    /// A .docx rendered as officials will print it: LibreOffice converts it to PDF, poppler reads the PDF back, and
    /// a font with Chinese glyphs stands in for the official fonts.
    public static let libreOffice = Requirement(
        met: Binary.which("soffice") != nil && Binary.which("pdftotext") != nil && Binary.which("pdfinfo") != nil,
        reason:
            "needs LibreOffice and poppler to render a document: apt-get install libreoffice-writer-nogui poppler-utils fonts-wqy-zenhei (.ci/run installs them)"
    )

    /// The Debian package under test: the file `$FRONTLINE_TEST_DEB` names, if it is one.
    public static var debianPackagePath: String? {
        guard let path = ProcessInfo.processInfo.environment["FRONTLINE_TEST_DEB"], !path.isEmpty,
            FileManager.default.isReadableFile(atPath: path)
        else { return nil }
        return path
    }

    /// A built .deb named by `FRONTLINE_TEST_DEB` (.ci/run builds one with scripts/build-deb and sets it).
    public static let debianPackage = Requirement(
        met: debianPackagePath != nil,
        reason: ProcessInfo.processInfo.environment["FRONTLINE_TEST_DEB"].map {
            "FRONTLINE_TEST_DEB=\($0) is not a readable file: build it with scripts/build-deb"
        }
            ?? "needs a built Debian package: FRONTLINE_TEST_DEB=\"$(scripts/build-deb | tail -n 1)\" swift test (.ci/run does this)")

    /// True when CI asked for every test to run.
    static var everythingRequired: Bool { ProcessInfo.processInfo.environment["FRONTLINE_TESTS_REQUIRE_ALL"] == "1" }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the machine has `requirement` (always under CI), else skips it saying why.
    public static func needs(_ requirement: Requirement) -> Self {
        .enabled(if: requirement.met || Requirement.everythingRequired, requirement.reason)
    }
}
