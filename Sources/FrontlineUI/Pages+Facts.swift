import FrontlineCore

/// Facts, progress bars and the reasons for a light, as the detail screens show them.
extension Pages {
    /// Label/value facts with the values wrapped under each other.
    static func facts(_ facts: [Fact], _ state: AppState) -> [Line] {
        let labelWidth = min(16, facts.reduce(0) { max($0, DisplayWidth.of($1.label)) })
        let valueWidth = max(10, state.width - 4 - labelWidth - 2)
        var lines: [Line] = []
        for fact in facts {
            let wrapped = Sanitizer.lines(fact.value, ascii: state.theme.ascii).flatMap { TextLayout.wrap($0, columns: valueWidth) }
            for (i, part) in wrapped.enumerated() {
                let label = i == 0 ? fact.label : ""
                lines.append(Line(cells: [Span(TextLayout.pad(label, columns: labelWidth) + "  ", .label), Span(part)]))
            }
        }
        return lines
    }

    /// `[██████░░░░]  60%` (ASCII: `[######----]`).
    static func progressBar(_ pct: Int, _ state: AppState) -> String {
        let filled = max(0, min(10, (pct + 5) / 10))
        let (on, off) = state.theme.ascii ? ("#", "-") : ("█", "░")
        return "[" + String(repeating: on, count: filled) + String(repeating: off, count: 10 - filled) + "] \(pct)%"
    }

    static func reasons(_ light: LightResult, _ state: AppState) -> [Line] {
        light.reasons.map { reason in
            Line(cells: [Span(state.theme.mark(reason.light, state.lang), .light(reason.light)), Span(" " + reason.text(state.lang))])
        }
    }

    /// The page of a detail whose record is no longer there (a colleague deleted it meanwhile).
    static func gone(_ id: String, kind: String, _ lang: Lang) -> Page {
        Page(title: id, lines: [.text(lang.text(.recordGone, kind), .error)])
    }
}

/// Attachments (附件) on the detail screens: listed by name, size, who attached them and when. Nothing of an
/// attachment is opened or rendered; its name is the user's text, sanitised like every other.
extension Pages {
    /// A heading and one line per attachment; nothing when there are none.
    static func attachments(_ attachments: Attachments, _ state: AppState) -> [Line] {
        guard !attachments.isEmpty else { return [] }
        var lines: [Line] = [.blank, .heading(state.lang.text(.attachmentsHeading, attachments.count))]
        for attachment in attachments { lines.append(.text(attachmentText(attachment, labelled: false, state))) }
        return lines
    }

    /// `现场照片.jpg  1.2 MB  王芳  2026-11-20 09:30`, the name cut to fit the screen; `labelled` (under a visit, where no
    /// heading says what they are) starts with `附件：`.
    static func attachmentText(_ attachment: Attachment, labelled: Bool, _ state: AppState) -> String {
        let index = state.data.index
        let rest = "  \(attachment.sizeText)  \(index.personName(attachment.by))  \(attachment.atText)"
        let prefix = labelled ? state.lang.text(.attachmentLabel) : ""
        let room = max(8, state.width - 8 - DisplayWidth.of(rest) - DisplayWidth.of(prefix))
        return prefix + TextLayout.fit(Sanitizer.display(attachment.name, ascii: state.theme.ascii), columns: room) + rest
    }
}
