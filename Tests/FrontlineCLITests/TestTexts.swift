import FrontlineCore

extension Lang {
    /// The Chinese or the English of a text a test expects, or of a test-only screen's text. Tests only: the
    /// product's texts are catalog keys (`lang.text(.key)`, docs/architecture.md "Adding a language").
    func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
