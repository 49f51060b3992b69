import FrontlineCore

/// What the board says while another session holds the store's lock.
enum BusyNotice {
    static func text(_ holders: [LockHolder], saving: Bool, state: AppState) -> String {
        let lang = state.lang
        let who =
            holders.first.map { holder -> String in
                let name = holder.login.flatMap { state.data.index.person(login: $0)?.name }
                let account = holder.login ?? "?"
                let doing = holder.writing ? lang.text(.isSaving) : lang.text(.isReading)
                return lang.text(.busyHolder, name ?? account, account, holder.pid, doing)
            } ?? lang.text(.anotherSessionIsUsingIt)
        let revision = state.data.board.revision
        return saving
            ? lang.text(.busySaving, who)
            : lang.text(.busyReading, who, revision)
    }
}
