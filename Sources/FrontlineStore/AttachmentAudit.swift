import FrontlineCore
import FrontlineSystem

/// What `check` and `log --verify` prove of attachments: every attachment a record names is kept, and its content
/// is what its SHA-256 says. Each distinct content is read and hashed once.
public enum AttachmentAudit {
    /// An attachment whose content is missing, altered or cannot be read safely.
    public struct Problem: Sendable {
        public enum Found: Sendable {
            case missing
            /// The content kept under the name hashes to this.
            case altered(String)
            /// The name is there but cannot be read as a store file (a link, a FIFO, a foreign file …).
            case unreadable(StoreError)
        }

        public var kind: RecordKind
        public var id: String
        public var attachment: Attachment
        /// Where the content should be (`STORE/attachments/<sha256>`).
        public var place: String
        public var found: Found

        public init(kind: RecordKind, id: String, attachment: Attachment, place: String, found: Found) {
            self.kind = kind
            self.id = id
            self.attachment = attachment
            self.place = place
            self.found = found
        }

        public func message(_ lang: Lang) -> String {
            let name = Sanitizer.display(attachment.name)
            switch found {
            case .missing:
                return lang.text(.attachmentMissing, id, name, place)
            case .altered(let hash):
                return lang.text(.attachmentAltered, id, name, place, hash)
            case .unreadable(let error):
                return lang.text(.attachmentUnreadable, id, name, error.message(lang))
            }
        }
    }

    public static func problems(of store: some JournaledStore, board: Board) -> [Problem] {
        var verdicts: [String: Problem.Found?] = [:]
        var problems: [Problem] = []
        for (kind, id, attachment) in board.allAttachments {
            let found: Problem.Found?
            if let known = verdicts[attachment.sha256] {
                found = known
            } else {
                do {
                    if let content = try store.attachmentContent(attachment.sha256) {
                        let hash = SHA256.hex(content)
                        found = hash == attachment.sha256 ? nil : .altered(hash)
                    } else {
                        found = .missing
                    }
                } catch let error as StoreError {
                    found = .unreadable(error)
                } catch {
                    found = .unreadable(.io(operation: "read", path: store.attachmentPlace(attachment.sha256), errno: Errno(5)))
                }
                verdicts[attachment.sha256] = found
            }
            if let found {
                problems.append(Problem(kind: kind, id: id, attachment: attachment, place: store.attachmentPlace(attachment.sha256), found: found))
            }
        }
        return problems
    }
}
