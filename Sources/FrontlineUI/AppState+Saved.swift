import FrontlineCore

/// What saving did: the store's answer to a `.save` effect, which comes back as `Event.saved`.
extension AppState {
    /// Takes the store's answer to a `.save` effect (`Event.saved`).
    mutating func saved(_ intents: [Intent], _ outcomes: [SaveOutcome]) {
        let form = pendingForm
        pendingForm = nil
        var saved: [Entry] = []
        var rejected: [(Intent, DomainError)] = []
        var failedIntents: [Intent] = []
        var failure: String?
        for (intent, outcome) in zip(intents, outcomes) {
            switch outcome {
            case .saved(let entry): saved.append(entry)
            case .rejected(let error): rejected.append((intent, error))
            case .failed(let message):
                failure = failure ?? message
                failedIntents.append(intent)
            }
        }
        if let failure {
            overlay = .failure(SaveFailure(message: failure, intents: failedIntents, form: form))
            return
        }
        if rejected.count == 1, case .conflicts(let conflicts) = rejected[0].1, saved.isEmpty {
            overlay = .conflict(ConflictDialog(conflicts: conflicts, form: form, intents: [rejected[0].0]))
            return
        }
        if let (_, error) = rejected.first, saved.isEmpty, var form {
            form.showAllProblems = true
            if case .invalid(let field, let reason) = error, let i = form.fields.firstIndex(where: { $0.key == field }) {
                form.planProblems[field] = reason.text(lang)
                form.focus = i
            } else {
                form.message = error.message(lang)
            }
            overlay = .form(form)
            return
        }
        if saved.isEmpty, rejected.count == 1, case .escalateIssues = rejected[0].0, rejected[0].1 == .nothingChanged {
            notice = Notice(text: lang.text(.escalateNothingToRecord), isError: false)
            return
        }
        marked.removeAll()
        if rejected.isEmpty {
            if saved.count == 1, let undone = saved[0].undoes {
                // Say what came back, not that an "undo" was saved.
                let prefix = "撤回 #\(undone)："
                let what = saved[0].summary.hasPrefix(prefix) ? String(saved[0].summary.dropFirst(prefix.count)) : saved[0].summary
                let records = saved[0].changes.count
                notice = Notice(text: lang.text(records == 1 ? .undoneOneRecord : .undoneRecords, undone, what, records), isError: false)
            } else {
                let summary = saved.count == 1 ? saved[0].summary : lang.text(.savedChangeCount, saved.count)
                notice = Notice(text: lang.text(.savedRevision, saved.last?.seq ?? 0) + summary, isError: false)
            }
            // A meeting just recorded (`M`) opens, so that its decisions (`d`) go to it and not to the line the cursor
            // stayed on.
            if intents.count == 1, case .recordMeeting = intents[0],
                let created = saved.first?.changes.first(where: { $0.kind == .meeting && $0.op == .create })
            {
                push(.meeting(created.id))
            }
        } else {
            let reasons = rejected.map { intentLabel($0.0) + " " + $0.1.message(lang) }.joined(separator: "；")
            notice = Notice(
                text: lang.text(.savedNotSaved, saved.count, rejected.count) + reasons,
                isError: true)
        }
    }

    func intentLabel(_ intent: Intent) -> String {
        if case .moveIssue(let move) = intent { return move.issue }
        return ""
    }
}
