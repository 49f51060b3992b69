import Foundation
import ZIPFoundation

/// Puts a `WordDocument`'s parts in the zip container a .docx is.
public enum DocxArchive {
    /// The .docx file's bytes. Every part is deflated; entries carry one fixed time, so that the same document
    /// gives the same bytes on any day.
    public static func bytes(of document: WordDocument) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let fixedTime = Date(timeIntervalSince1970: 1_577_836_800)
        for part in document.parts {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedTime,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }
}
