import FrontlineCore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

extension Errno {
    /// What the error means in `lang`: the catalog's words for the errors the product names, else the C
    /// library's own (English) text.
    public func text(_ lang: Lang) -> String { key.map { lang[$0] } ?? en }

    /// `text` as a value of a `Phrase`.
    public var phraseValue: Phrase.Value { key.map { .key($0) } ?? .plain(en) }

    private var key: TextKey? {
        switch code {
        case ENOSPC: .errnoENOSPC
        case EDQUOT: .errnoEDQUOT
        case EIO: .errnoEIO
        case EACCES: .errnoEACCES
        case EPERM: .errnoEPERM
        case EROFS: .errnoEROFS
        case ENOENT: .errnoENOENT
        case EEXIST: .errnoEEXIST
        case ENOTDIR: .errnoENOTDIR
        case EISDIR: .errnoEISDIR
        default: nil
        }
    }
}
